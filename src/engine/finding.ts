import type { BatchResource, ResourceKind } from '../model/resource.js';
import type { FindingCategory, Severity } from './rule.js';
import type { JsonPath } from '../source/source-document.js';

export interface FindingLocation {
  file: string | null;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  arn: string | null;
  address: string | null;
  /** The AWS Region of a resource read from a live account (or of a region that could not be read). */
  region?: string;
}

/** A finding as every reporter receives it: plain data, already rendered and redacted. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  category: FindingCategory;
  message: string;
  /**
   * The key of the rule's `messages` template the message was rendered from; absent on `internal`
   * findings. Tests name it (it survives rewording); the data stays out because it may hold values.
   */
  messageId?: string;
  resource: { kind: ResourceKind; name: string } | null;
  location: FindingLocation;
  /** JSON path inside the file's document; stable under line moves (fingerprints use it). */
  path: JsonPath;
  /**
   * Identity across runs (rule, file, resource, path inside the resource; never the line), set by
   * the engine after the rules ran: SARIF partialFingerprints and baselines use it.
   */
  fingerprint?: string;
  /**
   * The resource the finding is about, as the engine made it (src/engine/build-finding.ts): suppressions
   * and fingerprints read it. Not enumerable, so reporters, JSON and copies never carry it.
   */
  readonly owner?: BatchResource;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 };

export function compareFindings(a: Finding, b: Finding): number {
  // Findings on live resources have no file: their ARN (or Terraform address) orders them instead.
  const fa = a.location.file ?? a.location.arn ?? a.location.address ?? '';
  const fb = b.location.file ?? b.location.arn ?? b.location.address ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  const la = a.location.line ?? 0;
  const lb = b.location.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.location.column ?? 0;
  const cb = b.location.column ?? 0;
  if (ca !== cb) return ca - cb;
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}
