// The output half shared by every command that reports findings (lint, audit): --quiet, --format,
// --output, --fail-on, --max-warnings and --color mean the same everywhere.
import { SEVERITY_RANK, type Finding } from '../engine/finding.js';
import type { RuleMeta, Severity } from '../engine/rule.js';
import { summarize } from '../engine/summary.js';
import type { SuppressedFinding } from '../engine/suppressions.js';
import { writableReport, type ReportFormat } from './render-report.js';
import { CATALOG } from '../../rules/index.js';
import type { Io } from './io.js';
import { packageInfo } from './package-info.js';
import { UsageError } from './usage-error.js';
import { writeOutputBlocks } from './output-edge.js';
import { reportTargets, type ReportTarget } from './report-targets.js';

export interface ReportFlags {
  /** From -f (each FORMAT[:FILE]); one format name for callers that write a single report. */
  format?: readonly ReportTarget[] | ReportFormat;
  output?: string;
  failOn: Severity | 'none';
  /** Exit 1 also when there are more warnings than this (ESLint's --max-warnings). */
  maxWarnings?: number;
  quiet?: boolean;
  /** --color (true) / --no-color (false); undefined: decided by the environment. */
  color?: boolean;
}

/** What the summary line counts. */
export interface ReportScope {
  files: number;
  resources: number;
}

// FORCE_COLOR as Node and the colour libraries read it: set and not 0/false forces colour on, 0/false off.
function forcedColor(env: NodeJS.ProcessEnv): boolean | undefined {
  const value = env.FORCE_COLOR;
  if (value === undefined) return undefined;
  return !/^(?:0|false)$/i.test(value.trim());
}

/** Colour for text on stdout: --color/--no-color, else FORCE_COLOR, else NO_COLOR, TERM=dumb and whether stdout is a terminal. Files are never coloured. */
export function useColor(io: Io, toFile: boolean, flag?: boolean): boolean {
  if (toFile) return false;
  if (flag !== undefined) return flag;
  const forced = forcedColor(io.env);
  if (forced !== undefined) return forced;
  return io.isTTY && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '') && io.env.TERM !== 'dumb';
}

/**
 * Renders the findings in every --format to its file (or stdout) and returns the exit code: 1 when a
 * finding is at or above --fail-on or warnings exceed --max-warnings (both counted before --quiet
 * hides anything), else 0.
 * @param rules metadata of every rule that can appear in the findings (SARIF rule tables, help links)
 */
export function writeReport(findings: readonly Finding[], scope: ReportScope, flags: ReportFlags, io: Io, rules: readonly RuleMeta[] = CATALOG, suppressed: readonly SuppressedFinding[] = []): number {
  const targets = reportTargets(flags.format, flags.output);
  const failRank = flags.failOn === 'none' ? Infinity : SEVERITY_RANK[flags.failOn];
  const failing = findings.filter((f) => SEVERITY_RANK[f.severity] >= failRank);
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const tooManyWarnings = flags.maxWarnings !== undefined && warnings > flags.maxWarnings;
  const shown = flags.quiet ? findings.filter((f) => f.severity === 'error') : findings;
  const hidden = flags.quiet ? findings.filter((f) => f.severity !== 'error') : [];
  const hiddenAboveFailOn = hidden.filter((f) => SEVERITY_RANK[f.severity] >= failRank).length;
  // What --quiet hides that still fails the run: the text report must not then say "no problems".
  const hiddenFailing = hidden.filter((f) => SEVERITY_RANK[f.severity] >= failRank || (tooManyWarnings && f.severity === 'warning')).length;
  const input = { version: packageInfo().version, findings: shown, summary: summarize(shown, scope.files, scope.resources), rules, suppressed, hiddenFailing };
  for (const target of targets) {
    // Written block by block as it is made: the JSON report of 80,000 findings was a 52 MB string.
    const report = writableReport(target.format, input, { color: useColor(io, target.file !== undefined, flags.color), cwd: io.cwd });
    if (target.file !== undefined) writeReportFile(target.file, report, io);
    else for (const block of report) io.stdout(block);
  }
  if (hiddenAboveFailOn > 0) io.stderr(`batchlint: ${hiddenAboveFailOn} finding${hiddenAboveFailOn === 1 ? '' : 's'} hidden by --quiet ${hiddenAboveFailOn === 1 ? 'is' : 'are'} at or above --fail-on ${flags.failOn}\n`);
  if (tooManyWarnings) io.stderr(`batchlint: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${flags.maxWarnings}\n`);
  return failing.length > 0 || tooManyWarnings ? 1 : 0;
}

/** Report files go through the output edge (credential redaction) like stdout; a write that fails is a usage error. */
function writeReportFile(file: string, blocks: Iterable<string>, io: Io): void {
  try {
    writeOutputBlocks(io, file, blocks);
  } catch (error) {
    // The report is made while it is written: only the file system's errors are about the file.
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code !== 'string') throw error;
    throw new UsageError(`cannot write "${file}": ${code}`);
  }
}
