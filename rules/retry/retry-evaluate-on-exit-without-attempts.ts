import { defineRule } from '../../src/engine/rule.js';
import { isAbsentFact, known } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';

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
    const { retry } = jobDefinitionFacts(resource);
    // An unknown list may well be empty, and an empty list is no condition at all.
    const conditions = known(retry.evaluateOnExit);
    if (conditions === undefined || conditions.length === 0 || !isAbsentFact(retry.attempts)) return;
    context.report({ messageId: 'missingAttempts', path: retry.evaluateOnExit.path, key: true });
  },
});
