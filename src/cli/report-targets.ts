// Several outputs in one run: `-f text -f sarif:batchlint.sarif -f json:report.json`.
//
// The syntax is FORMAT[:FILE] for each --format (as ESLint's proposal for several formatters and
// pylint's --output-format=json:out.json do): each output carries its own file, so nothing depends on
// how --format and --output are ordered (commander does not keep that order between two options).
// --output FILE still works, for the last --format: `-f text -f sarif -o out.sarif`.
import { InvalidArgumentError } from 'commander';
import { closest, distance } from 'fastest-levenshtein';
import { REPORT_FORMATS, type ReportFormat } from './report-formats.js';
import { UsageError } from './usage-error.js';

export interface ReportTarget {
  format: ReportFormat;
  /** Relative to the working directory; undefined for stdout. */
  file?: string;
}

/** A choice, case-insensitive (`-f SARIF`), with a suggestion for a misspelt one. */
export function choiceOf<T extends string>(value: string, choices: readonly T[], what = 'format'): T {
  const lower = value.trim().toLowerCase();
  const found = choices.find((c) => c === lower);
  if (found !== undefined) return found;
  const best = closest(lower, [...choices]);
  const guess = distance(lower, best) <= Math.max(2, Math.floor(lower.length / 3)) ? best : undefined;
  throw new InvalidArgumentError(`unknown ${what} "${value}"${guess ? `; did you mean "${guess}"?` : ''} (one of ${choices.join(', ')})`);
}

/** commander parser for a repeatable `-f FORMAT[:FILE]`. */
export function collectTarget(value: string, previous: ReportTarget[] | undefined): ReportTarget[] {
  const colon = value.indexOf(':');
  const format = choiceOf(colon < 0 ? value : value.slice(0, colon), REPORT_FORMATS);
  if (colon < 0) return [...(previous ?? []), { format }];
  const file = value.slice(colon + 1);
  if (file.trim() === '') throw new InvalidArgumentError(`no file after "${value.slice(0, colon + 1)}" (write FORMAT:FILE, or FORMAT alone for stdout)`);
  return [...(previous ?? []), { format, file }];
}

/** The outputs of a run: --format entries (default text) with --output given to the last one. */
export function reportTargets(format: readonly ReportTarget[] | ReportFormat | undefined, output: string | undefined): ReportTarget[] {
  const targets: ReportTarget[] = format === undefined ? [{ format: 'text' }] : typeof format === 'string' ? [{ format }] : format.map((t) => ({ ...t }));
  if (output !== undefined) {
    const last = targets[targets.length - 1]!;
    if (last.file !== undefined) throw new UsageError(`--output "${output}" is for the last --format, which already writes to "${last.file}"`);
    last.file = output;
  }
  const toStdout = targets.filter((t) => t.file === undefined);
  if (toStdout.length > 1) throw new UsageError(`${toStdout.map((t) => t.format).join(' and ')} would both write to stdout; give all but one a file (-f ${toStdout[1]!.format}:FILE)`);
  const seen = new Set<string>();
  for (const t of targets) {
    if (t.file === undefined) continue;
    if (seen.has(t.file)) throw new UsageError(`two formats would write to "${t.file}"`);
    seen.add(t.file);
  }
  return targets;
}
