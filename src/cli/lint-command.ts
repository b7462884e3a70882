import { lintPaths, type LintResult } from '../lint-files.js';
import type { Finding } from '../engine/finding.js';
import { filterByBaseline, readBaselineFlag, writeBaselineFlag } from './baseline-flags.js';
import type { LoadedConfig } from '../config/load-config.js';
import { configFileFilter, configPairings, configSuppressions, mergeRuleSettings } from '../config/config-settings.js';
import { RULES } from '../../rules/index.js';
import type { Io } from './io.js';
import { configFromFlag } from './config-flag.js';
import { findSourceRoot } from './render-report.js';
import { writeReport, type ReportFlags } from './report-output.js';
import { ruleSettingsFromFlags } from './rule-selection.js';
import { UsageError } from './usage-error.js';
import { escapeControl } from '../reporters/safe-text.js';
import { lintScope } from './lint-context.js';

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
  /** Lint this directory too, as context; report only findings in the named paths (pre-commit). */
  context?: string;
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


export async function collectLint(paths: string[], flags: LintFlags, io: Io): Promise<LintRun> {
  const config = await configFromFlag(flags.config, io);
  const settings = mergeRuleSettings(config, ruleSettingsFromFlags(flags.rule, flags.disable));
  const baseline = flags.baseline !== undefined ? await readBaselineFlag(flags.baseline, io) : undefined;
  const fileFilter = configFileFilter(config);
  const scope = lintScope(paths, flags.context, io.cwd);
  const linted = await lintPaths(scope.paths, {
    cwd: io.cwd,
    settings,
    suppressions: configSuppressions(config),
    pairings: configPairings(config),
    sourceRoot: findSourceRoot(io.cwd),
    ...(fileFilter ? { fileFilter } : {}),
    ...(flags.skipUnrecognized ? { skipUnrecognized: true } : {}),
  });
  const result = scope.narrow(linted);
  if (result.missing.length > 0) {
    throw new UsageError(result.missing.map((m) => `cannot read "${m.path}": ${m.reason}`));
  }
  const applied = filterByBaseline(result.findings, baseline);
  return { result, findings: applied.findings, baselined: applied.baselined, staleBaseline: applied.stale, ...(config ? { config } : {}) };
}

export async function runLint(paths: string[], flags: LintFlags, io: Io): Promise<number> {
  const run = await collectLint(paths, flags, io);
  const { result } = run;
  if (flags.verbose) {
    if (run.config) io.stderr(`config: ${escapeControl(run.config.file)}\n`);
    for (const file of result.skipped) io.stderr(`skipped ${escapeControl(file)}: no AWS Batch configuration\n`);
    if (flags.baseline !== undefined) io.stderr(`baseline: ${run.baselined} known findings hidden, ${run.staleBaseline} baseline entries no longer occur\n`);
  }
  if (flags.writeBaseline !== undefined) await writeBaselineFlag(flags.writeBaseline, result.findings, io);
  const code = writeReport(run.findings, { files: result.files, resources: result.resources }, flags, io, RULES, result.suppressed);
  // Every current finding is now in the baseline just written: the run is clean by definition.
  return flags.writeBaseline !== undefined ? 0 : code;
}
