import { defineRule } from '../../src/engine/rule.js';
import { environmentPlatformOf } from '../../src/graph/platform.js';

export default defineRule({
  id: 'queue-mixes-orchestration',
  title: 'Queue mixes ECS and EKS compute environments',
  category: 'wiring',
  severity: 'warning',
  description: 'A job queue lists both ECS and EKS compute environments.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_JobQueueDetail.html',
  docs: {
    rationale: 'A job queue has one jobQueueType (ECS, EKS, ECS_FARGATE, SAGEMAKER_TRAINING), and ECS and EKS job definitions are shaped differently (containerProperties vs eksProperties), so one queue cannot serve both. AWS states no explicit sentence forbidding the mix, hence a warning rather than an error.',
    fix: 'Make separate queues for the ECS and the EKS environments.',
    bad: 'computeEnvironments:\n  - computeEnvironmentName: ecs\n    type: MANAGED\n    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }\n  - computeEnvironmentName: eks\n    type: MANAGED\n    eksConfiguration: { eksClusterArn: "arn:aws:eks:us-east-1:123456789012:cluster/c", kubernetesNamespace: batch }\n    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }\njobQueues:\n  - jobQueueName: etl-queue\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: ecs }\n      - { order: 2, computeEnvironment: eks }',
    good: 'computeEnvironments:\n  - computeEnvironmentName: ecs\n    type: MANAGED\n    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }\n  - computeEnvironmentName: ecs-spot\n    type: MANAGED\n    computeResources: { type: SPOT, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }\njobQueues:\n  - jobQueueName: etl-queue\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: ecs-spot }\n      - { order: 2, computeEnvironment: ecs }',
  },
  appliesTo: ['jobQueue'],
  messages: {
    mixed: 'This queue mixes ECS ({{ecs}}) and EKS ({{eks}}) compute environments: a queue has one type, and jobs of one kind cannot run on the other.',
  },
  check(resource, context) {
    const node = context.model.graph.queueNode(resource);
    if (!node) return;
    const linked = node.environments.filter((l) => l.environment);
    const eks = linked.find((l) => environmentPlatformOf(l.environment!).orchestration === 'EKS');
    const ecs = linked.find((l) => environmentPlatformOf(l.environment!).orchestration === 'ECS');
    if (!eks || !ecs) return;
    const later = eks.index > ecs.index ? eks : ecs;
    context.report({ messageId: 'mixed', data: { ecs: ecs.environment!.name, eks: eks.environment!.name }, path: later.path });
  },
});
