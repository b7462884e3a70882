import type { Finding } from '../engine/finding.js';
import type { ReportInput } from './report-input.js';
import { escapeControl } from './safe-text.js';

/** Where a finding is: `file:line:col`, or the ARN / Terraform address of a resource with no file. */
function place(f: Finding): string {
  const where = escapeControl(f.location.file ?? f.location.arn ?? f.location.address ?? '(no file)');
  return f.location.line !== null ? `${where}:${f.location.line}:${f.location.column ?? 1}` : where;
}

/**
 * One line per finding, `file:line:col: severity: message [rule-id]`: the compiler layout editors,
 * problem matchers and grep understand; no header and no summary, so `wc -l` counts findings.
 */
export function formatCompact(input: ReportInput): string {
  return input.findings.map((f) => `${place(f)}: ${f.severity}: ${escapeControl(f.message)} [${escapeControl(f.ruleId)}]\n`).join('');
}
