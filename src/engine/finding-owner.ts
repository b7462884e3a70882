import type { BatchResource } from '../model/resource.js';
import type { Finding } from './finding.js';

function isPrefix(prefix: readonly (string | number)[], path: readonly (string | number)[]): boolean {
  if (prefix.length > path.length) return false;
  return prefix.every((segment, i) => String(segment) === String(path[i]));
}

/**
 * Finds the resource a finding is about: same kind and name, same file (or ARN), and the resource's
 * path in the document is a prefix of the finding's path. Suppressions and fingerprints need the
 * resource itself (its tags, its own path), which a finding carries only by name.
 */
export function findingOwners(resources: readonly BatchResource[]): (finding: Finding) => BatchResource | undefined {
  const byKey = new Map<string, BatchResource[]>();
  for (const r of resources) {
    const key = `${r.kind}\u0000${r.name}`;
    const list = byKey.get(key);
    if (list) list.push(r);
    else byKey.set(key, [r]);
  }
  return (finding) => {
    if (!finding.resource) return undefined;
    const candidates = byKey.get(`${finding.resource.kind}\u0000${finding.resource.name}`) ?? [];
    let best: BatchResource | undefined;
    for (const r of candidates) {
      const sameOrigin = finding.location.file !== null
        ? r.source.document.file === finding.location.file
        : (r.arn ?? null) === finding.location.arn && (r.address ?? null) === finding.location.address;
      if (!sameOrigin || !isPrefix(r.source.path, finding.path)) continue;
      if (!best || r.source.path.length > best.source.path.length) best = r;
    }
    return best;
  };
}
