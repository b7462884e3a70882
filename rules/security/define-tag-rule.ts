// The four tag rules follow AWS Config's batch-*-tagged managed rules and Security Hub Batch.1-4:
// without requiredKeyTags a resource fails only when it has no tag keys at all; with it, when a
// listed key is missing. Tags starting with `aws:` are system tags and are not counted.
// https://docs.aws.amazon.com/securityhub/latest/userguide/batch-controls.html
import { defineRule, type Rule, type RuleDocs } from '../../src/engine/rule.js';
import { option } from '../../src/engine/rule-options.js';
import type { BatchResource, ResourceKind } from '../../src/model/resource.js';
import { userTagKeys, type TagsFact } from '../../src/model/facts/tag-facts.js';

/** requiredKeyTags: a list of keys, or AWS Config's comma-separated string. */
export const TAG_OPTIONS = {
  requiredKeyTags: option.custom<readonly string[] | string>(
    {
      description: 'Tag keys that must be present (case-sensitive), as a list or a comma-separated string like AWS Config\'s parameter. Empty: any tag will do.',
      oneOf: [{ type: 'array', items: { type: 'string', minLength: 1 } }, { type: 'string' }],
    },
    [],
  ),
};

/** The requiredKeyTags option as a list of keys (AWS Config takes a comma-separated string). */
export function requiredKeyTags(raw: readonly string[] | string): string[] {
  const list = typeof raw === 'string' ? raw.split(',') : raw;
  return list.map((k) => k.trim()).filter((k) => k !== '' && !k.startsWith('aws:'));
}

export interface TagRuleSpec<K extends ResourceKind> {
  id: string;
  title: string;
  description: string;
  rationale: string;
  bad: string;
  good: string;
  peers: readonly string[];
  appliesTo: readonly K[];
  /** Start of the messages: `The job queue has`. */
  subject: string;
  /** The tags the rule judges, from the resource's facts, or undefined when the resource is not evaluated (unmanaged, Fargate). */
  tags(resource: BatchResource<K>): TagsFact | undefined;
  fix: RuleDocs['fix'];
}

export function defineTagRule<K extends ResourceKind>(spec: TagRuleSpec<K>): Rule {
  return defineRule({
    id: spec.id,
    title: spec.title,
    category: 'security',
    severity: 'note',
    description: spec.description,
    helpUri: 'https://docs.aws.amazon.com/securityhub/latest/userguide/batch-controls.html',
    docs: { rationale: spec.rationale, fix: spec.fix, bad: spec.bad, good: spec.good, peers: spec.peers },
    appliesTo: spec.appliesTo,
    options: TAG_OPTIONS,
    messages: {
      untagged: '{{subject}} no tags; add tags (owner, cost center...) so it can be attributed, controlled and found.',
      missingKeys: '{{subject}} no tag with the required key(s) {{keys}}; add them.',
    },
    check(resource, context) {
      const tags = spec.tags(resource);
      if (tags === undefined) return;
      // Tags from a variable, or not a map (the schema rules say so): not judged.
      const keys = userTagKeys(tags);
      if (keys === undefined) return;
      const required = requiredKeyTags(context.options.requiredKeyTags);
      if (required.length === 0) {
        if (keys.length === 0) context.report({ messageId: 'untagged', data: { subject: spec.subject }, path: tags.path });
        return;
      }
      const missing = required.filter((k) => !keys.includes(k));
      if (missing.length > 0) context.report({ messageId: 'missingKeys', data: { subject: spec.subject, keys: missing.map((k) => `"${k}"`).join(', ') }, path: tags.path });
    },
  });
}
