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
  // Indexed by origin as well as kind and name: the same stack copied per environment repeats every
  // name in every file, and a scan of all namesakes per finding made 200 copies quadratic.
  const byFile = new Map<string, BatchResource[]>();
  const byArn = new Map<string, BatchResource[]>();
  const add = (index: Map<string, BatchResource[]>, key: string, r: BatchResource): void => {
    const list = index.get(key);
    if (list) list.push(r);
    else index.set(key, [r]);
  };
  for (const r of resources) {
    add(byFile, `${r.kind}\u0000${r.name}\u0000${r.source.document.file}`, r);
    add(byArn, `${r.kind}\u0000${r.name}\u0000${r.arn ?? ''}\u0000${r.arn == null ? 0 : 1}\u0000${r.address ?? ''}\u0000${r.address == null ? 0 : 1}`, r);
  }
  return (finding) => {
    if (!finding.resource) return undefined;
    const { file, arn, address } = finding.location;
    const candidates = (file !== null
      ? byFile.get(`${finding.resource.kind}\u0000${finding.resource.name}\u0000${file}`)
      : byArn.get(`${finding.resource.kind}\u0000${finding.resource.name}\u0000${arn ?? ''}\u0000${arn == null ? 0 : 1}\u0000${address ?? ''}\u0000${address == null ? 0 : 1}`)) ?? [];
    let best: BatchResource | undefined;
    for (const r of candidates) {
      // The keys narrow the search; this is the test (a name may hold the separator).
      const sameOrigin = file !== null ? r.source.document.file === file : (r.arn ?? null) === arn && (r.address ?? null) === address;
      if (!sameOrigin || r.kind !== finding.resource.kind || r.name !== finding.resource.name || !isPrefix(r.source.path, finding.path)) continue;
      if (!best || r.source.path.length > best.source.path.length) best = r;
    }
    return best;
  };
}
