// The four tag rules follow AWS Config's batch-*-tagged managed rules and Security Hub Batch.1-4:
// without requiredKeyTags a resource fails only when it has no tag keys at all; with it, when a
// listed key is missing. Tags starting with `aws:` are system tags and are not counted.
// https://docs.aws.amazon.com/securityhub/latest/userguide/batch-controls.html
import { defineRule, type Rule, type RuleDocs } from '../../src/engine/rule.js';
import type { BatchResource, ResourceKind } from '../../src/model/resource.js';
import { isRecord, isUnknown } from '../../src/model/values.js';
import type { JsonPath } from '../../src/source/source-document.js';

export const TAG_OPTIONS_SCHEMA = {
  type: 'object',
  properties: {
    requiredKeyTags: {
      description: 'Tag keys that must be present (case-sensitive), as a list or a comma-separated string like AWS Config\'s parameter. Empty: any tag will do.',
      oneOf: [{ type: 'array', items: { type: 'string', minLength: 1 } }, { type: 'string' }],
    },
  },
  additionalProperties: false,
} as const;

/** The requiredKeyTags option as a list of keys (AWS Config takes a comma-separated string). */
export function requiredKeyTags(options: Readonly<Record<string, unknown>>): string[] {
  const raw = options.requiredKeyTags;
  const list = typeof raw === 'string' ? raw.split(',') : Array.isArray(raw) ? raw.filter((k): k is string => typeof k === 'string') : [];
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
  /** Where the tags live, or undefined when the resource is not evaluated (unmanaged, Fargate). */
  tagsPath(resource: BatchResource<K>): JsonPath | undefined;
  fix: RuleDocs['fix'];
}

function valueAt(data: unknown, path: JsonPath): unknown {
  let value = data;
  for (const key of path) value = isRecord(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key as string] : undefined;
  return value;
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
    defaultOptions: { requiredKeyTags: [] },
    optionsSchema: TAG_OPTIONS_SCHEMA,
    messages: {
      untagged: '{{subject}} no tags; add tags (owner, cost center...) so it can be attributed, controlled and found.',
      missingKeys: '{{subject}} no tag with the required key(s) {{keys}}; add them.',
    },
    check(resource, context) {
      const path = spec.tagsPath(resource);
      if (path === undefined) return;
      const tags = valueAt(resource.data, path);
      if (isUnknown(tags) || (tags !== undefined && !isRecord(tags))) return;
      const keys = Object.keys(tags ?? {}).filter((k) => !k.startsWith('aws:'));
      const required = requiredKeyTags(context.options);
      if (required.length === 0) {
        if (keys.length === 0) context.report({ messageId: 'untagged', data: { subject: spec.subject }, path });
        return;
      }
      const missing = required.filter((k) => !keys.includes(k));
      if (missing.length > 0) context.report({ messageId: 'missingKeys', data: { subject: spec.subject, keys: missing.map((k) => `"${k}"`).join(', ') }, path });
    },
  });
}
