// `Metadata: { batchlint: { ignore: [...] } }` on a template resource, in the manner of cfn-lint's
// `Metadata.cfn-lint.config.ignore_checks` and checkov's `Metadata.checkov.skip`. Entries are a rule
// id, a rule id followed by a reason (`privileged-container: needs /dev/fuse`), or
// `{ id: rule-id, reason: text }`.
import type { ResourceSuppression } from '../../model/resource.js';
import { field, isRecord, stringOf } from '../../model/values.js';

export function metadataSuppressions(logicalId: string, body: unknown): ResourceSuppression[] {
  const list = field(field(field(body, 'Metadata'), 'batchlint'), 'ignore');
  const entries = Array.isArray(list) ? list : typeof list === 'string' ? [list] : [];
  const out: ResourceSuppression[] = [];
  entries.forEach((entry, i) => {
    const path = ['Resources', logicalId, 'Metadata', 'batchlint', 'ignore', ...(Array.isArray(list) ? [i] : [])];
    if (typeof entry === 'string') {
      const m = /^\s*([A-Za-z0-9_-]+)\s*(?:[:#]\s*(.*?))?\s*$/.exec(entry);
      if (m) out.push({ ruleId: m[1]!, ...(m[2] ? { reason: m[2] } : {}), path, origin: 'template-metadata' });
      return;
    }
    if (!isRecord(entry)) return;
    const ruleId = stringOf(entry.id) ?? stringOf(entry.rule) ?? stringOf(entry.ruleId);
    const reason = stringOf(entry.reason) ?? stringOf(entry.comment);
    if (ruleId) out.push({ ruleId, ...(reason ? { reason } : {}), path, origin: 'template-metadata' });
  });
  return out;
}
