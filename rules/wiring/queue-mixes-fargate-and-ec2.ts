import { defineRule } from '../../src/engine/rule.js';
import { environmentPlatformOf } from '../../src/graph/platform.js';

export default defineRule({
  id: 'queue-mixes-fargate-and-ec2',
  title: 'Queue mixes Fargate and EC2 compute environments',
  category: 'wiring',
  severity: 'error',
  description: 'A job queue lists both Fargate (FARGATE, FARGATE_SPOT) and EC2 (EC2, SPOT) compute environments.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeEnvironmentOrder.html',
  docs: {
    rationale: 'AWS: "All compute environments that are associated with a job queue must share the same provisioning model"; EC2/SPOT and FARGATE/FARGATE_SPOT environments can\'t be mixed in one queue. CreateJobQueue rejects it.',
    fix: 'Make one queue for the Fargate environments and another for the EC2 ones.',
    bad: 'computeEnvironments:\n  - computeEnvironmentName: fargate\n    type: MANAGED\n    computeResources: { type: FARGATE, maxvCpus: 64, subnets: [subnet-1] }\n  - computeEnvironmentName: ec2\n    type: MANAGED\n    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }\njobQueues:\n  - jobQueueName: etl-queue\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: fargate }\n      - { order: 2, computeEnvironment: ec2 }',
    good: 'computeEnvironments:\n  - computeEnvironmentName: fargate-spot\n    type: MANAGED\n    computeResources: { type: FARGATE_SPOT, maxvCpus: 64, subnets: [subnet-1] }\n  - computeEnvironmentName: fargate\n    type: MANAGED\n    computeResources: { type: FARGATE, maxvCpus: 64, subnets: [subnet-1] }\njobQueues:\n  - jobQueueName: etl-queue\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: fargate-spot }\n      - { order: 2, computeEnvironment: fargate }',
  },
  appliesTo: ['jobQueue'],
  messages: {
    mixed: 'This queue mixes Fargate and EC2 compute environments ({{first}} is {{firstKind}}, {{other}} is {{otherKind}}): AWS does not allow mixing provisioning models in a queue.',
  },
  check(resource, context) {
    const node = context.model.graph.queueNode(resource);
    if (!node) return;
    const linked = node.environments.filter((l) => l.environment && environmentPlatformOf(l.environment).provisioning);
    const first = linked[0];
    if (!first) return;
    const kind = (l: typeof first): string => environmentPlatformOf(l.environment!).capacity!;
    const other = linked.find((l) => kind(l) !== kind(first));
    if (!other) return;
    const label = (l: typeof first): string => environmentPlatformOf(l.environment!).provisioning!;
    context.report({ messageId: 'mixed', data: { first: first.environment!.name, firstKind: label(first), other: other.environment!.name, otherKind: label(other) }, path: other.path });
  },
});
