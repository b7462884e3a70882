import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { lintPaths, type LintResult } from '../lint-files.js';
import type { Finding } from '../engine/finding.js';
import { applyBaseline, BaselineError, createBaseline, formatBaseline, parseBaseline } from '../engine/baseline.js';
import type { LoadedConfig } from '../config/load-config.js';
import { configFileFilter, configPairings, configSuppressions, mergeRuleSettings } from '../config/config-settings.js';
import { RULES } from '../../rules/index.js';
import type { Io } from './io.js';
import { configFromFlag } from './config-flag.js';
import { findSourceRoot } from './render-report.js';
import { writeReport, type ReportFlags } from './report-output.js';
import { ruleSettingsFromFlags } from './rule-selection.js';
import { UsageError } from './usage-error.js';

export { useColor } from './report-output.js';

export interface LintFlags extends ReportFlags {
  rule?: string[];
  disable?: string[];
  verbose?: boolean;
  /** A config file; false with --no-config (no config file at all). */
  config?: string | false;
  baseline?: string;
  writeBaseline?: string;
  skipUnrecognized?: boolean;
}

/** One lint run with config and baseline applied: what every output (CLI, GitHub Action) is made from. */
export interface LintRun {
  result: LintResult;
  /** Findings to report: not suppressed, not in the baseline. */
  findings: Finding[];
  /** Findings the baseline hid, and baseline entries that no longer occur. */
  baselined: number;
  staleBaseline: number;
  config?: LoadedConfig;
}


async function readBaseline(file: string, io: Io): Promise<ReturnType<typeof parseBaseline>> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read baseline "${file}": ${code === 'ENOENT' ? 'no such file (write one with --write-baseline)' : code ?? String(error)}`);
  }
  try {
    return parseBaseline(text);
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(`baseline "${file}": ${error.message}`);
    throw error;
  }
}

export async function collectLint(paths: string[], flags: LintFlags, io: Io): Promise<LintRun> {
  const config = await configFromFlag(flags.config, io);
  const settings = mergeRuleSettings(config, ruleSettingsFromFlags(flags.rule, flags.disable));
  const baseline = flags.baseline !== undefined ? await readBaseline(flags.baseline, io) : undefined;
  const fileFilter = configFileFilter(config);
  const result = await lintPaths(paths, {
    cwd: io.cwd,
    settings,
    suppressions: configSuppressions(config),
    pairings: configPairings(config),
    sourceRoot: findSourceRoot(io.cwd),
    ...(fileFilter ? { fileFilter } : {}),
    ...(flags.skipUnrecognized ? { skipUnrecognized: true } : {}),
  });
  if (result.missing.length > 0) {
    throw new UsageError(result.missing.map((m) => `cannot read "${m.path}": ${m.reason}`).join('\nbatchlint: '));
  }
  const applied = baseline ? applyBaseline(result.findings, baseline) : { findings: result.findings, baselined: 0, stale: 0 };
  return { result, findings: applied.findings, baselined: applied.baselined, staleBaseline: applied.stale, ...(config ? { config } : {}) };
}

export async function runLint(paths: string[], flags: LintFlags, io: Io): Promise<number> {
  const run = await collectLint(paths, flags, io);
  const { result } = run;
  if (flags.verbose) {
    if (run.config) io.stderr(`config: ${run.config.file}\n`);
    for (const file of result.skipped) io.stderr(`skipped ${file}: no AWS Batch configuration\n`);
    if (flags.baseline !== undefined) io.stderr(`baseline: ${run.baselined} known findings hidden, ${run.staleBaseline} baseline entries no longer occur\n`);
  }
  if (flags.writeBaseline !== undefined) {
    try {
      await writeFile(resolve(io.cwd, flags.writeBaseline), formatBaseline(createBaseline(result.findings)));
    } catch (error) {
      throw new UsageError(`cannot write baseline "${flags.writeBaseline}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    io.stderr(`batchlint: recorded ${result.findings.length} findings in ${flags.writeBaseline}\n`);
  }
  const code = writeReport(run.findings, { files: result.files, resources: result.resources }, flags, io, RULES, result.suppressed);
  // Every current finding is now in the baseline just written: the run is clean by definition.
  return flags.writeBaseline !== undefined ? 0 : code;
}
