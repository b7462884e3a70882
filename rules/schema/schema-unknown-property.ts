import { defineSchemaRule } from './define-schema-rule.js';

export default defineSchemaRule(
  'schema-unknown-property',
  'unknown-property',
  'Unknown property',
  'A property that the AWS Batch API does not define (often a typo): the API call fails with "Unknown parameter".',
  'Unknown property "{{property}}"{{parent}}: the AWS Batch API does not accept it.',
  {
    rationale: 'The AWS CLI and SDKs validate requests against the API model and reject unknown parameters; a misspelt optional field (`retryStratgy`) would otherwise silently do nothing in tools that drop it.',
    fix: 'Correct the spelling or remove the property. The message suggests the closest known property.',
    bad: 'jobDefinitionName: etl\ntype: container\nretryStratgy:\n  attempts: 3',
    good: 'jobDefinitionName: etl\ntype: container\nretryStrategy:\n  attempts: 3',
    peers: ['cfn-lint E3002'],
  },
);
