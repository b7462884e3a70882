import { defineRule } from '../../src/engine/rule.js';
import { environmentPlatformOf } from '../../src/graph/platform.js';
import { entriesOf } from '../../src/model/facts/fact.js';
import { jobQueueFacts } from '../../src/model/facts/job-queue-facts.js';

export default defineRule({
  id: 'fargate-spot-without-fallback',
  title: 'FARGATE_SPOT with no FARGATE environment after it',
  category: 'wiring',
  severity: 'warning',
  description: 'A job queue uses a FARGATE_SPOT compute environment with no FARGATE (On-Demand) environment later in its order.',
  helpUri: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-capacity-providers.html',
  docs: {
    rationale: '"Fargate doesn\'t replace Spot capacity with on-demand capacity": when Fargate Spot has no capacity, jobs wait in RUNNABLE, and interrupted ones are not moved. Batch tries a queue\'s environments in ascending order, so a FARGATE environment after the FARGATE_SPOT one gives jobs somewhere to go. Windows containers are not supported on Fargate Spot at all.',
    fix: 'Add a FARGATE compute environment to the queue with a higher order than the FARGATE_SPOT one.',
    bad: 'computeEnvironments:\n  - computeEnvironmentName: fargate-spot\n    type: MANAGED\n    computeResources: { type: FARGATE_SPOT, maxvCpus: 64, subnets: [subnet-1] }\njobQueues:\n  - jobQueueName: etl-queue\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: fargate-spot }',
    good: 'computeEnvironments:\n  - computeEnvironmentName: fargate-spot\n    type: MANAGED\n    computeResources: { type: FARGATE_SPOT, maxvCpus: 64, subnets: [subnet-1] }\n  - computeEnvironmentName: fargate\n    type: MANAGED\n    computeResources: { type: FARGATE, maxvCpus: 64, subnets: [subnet-1] }\njobQueues:\n  - jobQueueName: etl-queue\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: fargate-spot }\n      - { order: 2, computeEnvironment: fargate }',
  },
  appliesTo: ['jobQueue'],
  messages: {
    noFallback: '{{name}} is FARGATE_SPOT and no FARGATE environment follows it in this queue: when Spot capacity is short, jobs wait in RUNNABLE. Add a FARGATE environment after it.',
  },
  check(resource, context) {
    const node = context.model.graph.queueNode(resource);
    if (!node) return;
    const envs = node.environments;
    // An order from a parameter may put any environment after any other: then every other one may be the fallback.
    const orderUnknown = entriesOf(jobQueueFacts(resource).computeEnvironmentOrder).some((e) => e.order.certainty === 'unknown' || e.order.certainty === 'maybeAbsent');
    envs.forEach((link, i) => {
      if (!link.environment || environmentPlatformOf(link.environment).provisioning !== 'FARGATE_SPOT') return;
      const after = orderUnknown ? envs.filter((l) => l !== link) : envs.slice(i + 1);
      if (after.some((l) => !l.environment || (environmentPlatformOf(l.environment).provisioning ?? 'FARGATE') === 'FARGATE')) return;
      context.report({ messageId: 'noFallback', data: { name: link.environment.name }, path: link.path });
    });
  },
});
