import { resolve } from 'node:path';
import { applyBaseline, BaselineError, createBaseline, formatBaseline, parseBaseline } from '../engine/baseline.js';
import type { Finding } from '../engine/finding.js';
import type { Io } from './io.js';
import { readBaselineFile } from '../config/read-baseline-file.js';
import { UsageError } from './usage-error.js';
import { redactedJson, writeOutputFile } from './output-edge.js';
import { redactStrings } from '../engine/redact.js';
import { escapeControl } from '../reporters/safe-text.js';

export type Baseline = ReturnType<typeof parseBaseline>;

/** `--baseline FILE`: a missing or malformed baseline is a usage error (exit 2). */
export async function readBaselineFlag(file: string, io: Io): Promise<Baseline> {
  const read = readBaselineFile(resolve(io.cwd, file), file);
  if (!read.ok) throw new UsageError(`cannot read baseline "${file}": ${read.reason}`);
  const text = read.text;
  try {
    return parseBaseline(text);
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(`baseline "${file}": ${error.message}`);
    throw error;
  }
}

/** `--write-baseline FILE`: records every current finding. */
export async function writeBaselineFlag(file: string, findings: readonly Finding[], io: Io): Promise<void> {
  try {
    // Messages and resource names are masked; the file stays exact, as in the JSON report.
    const baseline = redactStrings(createBaseline(findings), (path) => path.length === 3 && path[0] === 'findings' && path[2] === 'file');
    writeOutputFile(io, file, redactedJson(formatBaseline(baseline)));
  } catch (error) {
    throw new UsageError(`cannot write baseline "${file}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  io.stderr(`batchlint: recorded ${findings.length} findings in ${escapeControl(file)}\n`);
}

/** The findings a baseline does not know, and how many it hid or no longer sees. */
export function filterByBaseline(findings: readonly Finding[], baseline: Baseline | undefined): { findings: Finding[]; baselined: number; stale: number } {
  return baseline ? applyBaseline(findings, baseline) : { findings: [...findings], baselined: 0, stale: 0 };
}
