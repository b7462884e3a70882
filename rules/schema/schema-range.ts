import { defineSchemaRule } from './define-schema-rule.js';

export default defineSchemaRule(
  'schema-range',
  'range',
  'Value out of range',
  'A number, string length or list length outside the range AWS documents (for example retryStrategy.attempts 1-10, timeout at least 60 s).',
  '"{{property}}" must {{expected}}.',
  {
    rationale: 'AWS rejects values outside the documented ranges: attempts 1-10, attemptDurationSeconds >= 60, at most 5 evaluateOnExit entries, at most 3 compute environments per queue, names of 1-128 letters, digits, - and _.',
    fix: 'Bring the value into the documented range.',
    bad: 'jobDefinitionName: etl\ntype: container\ntimeout:\n  attemptDurationSeconds: 30',
    good: 'jobDefinitionName: etl\ntype: container\ntimeout:\n  attemptDurationSeconds: 3600',
    peers: ['cfn-lint E3034', 'cfn-lint E3033'],
  },
);
