import { defineRule } from '../../src/engine/rule.js';
import { known } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';

const FOURTEEN_DAYS_SECONDS = 14 * 24 * 60 * 60;

export default defineRule({
  id: 'timeout-fargate-over-14-days',
  title: 'Fargate timeout above 14 days',
  category: 'timeout',
  severity: 'warning',
  description: 'A Fargate job definition whose timeout is longer than 14 days (1,209,600 s), the longest a Fargate job can expect to run.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/job_timeouts.html',
  docs: {
    rationale: 'AWS: "Fargate jobs can\'t expect to run for longer than 14 days." Past that, the Fargate resources may no longer be available and the job is terminated, so a longer timeout promises a run time the platform does not give.',
    fix: 'Keep attemptDurationSeconds at or below 1,209,600 and checkpoint long work so that it can resume in a new job, or run it on EC2.',
    bad: 'jobDefinitionName: etl\ntype: container\nplatformCapabilities: [FARGATE]\ntimeout:\n  attemptDurationSeconds: 2592000',
    good: 'jobDefinitionName: etl\ntype: container\nplatformCapabilities: [FARGATE]\ntimeout:\n  attemptDurationSeconds: 86400',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    tooLong: 'timeout.attemptDurationSeconds is {{seconds}} s (about {{days}} days), but Fargate jobs can\'t expect to run longer than 14 days (1,209,600 s) and may be stopped first; lower it and checkpoint long work, or run the job on EC2.',
  },
  check(resource, context) {
    const facts = jobDefinitionFacts(resource);
    if (facts.platform.capacity !== 'fargate') return;
    const seconds = known(facts.attemptDurationSeconds);
    if (seconds === undefined || seconds <= FOURTEEN_DAYS_SECONDS) return;
    context.report({ messageId: 'tooLong', data: { seconds, days: Math.round((seconds / 86_400) * 10) / 10 }, path: facts.attemptDurationSeconds.path });
  },
});
