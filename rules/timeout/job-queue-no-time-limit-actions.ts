import { defineRule } from '../../src/engine/rule.js';
import { jobQueueFacts, type JobQueueFacts } from '../../src/model/facts/job-queue-facts.js';
import { known } from '../../src/model/facts/fact.js';

function isServiceQueue(queue: JobQueueFacts): boolean {
  const type = known(queue.jobQueueType);
  return type === 'SAGEMAKER_TRAINING' || (type === undefined && queue.serviceEnvironmentCount > 0);
}

export default defineRule({
  id: 'job-queue-no-time-limit-actions',
  title: 'Queue without RUNNABLE time limits',
  category: 'timeout',
  severity: 'note',
  description: 'A job queue without jobStateTimeLimitActions: a job that can never be placed stays at the head of the queue in RUNNABLE, and blocks the jobs behind it, until someone cancels it.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/job_stuck_in_runnable_time_limit_actions.html',
  docs: {
    rationale: 'When no compute environment can run the job at the head of a queue (no capacity for the instance types, a job larger than every maxvCpus or instance type), Batch keeps it in RUNNABLE with a status reason and the queue behind it waits. jobStateTimeLimitActions tells Batch to cancel such a job after maxTimeSeconds (600-86,400), so the next job can advance. AWS\'s example waits 4 hours (14,400 s) for CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY.',
    fix: 'Add jobStateTimeLimitActions entries with state RUNNABLE, action CANCEL (TERMINATE on SageMaker Training queues) and a maxTimeSeconds per reason: CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY, MISCONFIGURATION:COMPUTE_ENVIRONMENT_MAX_RESOURCE and MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT.',
    bad: 'jobQueueName: etl\npriority: 1\ncomputeEnvironmentOrder:\n  - order: 1\n    computeEnvironment: spot-ce',
    good: 'jobQueueName: etl\npriority: 1\ncomputeEnvironmentOrder:\n  - order: 1\n    computeEnvironment: spot-ce\njobStateTimeLimitActions:\n  - reason: CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY\n    state: RUNNABLE\n    maxTimeSeconds: 14400\n    action: CANCEL\n  - reason: MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT\n    state: RUNNABLE\n    maxTimeSeconds: 600\n    action: CANCEL',
  },
  appliesTo: ['jobQueue'],
  messages: {
    missing: 'No jobStateTimeLimitActions: a job that cannot be placed (no capacity, larger than every compute environment) blocks the queue in RUNNABLE until cancelled by hand; add CANCEL actions for CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY, MISCONFIGURATION:COMPUTE_ENVIRONMENT_MAX_RESOURCE and MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT.',
    missingService: 'No jobStateTimeLimitActions: a service job that cannot get capacity blocks the queue until cancelled by hand; add TERMINATE actions for CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY, MISCONFIGURATION:SERVICE_ENVIRONMENT_MAX_RESOURCE and MISCONFIGURATION:QUOTA_MANAGEMENT_LIMIT_EXCEEDED.',
  },
  check(resource, context) {
    const facts = jobQueueFacts(resource);
    const actions = facts.jobStateTimeLimitActions;
    // A list from a variable may hold actions; a value that is not a list holds none.
    if ((actions.certainty === 'unknown' && !actions.invalid) || actions.certainty === 'maybeAbsent') return;
    if (actions.certainty === 'known' && actions.value.length > 0) return;
    const messageId = isServiceQueue(facts) ? 'missingService' : 'missing';
    context.report({ messageId, path: actions.certainty === 'absent' ? ['jobQueueName'] : actions.path, key: true });
  },
});
