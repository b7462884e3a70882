import { defineSchemaRule } from './define-schema-rule.js';

export default defineSchemaRule(
  'schema-enum',
  'enum',
  'Value not allowed',
  'A value outside the set the AWS Batch API allows for that field.',
  '{{value}} is not a valid "{{property}}"; allowed: {{allowed}}.',
  {
    rationale: 'Enumerated fields (type, state, allocationStrategy, resource types, ...) accept only the values of the API model.',
    fix: 'Use one of the listed values.',
    bad: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: SPOTT\n  maxvCpus: 256',
    good: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: SPOT\n  maxvCpus: 256',
    peers: ['cfn-lint E3030'],
  },
);
