// The output half shared by every command that reports findings (lint, audit): --quiet, --format,
// --output and --fail-on mean the same everywhere.
import { SEVERITY_RANK, type Finding } from '../engine/finding.js';
import type { RuleMeta, Severity } from '../engine/rule.js';
import { summarize } from '../engine/summary.js';
import type { SuppressedFinding } from '../engine/suppressions.js';
import { renderReport, type ReportFormat } from './render-report.js';
import { CATALOG } from '../../rules/index.js';
import type { Io } from './io.js';
import { packageInfo } from './package-info.js';
import { UsageError } from './usage-error.js';
import { writeOutputFile } from './output-edge.js';

export interface ReportFlags {
  format: ReportFormat;
  output?: string;
  failOn: Severity | 'none';
  quiet?: boolean;
}

/** What the summary line counts. */
export interface ReportScope {
  files: number;
  resources: number;
}

export function useColor(io: Io, toFile: boolean): boolean {
  return !toFile && io.isTTY && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '') && io.env.TERM !== 'dumb';
}

/**
 * Renders the findings in --format to --output (or stdout) and returns the exit code: 1 when a
 * finding is at or above --fail-on (counted before --quiet hides anything), else 0.
 * @param rules metadata of every rule that can appear in the findings (SARIF rule tables, help links)
 */
export function writeReport(findings: readonly Finding[], scope: ReportScope, flags: ReportFlags, io: Io, rules: readonly RuleMeta[] = CATALOG, suppressed: readonly SuppressedFinding[] = []): number {
  const failRank = flags.failOn === 'none' ? Infinity : SEVERITY_RANK[flags.failOn];
  const failed = findings.some((f) => SEVERITY_RANK[f.severity] >= failRank);
  const shown = flags.quiet ? findings.filter((f) => f.severity === 'error') : findings;
  const input = { version: packageInfo().version, findings: shown, summary: summarize(shown, scope.files, scope.resources), rules, suppressed };
  const report = renderReport(flags.format, input, { color: useColor(io, Boolean(flags.output)), cwd: io.cwd });
  if (flags.output) {
    try {
      writeOutputFile(io, flags.output, report);
    } catch (error) {
      throw new UsageError(`cannot write "${flags.output}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  } else io.stdout(report);
  // --quiet hides what --fail-on may still count: say so, or "no problems" and exit 1 contradict.
  const hiddenFailing = findings.filter((f) => !shown.includes(f) && SEVERITY_RANK[f.severity] >= failRank).length;
  if (hiddenFailing > 0) io.stderr(`batchlint: ${hiddenFailing} finding${hiddenFailing === 1 ? '' : 's'} hidden by --quiet ${hiddenFailing === 1 ? 'is' : 'are'} at or above --fail-on ${flags.failOn}\n`);
  return failed ? 1 : 0;
}
