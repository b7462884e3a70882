// The schema rules: each kind of schema failure is its own rule (as cfn-lint does), so users can
// tune them separately. The validation itself runs once per resource; these rules only report it.
import { defineRule, type Rule } from '../src/engine/rule.js';
import { RESOURCE_KINDS } from '../src/model/resource.js';
import type { SchemaIssueKind } from '../src/schema/schema-issue.js';

const API_REFERENCE = 'https://docs.aws.amazon.com/batch/latest/APIReference/API_Operations.html';

function schemaRule(id: string, kind: SchemaIssueKind, title: string, description: string, message: string, docs: Parameters<typeof defineRule>[0]['docs']): Rule {
  return defineRule({
    id,
    title,
    category: 'schema',
    severity: 'error',
    description,
    helpUri: API_REFERENCE,
    docs,
    appliesTo: RESOURCE_KINDS,
    messages: { issue: message, withSuggestion: `${message} Did you mean "{{suggestion}}"?` },
    check(_resource, context) {
      for (const issue of context.schemaIssues()) {
        if (issue.kind !== kind) continue;
        context.report({ messageId: issue.data.suggestion ? 'withSuggestion' : 'issue', data: issue.data, path: issue.path, key: issue.key });
      }
    },
  });
}

export const schemaUnknownProperty = schemaRule(
  'schema-unknown-property',
  'unknown-property',
  'Unknown property',
  'A property that the AWS Batch API does not define (often a typo): the API call fails with "Unknown parameter".',
  'Unknown property "{{property}}": the AWS Batch API does not accept it.',
  {
    rationale: 'The AWS CLI and SDKs validate requests against the API model and reject unknown parameters; a misspelt optional field (`retryStratgy`) would otherwise silently do nothing in tools that drop it.',
    fix: 'Correct the spelling or remove the property. The message suggests the closest known property.',
    bad: 'jobDefinitionName: etl\ntype: container\nretryStratgy:\n  attempts: 3',
    good: 'jobDefinitionName: etl\ntype: container\nretryStrategy:\n  attempts: 3',
    peers: ['cfn-lint E3002'],
  },
);

export const schemaType = schemaRule(
  'schema-type',
  'type',
  'Wrong value type',
  'A value of the wrong JSON type (a number where the API wants a string, a list where it wants an object).',
  '"{{property}}" must be {{expected}}, not {{actual}}.',
  {
    rationale: 'The API rejects a request whose values do not have the types of its model; `resourceRequirements[].value` is a string even for numbers.',
    fix: 'Write the value with the type the API expects (quote numbers where a string is expected).',
    bad: 'containerProperties:\n  resourceRequirements:\n    - type: VCPU\n      value: 2',
    good: 'containerProperties:\n  resourceRequirements:\n    - type: VCPU\n      value: "2"',
    peers: ['cfn-lint E3012'],
  },
);

export const schemaEnum = schemaRule(
  'schema-enum',
  'enum',
  'Value not allowed',
  'A value outside the set the AWS Batch API allows for that field.',
  '{{value}} is not a valid "{{property}}"; allowed: {{allowed}}.',
  {
    rationale: 'Enumerated fields (type, state, allocationStrategy, resource types, ...) accept only the values of the API model.',
    fix: 'Use one of the listed values.',
    bad: 'computeResources:\n  type: SPOTT',
    good: 'computeResources:\n  type: SPOT',
    peers: ['cfn-lint E3030'],
  },
);

export const schemaRange = schemaRule(
  'schema-range',
  'range',
  'Value out of range',
  'A number, string length or list length outside the range AWS documents (for example retryStrategy.attempts 1-10, timeout at least 60 s).',
  '"{{property}}" must {{expected}}.',
  {
    rationale: 'AWS rejects values outside the documented ranges: attempts 1-10, attemptDurationSeconds >= 60, at most 5 evaluateOnExit entries, at most 3 compute environments per queue, names of 1-128 letters, digits, - and _.',
    fix: 'Bring the value into the documented range.',
    bad: 'timeout:\n  attemptDurationSeconds: 30',
    good: 'timeout:\n  attemptDurationSeconds: 3600',
    peers: ['cfn-lint E3034', 'cfn-lint E3033'],
  },
);

export const schemaRequired = schemaRule(
  'schema-required',
  'required',
  'Missing required property',
  'A property the AWS Batch API requires is missing.',
  'Missing required property "{{property}}".',
  {
    rationale: 'The API rejects a request without its required fields (a job definition needs jobDefinitionName and type; a queue needs jobQueueName and priority).',
    fix: 'Add the property.',
    bad: 'jobQueueName: high\ncomputeEnvironmentOrder: []',
    good: 'jobQueueName: high\npriority: 1\ncomputeEnvironmentOrder: []',
    peers: ['cfn-lint E3003'],
  },
);
