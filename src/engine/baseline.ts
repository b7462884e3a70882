// A baseline records the findings a project has accepted for now, by fingerprint, so that a run
// reports only new ones. Fingerprints ignore line numbers and resource order (see fingerprint.ts),
// so editing around an old finding does not bring it back.
import { describeValue } from '../model/values.js';
import type { Finding } from './finding.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  /** For people reading the file in review: where the finding was when it was recorded. */
  file: string | null;
  resource: string | null;
  message: string;
}

export interface Baseline {
  tool: 'batchlint';
  version: typeof BASELINE_VERSION;
  findings: BaselineEntry[];
}

export class BaselineError extends Error {
  override name = 'BaselineError';
}

/** The baseline of these findings, sorted so that re-recording an unchanged project changes no byte. */
export function createBaseline(findings: readonly Finding[]): Baseline {
  const entries = findings
    .filter((f): f is Finding & { fingerprint: string } => typeof f.fingerprint === 'string')
    .map((f) => ({
      fingerprint: f.fingerprint,
      ruleId: f.ruleId,
      file: f.location.file ?? f.location.arn ?? f.location.address,
      resource: f.resource ? `${f.resource.kind}/${f.resource.name}` : null,
      message: f.message,
    }))
    .sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  return { tool: 'batchlint', version: BASELINE_VERSION, findings: entries };
}

export function formatBaseline(baseline: Baseline): string {
  return JSON.stringify(baseline, null, 2) + '\n';
}

/** Reads a baseline file's text; throws BaselineError with a plain reason when it is not one. */
export function parseBaseline(text: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text, and a baseline path can name any file.
    throw new BaselineError('not valid JSON');
  }
  const record = value as Partial<Baseline> | null;
  if (typeof record !== 'object' || record === null || record.tool !== 'batchlint' || !Array.isArray(record.findings)) {
    throw new BaselineError('not a batchlint baseline (expected {"tool": "batchlint", "version": 1, "findings": [...]}; write one with --write-baseline)');
  }
  if (record.version !== BASELINE_VERSION) throw new BaselineError(`baseline version ${describeValue(record.version)} is not supported (expected ${BASELINE_VERSION})`);
  const findings = record.findings.filter((e): e is BaselineEntry => typeof e === 'object' && e !== null && typeof (e as BaselineEntry).fingerprint === 'string');
  return { tool: 'batchlint', version: BASELINE_VERSION, findings };
}

export interface BaselineOutcome {
  /** Findings not in the baseline: the new ones. */
  findings: Finding[];
  /** How many findings the baseline hid. */
  baselined: number;
  /** Baseline entries that no longer occur (fixed since it was recorded). */
  stale: number;
}

export function applyBaseline(findings: readonly Finding[], baseline: Baseline): BaselineOutcome {
  const known = new Set(baseline.findings.map((e) => e.fingerprint));
  const matched = new Set<string>();
  const fresh: Finding[] = [];
  for (const f of findings) {
    if (f.fingerprint !== undefined && known.has(f.fingerprint)) matched.add(f.fingerprint);
    else fresh.push(f);
  }
  return { findings: fresh, baselined: findings.length - fresh.length, stale: known.size - matched.size };
}
