import { defineRule } from '../../src/engine/rule.js';
import { jobQueueFacts, type JobQueueFacts } from '../../src/model/facts/job-queue-facts.js';
import { entriesOf, known } from '../../src/model/facts/fact.js';

// The reasons Batch acts on: https://docs.aws.amazon.com/batch/latest/userguide/job_stuck_in_runnable_time_limit_actions.html
// (ECS, EKS and Fargate queues) and .../sm_job_stuck_in_runnable_time_limit_actions.html (SageMaker Training).
const CONTAINER_REASONS = [
  'CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY',
  'MISCONFIGURATION:COMPUTE_ENVIRONMENT_MAX_RESOURCE',
  'MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT',
];
const SERVICE_REASONS = [
  'CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY',
  'MISCONFIGURATION:SERVICE_ENVIRONMENT_MAX_RESOURCE',
  'MISCONFIGURATION:QUOTA_MANAGEMENT_LIMIT_EXCEEDED',
];
/** Reasons Batch reports for a blocked queue but documents as needing manual investigation. */
const MANUAL_REASONS = [
  'MISCONFIGURATION:SERVICE_ROLE_PERMISSIONS',
  'MISCONFIGURATION:EC2_INSTANCE_CONFIGURATION_UNSUPPORTED',
  'ACTION_REQUIRED',
  'UNDETERMINED',
];

/** The reasons that fit the queue: by jobQueueType, else by the kind of environments it lists. */
function supportedReasons(queue: JobQueueFacts): readonly string[] {
  const type = known(queue.jobQueueType);
  if (type === 'SAGEMAKER_TRAINING') return SERVICE_REASONS;
  if (type === 'ECS' || type === 'ECS_FARGATE' || type === 'EKS') return CONTAINER_REASONS;
  const service = queue.serviceEnvironmentCount > 0;
  const container = entriesOf(queue.computeEnvironmentOrder).length > 0;
  if (service && !container) return SERVICE_REASONS;
  if (container && !service) return CONTAINER_REASONS;
  return [...new Set([...CONTAINER_REASONS, ...SERVICE_REASONS])];
}

export default defineRule({
  id: 'job-queue-time-limit-reason',
  title: 'Time limit action on a reason Batch does not act on',
  category: 'timeout',
  severity: 'warning',
  description: 'A jobStateTimeLimitActions entry whose reason is not one of the status reasons AWS Batch supports automatic actions for, so the action never fires.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/job_stuck_in_runnable_time_limit_actions.html',
  docs: {
    rationale: 'Batch applies a time limit action to a job at the head of the queue whose RUNNABLE status reason is the entry\'s reason. It supports exactly three reasons for ECS, EKS and Fargate queues (CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY, MISCONFIGURATION:COMPUTE_ENVIRONMENT_MAX_RESOURCE, MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT) and three for SageMaker Training queues (CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY, MISCONFIGURATION:SERVICE_ENVIRONMENT_MAX_RESOURCE, MISCONFIGURATION:QUOTA_MANAGEMENT_LIMIT_EXCEEDED). SERVICE_ROLE_PERMISSIONS, EC2_INSTANCE_CONFIGURATION_UNSUPPORTED, ACTION_REQUIRED and UNDETERMINED need manual investigation. Any other text (a typo, the full status message) never matches, and the job stays blocked.',
    fix: 'Use one of the supported reasons exactly, without the " - ..." description Batch appends to the status reason.',
    bad: 'jobQueueName: etl-queue\npriority: 1\ncomputeEnvironmentOrder:\n  - order: 1\n    computeEnvironment: spot-ce\njobStateTimeLimitActions:\n  - reason: INSUFFICIENT_INSTANCE_CAPACITY\n    state: RUNNABLE\n    maxTimeSeconds: 14400\n    action: CANCEL',
    good: 'jobQueueName: etl-queue\npriority: 1\ncomputeEnvironmentOrder:\n  - order: 1\n    computeEnvironment: spot-ce\njobStateTimeLimitActions:\n  - reason: CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY\n    state: RUNNABLE\n    maxTimeSeconds: 14400\n    action: CANCEL',
  },
  appliesTo: ['jobQueue'],
  messages: {
    manual: 'Batch takes no automatic action for {{reason}} (it needs manual investigation), so this entry never fires; use one of {{supported}}.',
    didYouMean: 'Reason "{{reason}}" is not one Batch acts on, so this entry never fires; did you mean {{suggestion}}?',
    unsupported: 'Reason "{{reason}}" is not one Batch acts on, so this entry never fires; use one of {{supported}}.',
  },
  check(resource, context) {
    const facts = jobQueueFacts(resource);
    const supported = supportedReasons(facts);
    for (const entry of entriesOf(facts.jobStateTimeLimitActions)) {
      const reason = known(entry.reason);
      if (reason === undefined || supported.includes(reason)) continue;
      const path = entry.reason.path;
      const list = supported.join(', ');
      const normalised = reason.trim().toUpperCase();
      const manual = MANUAL_REASONS.find((m) => normalised === m || normalised.startsWith(`${m} `));
      if (manual) {
        context.report({ messageId: 'manual', data: { reason: manual, supported: list }, path });
        continue;
      }
      // The full status text ("CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY - Service cannot ..."), another
      // case, or the reason without its CAPACITY:/MISCONFIGURATION: prefix.
      const suggestion = supported.find((s) => normalised === s || normalised.startsWith(`${s} `) || s.endsWith(`:${normalised}`));
      if (suggestion) context.report({ messageId: 'didYouMean', data: { reason: reason.slice(0, 80), suggestion }, path });
      else context.report({ messageId: 'unsupported', data: { reason: reason.slice(0, 80), supported: list }, path });
    }
  },
});
