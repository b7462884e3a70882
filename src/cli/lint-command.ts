import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lintPaths } from '../lint-files.js';
import { SEVERITY_RANK } from '../engine/finding.js';
import type { Severity } from '../engine/rule.js';
import { summarize } from '../engine/summary.js';
import { formatJson } from '../reporters/json-reporter.js';
import { formatText } from '../reporters/text-reporter.js';
import { RULES } from '../../rules/index.js';
import type { Io } from './io.js';
import { packageInfo } from './package-info.js';
import { ruleSettingsFromFlags } from './rule-selection.js';
import { UsageError } from './usage-error.js';

export interface LintFlags {
  format: 'text' | 'json';
  output?: string;
  failOn: Severity | 'none';
  rule?: string[];
  disable?: string[];
  quiet?: boolean;
  verbose?: boolean;
}

export function useColor(io: Io, toFile: boolean): boolean {
  return !toFile && io.isTTY && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '') && io.env.TERM !== 'dumb';
}

export async function runLint(paths: string[], flags: LintFlags, io: Io): Promise<number> {
  const settings = ruleSettingsFromFlags(flags.rule, flags.disable);
  const result = await lintPaths(paths, { cwd: io.cwd, settings });
  if (result.missing.length > 0) {
    throw new UsageError(result.missing.map((m) => `cannot read "${m.path}": ${m.reason}`).join('\nbatchlint: '));
  }
  if (flags.verbose) for (const file of result.skipped) io.stderr(`skipped ${file}: no AWS Batch configuration\n`);

  const failRank = flags.failOn === 'none' ? Infinity : SEVERITY_RANK[flags.failOn];
  const failed = result.findings.some((f) => SEVERITY_RANK[f.severity] >= failRank);
  const shown = flags.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
  const input = { version: packageInfo().version, findings: shown, summary: summarize(shown, result.files, result.resources), rules: RULES };
  const report = flags.format === 'json' ? formatJson(input) : formatText(input, { color: useColor(io, Boolean(flags.output)) });
  if (flags.output) {
    try {
      writeFileSync(resolve(io.cwd, flags.output), report);
    } catch (error) {
      throw new UsageError(`cannot write "${flags.output}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  } else io.stdout(report);
  return failed ? 1 : 0;
}
