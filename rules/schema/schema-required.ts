import { defineSchemaRule } from './define-schema-rule.js';

export default defineSchemaRule(
  'schema-required',
  'required',
  'Missing required property',
  'A property the AWS Batch API requires is missing.',
  'Missing required property "{{property}}"{{parent}}.',
  {
    rationale: 'The API rejects a request without its required fields (a job definition needs jobDefinitionName and type; a queue needs jobQueueName and priority).',
    fix: 'Add the property.',
    bad: 'jobQueueName: high\ncomputeEnvironmentOrder: []',
    good: 'jobQueueName: high\npriority: 1\ncomputeEnvironmentOrder: []',
    peers: ['cfn-lint E3003'],
  },
);
