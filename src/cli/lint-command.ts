import { statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { TerraformCliVariables } from '../loaders/terraform/tf-module-files.js';
import { lintPaths, type LintResult } from '../lint-files.js';
import type { Finding } from '../engine/finding.js';
import { filterByBaseline, readBaselineFlag, writeBaselineFlag } from './baseline-flags.js';
import type { LoadedConfig } from '../config/load-config.js';
import { configPairings, configSuppressions, mergeRuleSettings } from '../config/config-settings.js';
import { fileFilterOf } from './file-filter.js';
import { RULES } from '../../rules/index.js';
import type { Io } from './io.js';
import { configFromFlag } from './config-flag.js';
import { findSourceRoot } from './render-report.js';
import { writeReport, type ReportFlags } from './report-output.js';
import { reportTargets } from './report-targets.js';
import { ruleSettingsFromFlags } from './rule-selection.js';
import { UsageError } from './usage-error.js';
import { DEFAULT_STDIN_NAME, readStdin, STDIN_PATH, type StdinInput } from '../stdin-input.js';
import { escapeControl } from '../reporters/safe-text.js';
import { lintScope } from './lint-context.js';
import { priceCatalogFromFlag } from './price-catalog-flag.js';
import { isRegionCode } from '../audit/partition-regions.js';

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
  /** A price catalog file for the cost rules (as `cost --catalog`). */
  catalog?: string;
  /** Lint this directory too, as context; report only findings in the named paths (pre-commit). */
  context?: string;
  /** The name standard input (`-`) is linted under. */
  stdinFilename?: string;
  /** Globs relative to the working directory, on top of the config's `ignore`. */
  ignorePattern?: string[];
  printConfig?: string;
  /** Terraform variables files and `NAME=VALUE` settings for .tf root modules. */
  varFile?: string[];
  var?: string[];
  /** The Region templates are deployed to (AWS::Region, AWS::Partition, AWS::URLSuffix). */
  region?: string;
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

/** `--var-file F` (a readable file) and `--var NAME=VALUE` (a variable name, as Terraform spells one). */
function terraformVariablesOf(flags: LintFlags, cwd: string): TerraformCliVariables | undefined {
  if (!flags.varFile?.length && !flags.var?.length) return undefined;
  const vars: [string, string][] = [];
  for (const setting of flags.var ?? []) {
    const m = /^([A-Za-z_][\w-]*)=([\s\S]*)$/.exec(setting);
    if (!m) throw new UsageError("--var takes NAME=VALUE: a Terraform variable name, then = and the value");
    vars.push([m[1]!, m[2]!]);
  }
  for (const file of flags.varFile ?? []) {
    if (!isReadableFile(resolve(cwd, file))) throw new UsageError(`cannot read the --var-file "${file}"`);
  }
  return { varFiles: flags.varFile ?? [], vars };
}

function isReadableFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

async function stdinOf(paths: readonly string[], flags: LintFlags, io: Io): Promise<StdinInput | undefined> {
  if (!paths.includes(STDIN_PATH)) {
    if (flags.stdinFilename !== undefined) throw new UsageError('--stdin-filename names standard input: add - to the paths (batchlint lint - --stdin-filename plan.json)');
    return undefined;
  }
  const name = flags.stdinFilename ?? DEFAULT_STDIN_NAME;
  if (/\.tf$/i.test(name)) throw new UsageError('standard input is read as JSON or YAML; pass .tf files by name (or pipe `terraform show -json`)');
  if (!io.stdin) throw new UsageError('no standard input to read');
  return readStdin(io.stdin, name.split(sep).join('/'));
}

export async function collectLint(paths: string[], flags: LintFlags, io: Io): Promise<LintRun> {
  if (flags.region !== undefined && !isRegionCode(flags.region)) throw new UsageError(`--region: "${flags.region}" is not a region code (like us-east-1)`);
  const config = await configFromFlag(flags.config, io);
  const settings = mergeRuleSettings(config, ruleSettingsFromFlags(flags.rule, flags.disable));
  const baseline = flags.baseline !== undefined ? await readBaselineFlag(flags.baseline, io) : undefined;
  const fileFilter = fileFilterOf(config, flags.ignorePattern ?? [], io.cwd);
  const stdin = await stdinOf(paths, flags, io);
  const scope = lintScope(paths, flags.context, io.cwd);
  const terraformVariables = terraformVariablesOf(flags, io.cwd);
  const linted = await lintPaths(scope.paths, {
    cwd: io.cwd,
    settings,
    suppressions: configSuppressions(config),
    pairings: configPairings(config),
    sourceRoot: findSourceRoot(io.cwd),
    ...(fileFilter ? { fileFilter } : {}),
    ...(flags.skipUnrecognized ? { skipUnrecognized: true } : {}),
    ...(flags.region !== undefined ? { region: flags.region } : {}),
    ...(stdin ? { stdin } : {}),
    ...(terraformVariables ? { terraformVariables } : {}),
    ...(flags.catalog !== undefined ? { priceCatalog: priceCatalogFromFlag(flags.catalog, io) } : {}),
  });
  const result = scope.narrow(linted);
  if (result.missing.length > 0) {
    throw new UsageError(result.missing.map((m) => `cannot read "${m.path}": ${m.reason}`));
  }
  const applied = filterByBaseline(result.findings, baseline);
  return { result, findings: applied.findings, baselined: applied.baselined, staleBaseline: applied.stale, ...(config ? { config } : {}) };
}

export async function runLint(paths: string[], flags: LintFlags, io: Io): Promise<number> {
  if (flags.printConfig !== undefined) {
    const { printConfig } = await import('./print-config.js');
    return printConfig(flags.printConfig, flags, io);
  }
  reportTargets(flags.format, flags.output); // a usage error in the outputs stops the run before any work
  const run = await collectLint(paths, flags, io);
  const { result } = run;
  if (flags.verbose) {
    if (run.config) io.stderr(`config: ${escapeControl(run.config.file)}\n`);
    for (const file of result.skipped) io.stderr(`skipped ${escapeControl(file)}: no AWS Batch configuration\n`);
    if (flags.baseline !== undefined) io.stderr(`baseline: ${run.baselined} known findings hidden, ${run.staleBaseline} baseline entries no longer occur\n`);
  }
  // As ESLint: a directory or glob that gives no file is a warning, and an error (exit 2) when the
  // user named it; `lint` alone in an empty directory only warns.
  for (const path of result.empty) io.stderr(`batchlint: warning: no file to lint in "${escapeControl(path === '.' && paths.length === 0 ? resolve(io.cwd) : path)}" (JSON, YAML or .tf files not ignored)\n`);
  if (flags.writeBaseline !== undefined) await writeBaselineFlag(flags.writeBaseline, result.findings, io);
  const code = writeReport(run.findings, { files: result.files, resources: result.resources }, flags, io, RULES, result.suppressed);
  if (result.empty.length > 0 && paths.length > 0) return 2;
  // Every current finding is now in the baseline just written: the run is clean by definition.
  return flags.writeBaseline !== undefined ? 0 : code;
}
