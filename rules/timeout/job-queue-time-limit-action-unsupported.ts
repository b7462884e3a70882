import { defineRule } from '../../src/engine/rule.js';
import { jobQueueFacts, type JobQueueFacts } from '../../src/model/facts/job-queue-facts.js';
import { entriesOf, known } from '../../src/model/facts/fact.js';

/** Container queues (ECS, EKS, Fargate) versus SageMaker Training queues; undefined when the input does not say. */
function queueKind(queue: JobQueueFacts): 'container' | 'service' | undefined {
  const type = known(queue.jobQueueType);
  if (type === 'SAGEMAKER_TRAINING') return 'service';
  if (type === 'ECS' || type === 'ECS_FARGATE' || type === 'EKS') return 'container';
  const service = queue.serviceEnvironmentCount > 0;
  const container = entriesOf(queue.computeEnvironmentOrder).length > 0;
  if (service === container) return undefined;
  return service ? 'service' : 'container';
}

export default defineRule({
  id: 'job-queue-time-limit-action-unsupported',
  title: 'Time limit action the queue type does not support',
  category: 'timeout',
  severity: 'error',
  description: 'A jobStateTimeLimitActions entry with TERMINATE on an ECS, EKS or Fargate queue, or CANCEL on a SageMaker Training queue.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_JobStateTimeLimitAction.html',
  docs: {
    rationale: 'AWS: "For job queues connected to a ECS, FARGATE or EKS compute environment, the only supported value is CANCEL ... For job queues connected to a SAGEMAKER_TRAINING service environment, the only supported value is TERMINATE."',
    fix: 'Use CANCEL on queues of compute environments, TERMINATE on queues of SageMaker Training service environments.',
    bad: 'jobQueueName: etl\npriority: 1\ncomputeEnvironmentOrder:\n  - order: 1\n    computeEnvironment: spot-ce\njobStateTimeLimitActions:\n  - reason: CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY\n    state: RUNNABLE\n    maxTimeSeconds: 14400\n    action: TERMINATE',
    good: 'jobQueueName: etl\npriority: 1\ncomputeEnvironmentOrder:\n  - order: 1\n    computeEnvironment: spot-ce\njobStateTimeLimitActions:\n  - reason: CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY\n    state: RUNNABLE\n    maxTimeSeconds: 14400\n    action: CANCEL',
  },
  appliesTo: ['jobQueue'],
  messages: {
    terminateOnContainerQueue: 'Action TERMINATE is supported only on SageMaker Training queues; on a queue of ECS, EKS or Fargate compute environments use CANCEL.',
    cancelOnServiceQueue: 'Action CANCEL is not supported on a SageMaker Training queue; use TERMINATE.',
  },
  check(resource, context) {
    const facts = jobQueueFacts(resource);
    const kind = queueKind(facts);
    if (!kind) return;
    for (const entry of entriesOf(facts.jobStateTimeLimitActions)) {
      const action = known(entry.action);
      const path = entry.action.path;
      if (kind === 'container' && action === 'TERMINATE') context.report({ messageId: 'terminateOnContainerQueue', path });
      if (kind === 'service' && action === 'CANCEL') context.report({ messageId: 'cancelOnServiceQueue', path });
    }
  },
});
