import type { Finding } from '../engine/finding.js';
import type { Summary } from '../engine/summary.js';
import type { RuleMeta } from '../engine/rule.js';

/** What every reporter receives: plain data. Reporters know nothing of AWS or of input formats. */
export interface ReportInput {
  version: string;
  findings: readonly Finding[];
  summary: Summary;
  /** Metadata of the rules that ran (SARIF rule tables, Markdown help links). */
  rules: readonly RuleMeta[];
}
