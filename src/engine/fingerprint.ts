// Fingerprints identify a finding across runs for SARIF (GitHub's partialFingerprints) and
// baselines. They hash what the finding is about, never where it is printed: rule id, file, resource
// kind and name, and the path inside the resource. Moving lines, reformatting, or reordering the
// resources of a bundle keeps every fingerprint; renaming a resource or moving a file changes them.
// SHA-256 in JavaScript rather than node:crypto: loading node:crypto loads all of Node's crypto and
// streams modules (~5 ms, a twentieth of linting one template), for a hash of a few hundred bytes per
// finding. The digests are the same (test/fingerprint.test.ts), so baselines keep matching.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { BatchResource } from '../model/resource.js';
import type { Finding } from './finding.js';

/** `nightly-etl:7` -> `nightly-etl`: re-registering a job definition must not make its findings "new". */
function stableName(resource: BatchResource | Finding['resource']): string | null {
  if (!resource) return null;
  return resource.kind === 'jobDefinition' ? resource.name.replace(/:\d+$/, '') : resource.name;
}

export interface FingerprintOptions {
  /** The file as the fingerprint should see it: relative to the repository root, so the working directory does not matter. */
  relativeFile(file: string): string;
}

function baseFingerprint(finding: Finding, options: FingerprintOptions): string {
  const owner = finding.owner;
  const insideResource = owner ? finding.path.slice(owner.source.path.length) : finding.path;
  const file = finding.location.file !== null ? options.relativeFile(finding.location.file) : null;
  const identity = [
    finding.ruleId,
    file ?? finding.location.arn ?? finding.location.address ?? '',
    finding.resource ? [finding.resource.kind, stableName(finding.resource)] : null,
    insideResource.map(String),
    // A file-level finding (parse error) has no path to tell several apart: its message does.
    !finding.resource && insideResource.length === 0 ? finding.message : null,
  ];
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify(identity)))).slice(0, 32);
}

/**
 * Sets `fingerprint` on every finding: `<hash>:<n>`, where n counts findings with the same hash in
 * report order (the same shape as GitHub's primaryLocationLineHash). Returns the same array.
 */
export function fingerprintFindings<F extends Finding>(findings: F[], options: FingerprintOptions): F[] {
  const seen = new Map<string, number>();
  for (const finding of findings) {
    const base = baseFingerprint(finding, options);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    finding.fingerprint = `${base}:${n}`;
  }
  return findings;
}
