import { defineRule } from '../../src/engine/rule.js';
import { isAbsentFact, isUndecidedFact } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';

export default defineRule({
  id: 'missing-timeout',
  title: 'No job timeout',
  category: 'timeout',
  severity: 'warning',
  description: 'A job definition without timeout.attemptDurationSeconds: Batch has no default timeout, so a hung job runs (and bills) until someone stops it.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/job_timeouts.html',
  docs: {
    rationale: 'AWS Batch has no default job timeout: without one, a job runs until its container exits. A deadlocked or stalled job holds its instance, and its place in the queue, indefinitely. The timeout can also be given at SubmitJob, which overrides the job definition.',
    fix: 'Set timeout.attemptDurationSeconds (at least 60) to a generous upper bound of the job\'s run time. Timed-out attempts are not retried.',
    bad: 'jobDefinitionName: etl\ntype: container',
    good: 'jobDefinitionName: etl\ntype: container\ntimeout:\n  attemptDurationSeconds: 7200',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    missing: 'No timeout: Batch has no default, so a hung job runs until stopped; set timeout.attemptDurationSeconds (or pass a timeout at every SubmitJob).',
  },
  check(resource, context) {
    const { timeout, attemptDurationSeconds } = jobDefinitionFacts(resource);
    // A presence rule: a timeout (or its duration) from a variable or a conditional may be set.
    if (isUndecidedFact(timeout) || !isAbsentFact(attemptDurationSeconds)) return;
    context.report({ messageId: 'missing', path: timeout.certainty === 'absent' ? ['jobDefinitionName'] : timeout.path, key: true });
  },
});
