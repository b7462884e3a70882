// The JSON Schema of the config file, built from the rule registry (ids and each rule's options
// schema), so it cannot drift from the rules. The CLI validates with the schema built at run time;
// schemas/config.schema.json is the same schema written out for editors (`$schema`) by
// scripts/generate-config-schema.ts, and test/config-schema.test.ts fails when it is stale.
import type { RuleMeta } from '../engine/rule.js';

export const RULE_LEVELS = ['off', 'error', 'warning', 'note'] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];

function ruleEntrySchema(rule: RuleMeta): Record<string, unknown> {
  const level = { $ref: '#/definitions/level' };
  const tuple = rule.optionsSchema
    ? { type: 'array', items: [level, rule.optionsSchema], minItems: 1, maxItems: 2, additionalItems: false }
    : { type: 'array', items: [level], minItems: 1, maxItems: 1, additionalItems: false };
  const shortTitle = rule.title.length > 120 ? `${rule.title.slice(0, 117)}...` : rule.title;
  return {
    description: `${shortTitle} (${rule.category}, default ${rule.severity}${rule.enabledByDefault === false ? ', off unless configured' : ''})`,
    anyOf: [level, tuple],
  };
}

export function buildConfigSchema(rules: readonly RuleMeta[]): Record<string, unknown> {
  const ids = rules.map((r) => r.id);
  const globs = { type: 'array', items: { type: 'string', minLength: 1 } };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'batchlint configuration',
    description: 'Configuration of batchlint, the AWS Batch linter: .batchlint.yaml, .batchlint.yml, .batchlint.json, or the "batchlint" key of package.json.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'This schema, for editors.' },
      rules: {
        description: 'Severity per rule: off, error, warning or note; or [severity, options] for rules with options.',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(rules.map((r) => [r.id, ruleEntrySchema(r)])),
      },
      ignore: { ...globs, description: 'Files and directories never linted (globs relative to this file; a pattern without "/" matches at any depth).' },
      include: { ...globs, description: 'When set, only files matching one of these globs are linted (explicitly named files too).' },
      suppressions: {
        description: 'Per-resource ignores: the rule does not report on the resource.',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['rule', 'resource', 'reason'],
          properties: {
            rule: { enum: ids, description: 'The rule id.' },
            resource: { type: 'string', minLength: 1, description: 'Resource name (a job definition with or without :revision), ARN or Terraform address; * matches any characters.' },
            reason: { type: 'string', minLength: 1, description: 'Why: shown as the SARIF suppression justification.' },
          },
        },
      },
      workloads: {
        description: 'How job definitions are run, for the cost advisor and the wiring rules: each is a job definition submitted to a queue.',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['jobDefinition', 'jobQueue'],
          properties: {
            name: { type: 'string', minLength: 1 },
            jobDefinition: { type: 'string', minLength: 1, description: 'Job definition name, name:revision or ARN.' },
            jobQueue: { type: 'string', minLength: 1, description: 'Job queue name or ARN.' },
            jobsPerDay: { type: 'number', minimum: 0 },
            // AWS: array size 2-10,000 (https://docs.aws.amazon.com/batch/latest/APIReference/API_ArrayProperties.html).
            arraySize: { type: 'integer', minimum: 2, maximum: 10000, description: 'Child jobs per submission, when the jobs are array jobs (2-10,000).' },
            typicalDurationSeconds: { type: 'number', exclusiveMinimum: 0, description: 'Typical run time of one job (one child of an array job).' },
          },
        },
      },
    },
    definitions: { level: { enum: [...RULE_LEVELS] } },
  };
}
