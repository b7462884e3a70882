import type { Finding } from '../engine/finding.js';
import { asIs, instanceAddress, type Prepare, type ReportInput } from './report-input.js';
import { escapeControl } from './safe-text.js';

/** Where a finding is: `file:line:col`, or the ARN / Terraform address of a resource with no file. */
function place(f: Finding): string {
  const where = escapeControl(f.location.file ?? f.location.arn ?? f.location.address ?? '(no file)');
  return f.location.line !== null ? `${where}:${f.location.line}:${f.location.column ?? 1}` : where;
}

/**
 * One line per finding, `file:line:col: severity: message [rule-id]` (then the Terraform instance, when
 * several share the line): the compiler layout editors,
 * problem matchers and grep understand; no header and no summary, so `wc -l` counts findings. One
 * piece per finding; `prepare` maps each finding before it is shown.
 */
export function* compactReportPieces(input: ReportInput, prepare: Prepare = asIs): Generator<string> {
  for (const raw of input.findings) {
    const f = prepare(raw);
    const instance = instanceAddress(f);
    yield `${place(f)}: ${f.severity}: ${escapeControl(f.message)} [${escapeControl(f.ruleId)}]${instance ? ` (${escapeControl(instance)})` : ''}\n`;
  }
}

export function formatCompact(input: ReportInput): string {
  return [...compactReportPieces(input)].join('');
}
