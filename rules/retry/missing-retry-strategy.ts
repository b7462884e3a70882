import { defineRule } from '../../src/engine/rule.js';
import { isAbsentFact } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';

export default defineRule({
  id: 'missing-retry-strategy',
  title: 'No retry strategy',
  category: 'retry',
  severity: 'note',
  description: 'A job definition without retryStrategy gets a single attempt: one Spot reclaim or host failure fails the job.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/job_retries.html',
  docs: {
    rationale: 'Without a retry strategy each job gets one attempt. AWS recommends retries for jobs on Spot (reclaims end attempts with a status reason starting "Host EC2"), and a final catch-all EXIT so that application errors are not retried. This is advice on its own; the placement rules raise it to a warning where the job can land on Spot.',
    fix: 'Add retryStrategy with attempts, and evaluateOnExit entries that retry infrastructure failures and exit on everything else.',
    bad: 'jobDefinitionName: etl\ntype: container',
    good: 'jobDefinitionName: etl\ntype: container\nretryStrategy:\n  attempts: 3\n  evaluateOnExit:\n    - onStatusReason: "Host EC2*"\n      action: RETRY\n    - onReason: "*"\n      action: EXIT',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    missing: 'No retryStrategy: each job gets one attempt, so a Spot reclaim or host failure fails it; add retryStrategy with attempts and evaluateOnExit.',
  },
  check(resource, context) {
    // A presence rule: an unknown or maybe-absent retryStrategy may well be set.
    if (!isAbsentFact(jobDefinitionFacts(resource).retry.strategy)) return;
    context.report({ messageId: 'missing', path: ['jobDefinitionName'], key: true });
  },
});
