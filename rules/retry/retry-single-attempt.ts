import { defineRule } from '../../src/engine/rule.js';
import { known } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';

export default defineRule({
  id: 'retry-single-attempt',
  title: 'RETRY entries with a single attempt',
  category: 'retry',
  severity: 'warning',
  description: 'A retryStrategy with attempts 1 and evaluateOnExit entries that say RETRY: one attempt means nothing is ever retried, so those entries never take effect.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/job_retries.html',
  docs: {
    rationale: '`attempts` is the number of times a job may be moved to RUNNABLE, counting the first attempt. With attempts 1 a RETRY action has no attempt left to use: a Spot reclaim or host failure fails the job, however evaluateOnExit is written. AWS recommends at least 1-3 retries for jobs on Spot.',
    fix: 'Raise attempts to 2 or more (AWS\'s Spot example uses 5), or remove the RETRY entries if the job must never be retried.',
    bad: 'jobDefinitionName: etl\ntype: container\nretryStrategy:\n  attempts: 1\n  evaluateOnExit:\n    - onStatusReason: "Host EC2*"\n      action: RETRY\n    - onReason: "*"\n      action: EXIT',
    good: 'jobDefinitionName: etl\ntype: container\nretryStrategy:\n  attempts: 3\n  evaluateOnExit:\n    - onStatusReason: "Host EC2*"\n      action: RETRY\n    - onReason: "*"\n      action: EXIT',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    neverRetried: 'attempts is 1, so the RETRY entries in evaluateOnExit never take effect and a Spot reclaim or host failure fails the job; set attempts to 2 or more.',
  },
  check(resource, context) {
    const { retry } = jobDefinitionFacts(resource);
    if (known(retry.attempts) !== 1) return;
    if (!retry.entries.some((entry) => known(entry.action) === 'RETRY')) return;
    context.report({ messageId: 'neverRetried', path: retry.attempts.path });
  },
});
