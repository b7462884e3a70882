import { defineRule } from '../../src/engine/rule.js';
import { cachedPlacement, describePairing, violations } from '../../src/placement/paired-placements.js';
import { PLACEMENT_OPTIONS, placementOptionsFromRule } from '../../src/placement/placement-options.js';
import type { NodeRequirement } from '../../src/model/facts/job-size-facts.js';

export default defineRule({
  id: 'multinode-instance-type-not-launchable',
  title: 'Multinode instanceType the queue\'s environments cannot launch',
  category: 'sizing',
  severity: 'error',
  description: 'A node range of a multinode job names an instance type that no enabled compute environment of its queue may launch.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/multi-node-parallel-jobs.html',
  docs: {
    rationale: 'AWS: if a node group names an instance type, the compute environment must be able to launch that type; otherwise the job stays RUNNABLE. Families expand to their non-metal sizes and optimal/default_* to their families (docs/placement.md).',
    fix: 'Add the type (or its family) to the instanceTypes of a compute environment of the queue, or name a type the environment already allows.',
    bad: 'jobDefinitions:\n  - jobDefinitionName: mpi\n    type: multinode\n    nodeProperties:\n      numNodes: 2\n      mainNode: 0\n      nodeRangeProperties:\n        - targetNodes: "0:"\n          container:\n            image: my-image:1.0\n            instanceType: c5.4xlarge\n            resourceRequirements:\n              - { type: VCPU, value: "16" }\n              - { type: MEMORY, value: "16384" }\ncomputeEnvironments:\n  - computeEnvironmentName: hpc\n    type: MANAGED\n    computeResources: { type: EC2, maxvCpus: 256, instanceTypes: [m5], subnets: [subnet-1] }\njobQueues:\n  - jobQueueName: hpc\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: hpc }',
    good: 'jobDefinitions:\n  - jobDefinitionName: mpi\n    type: multinode\n    nodeProperties:\n      numNodes: 2\n      mainNode: 0\n      nodeRangeProperties:\n        - targetNodes: "0:"\n          container:\n            image: my-image:1.0\n            instanceType: c5.4xlarge\n            resourceRequirements:\n              - { type: VCPU, value: "16" }\n              - { type: MEMORY, value: "16384" }\ncomputeEnvironments:\n  - computeEnvironmentName: hpc\n    type: MANAGED\n    computeResources: { type: EC2, maxvCpus: 256, instanceTypes: [c5], subnets: [subnet-1] }\njobQueues:\n  - jobQueueName: hpc\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: hpc }',
  },
  appliesTo: ['jobDefinition'],
  options: PLACEMENT_OPTIONS,
  messages: {
    notLaunchable: '{{where}} asks for instance type {{type}}, which no enabled compute environment of {{pairing}} may launch (they allow {{allowed}}): the job stays RUNNABLE.',
  },
  check(resource, context) {
    const options = placementOptionsFromRule(context.options);
    for (const { pairing, result } of violations(resource, context.model, (p) => {
      const placement = cachedPlacement(resource, p, context.model, options);
      if (!placement.requirements?.multinode) return undefined;
      const open = placement.environments.filter((e) => e.status !== 'disabled' && e.status !== 'platform-mismatch');
      if (open.length === 0 || open.some((e) => e.status !== 'instances' || !e.expansion || e.expansion.unresolved.length > 0)) return undefined;
      const nodes = placement.requirements.nodes.filter((n) => n.instanceType && open.every((e) => e.nodes.some((np) => np.node === n && np.instanceTypeNotLaunchable)));
      if (nodes.length === 0) return undefined;
      const allowed = open.flatMap((e) => e.expansion!.entries.map((x) => x.entry));
      return { nodes, allowed: [...new Set(allowed)].join(', ') };
    })) {
      for (const node of result.nodes as NodeRequirement[]) {
        context.report({ messageId: 'notLaunchable', data: { where: node.label, type: node.instanceType!.value, pairing: describePairing(pairing), allowed: result.allowed }, path: node.instanceType!.path });
      }
    }
  },
});
