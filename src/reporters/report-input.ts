import type { Finding } from '../engine/finding.js';
import type { Summary } from '../engine/summary.js';
import type { RuleMeta } from '../engine/rule.js';
import type { SuppressedFinding } from '../engine/suppressions.js';

/** What every reporter receives: plain data. Reporters know nothing of AWS or of input formats. */
export interface ReportInput {
  version: string;
  findings: readonly Finding[];
  summary: Summary;
  /** Metadata of the rules that ran (SARIF rule tables, Markdown help links). */
  rules: readonly RuleMeta[];
  /** Findings silenced by a suppression: SARIF lists them with `suppressions`; other formats leave them out. */
  suppressed?: readonly SuppressedFinding[];
  /** Findings left out (--quiet) that still fail the run: a summary must not then say "no problems". */
  hiddenFailing?: number;
}

/**
 * Maps a value to what may be shown, just before a reporter shows it: the CLI redacts there, one
 * finding at a time, so a large report never needs a redacted copy of every finding at once.
 */
export type Prepare = <T>(value: T) => T;
export const asIs: Prepare = (value) => value;

/**
 * The Terraform address to show beside a finding located in a file, when the file line alone does
 * not say which resource it is about: an instance of `count` / `for_each` (`x.job[1]`) or a resource
 * reached through a module call (`module.batch.x.job`), whose several instances share one block.
 */
export function instanceAddress(f: Finding): string | undefined {
  const address = f.location.address;
  if (address === null || address === undefined || f.location.file === null) return undefined;
  return address.includes('[') || address.startsWith('module.') ? address : undefined;
}
