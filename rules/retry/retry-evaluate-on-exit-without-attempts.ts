import { defineRule } from '../../src/engine/rule.js';
import { field, hasField } from '../../src/model/values.js';

export default defineRule({
  id: 'retry-evaluate-on-exit-without-attempts',
  title: 'evaluateOnExit without attempts',
  category: 'retry',
  severity: 'error',
  description: 'A retryStrategy with evaluateOnExit entries but no attempts, which AWS Batch rejects.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_RetryStrategy.html',
  docs: {
    rationale: 'AWS: evaluateOnExit holds up to 5 conditions, and "If this parameter is specified, then the attempts parameter must also be specified." RegisterJobDefinition (and SubmitJob with a retryStrategy override) fails without it.',
    fix: 'Add retryStrategy.attempts (1-10): the number of times the job may be moved to RUNNABLE, counting the first attempt.',
    bad: 'jobDefinitionName: etl\ntype: container\nretryStrategy:\n  evaluateOnExit:\n    - onStatusReason: "Host EC2*"\n      action: RETRY\n    - onReason: "*"\n      action: EXIT',
    good: 'jobDefinitionName: etl\ntype: container\nretryStrategy:\n  attempts: 3\n  evaluateOnExit:\n    - onStatusReason: "Host EC2*"\n      action: RETRY\n    - onReason: "*"\n      action: EXIT',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    missingAttempts: 'retryStrategy has evaluateOnExit but no attempts, which AWS Batch rejects; add retryStrategy.attempts (1-10).',
  },
  check(resource, context) {
    const retry = field(resource.data, 'retryStrategy');
    const conditions = field(retry, 'evaluateOnExit');
    // An unknown list may well be empty, and an empty list is no condition at all.
    if (!Array.isArray(conditions) || conditions.length === 0) return;
    if (hasField(retry, 'attempts')) return;
    context.report({ messageId: 'missingAttempts', path: ['retryStrategy', 'evaluateOnExit'], key: true });
  },
});
