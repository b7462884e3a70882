import { defineSchemaRule } from './define-schema-rule.js';

export default defineSchemaRule(
  'schema-type',
  'type',
  'Wrong value type',
  'A value of the wrong JSON type (a number where the API wants a string, a list where it wants an object).',
  '"{{property}}" must be {{expected}}, not {{actual}}.',
  {
    rationale: 'The API rejects a request whose values do not have the types of its model; `resourceRequirements[].value` is a string even for numbers.',
    fix: 'Write the value with the type the API expects (quote numbers where a string is expected).',
    bad: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  resourceRequirements:\n    - type: VCPU\n      value: 2',
    good: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  resourceRequirements:\n    - type: VCPU\n      value: "2"',
    peers: ['cfn-lint E3012'],
  },
);
