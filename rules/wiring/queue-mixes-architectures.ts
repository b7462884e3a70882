import { defineRule } from '../../src/engine/rule.js';
import type { RuleContext } from '../../src/engine/rule.js';
import type { EnvironmentLink } from '../../src/graph/resource-graph.js';

function architectureOf(link: EnvironmentLink, context: Pick<RuleContext, 'instanceTypes'>): string | undefined {
  const expansion = link.environment ? context.instanceTypes(link.environment) : undefined;
  if (!expansion || expansion.unresolved.length > 0) return undefined;
  const archs = new Set(expansion.types.map((t) => t.architecture));
  return archs.size === 1 ? [...archs][0] : undefined; // a mixed environment is its own rule (mixed-instance-architectures)
}

export default defineRule({
  id: 'queue-mixes-architectures',
  title: 'Queue mixes x86_64 and arm64 compute environments',
  category: 'wiring',
  severity: 'error',
  description: 'A job queue lists compute environments whose instance types are x86_64 and others whose types are arm64 (Graviton).',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeEnvironmentOrder.html',
  docs: {
    rationale: 'AWS: all compute environments of a job queue must share the same architecture; Batch doesn\'t support mixing x86 and ARM environments in one queue. An image also runs on one architecture only, so jobs would fail on half the capacity.',
    fix: 'Make separate queues for x86_64 and arm64 environments, and submit each image to the queue of its architecture.',
    bad: 'computeEnvironments:\n  - computeEnvironmentName: x86\n    type: MANAGED\n    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [c6i], subnets: [subnet-1] }\n  - computeEnvironmentName: arm\n    type: MANAGED\n    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [c6g], subnets: [subnet-1] }\njobQueues:\n  - jobQueueName: etl-queue\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: x86 }\n      - { order: 2, computeEnvironment: arm }',
    good: 'computeEnvironments:\n  - computeEnvironmentName: x86\n    type: MANAGED\n    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [c6i], subnets: [subnet-1] }\n  - computeEnvironmentName: x86-spot\n    type: MANAGED\n    computeResources: { type: SPOT, maxvCpus: 64, instanceTypes: [c6i, m6i], subnets: [subnet-1] }\njobQueues:\n  - jobQueueName: etl-queue\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: x86-spot }\n      - { order: 2, computeEnvironment: x86 }',
  },
  appliesTo: ['jobQueue'],
  messages: {
    mixed: 'This queue mixes architectures: {{first}} launches {{firstArch}} instances and {{other}} launches {{otherArch}}: AWS requires one architecture per queue.',
  },
  check(resource, context) {
    const node = context.model.graph.queueNode(resource);
    if (!node) return;
    const known = node.environments.map((l) => ({ link: l, arch: architectureOf(l, context) })).filter((x) => x.arch);
    const first = known[0];
    const other = known.find((x) => x.arch !== first?.arch);
    if (!first || !other) return;
    context.report({ messageId: 'mixed', data: { first: first.link.environment!.name, firstArch: first.arch!, other: other.link.environment!.name, otherArch: other.arch! }, path: other.link.path });
  },
});
