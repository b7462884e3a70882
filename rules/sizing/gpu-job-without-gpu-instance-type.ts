import { defineRule } from '../../src/engine/rule.js';
import { cachedPlacement, describePairing, violations } from '../../src/placement/paired-placements.js';
import { PLACEMENT_OPTIONS, placementOptionsFromRule } from '../../src/placement/placement-options.js';
import { schedulableGpus } from '../../src/placement/fit.js';

export default defineRule({
  id: 'gpu-job-without-gpu-instance-type',
  title: 'GPU job on a queue without NVIDIA GPU instance types',
  category: 'sizing',
  severity: 'error',
  description: 'A job asks for GPUs, but no enabled compute environment of its queue may launch an instance type with NVIDIA GPUs.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/gpu-jobs.html',
  docs: {
    rationale: 'A GPU resource requirement can only be met by an instance with that many GPUs, and Batch schedules only NVIDIA GPUs (AMD g4ad GPUs are not scheduled). optimal and default_x86_64/default_arm64 hold no GPU families. The job stays RUNNABLE (MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT).',
    fix: 'Submit GPU jobs to a queue whose compute environment lists GPU families only (p3, p4d, p5, g4dn, g5, g6...).',
    bad: 'jobDefinitions:\n  - jobDefinitionName: train\n    type: container\n    containerProperties:\n      image: my-image:1.0\n      resourceRequirements:\n        - { type: VCPU, value: "4" }\n        - { type: MEMORY, value: "15000" }\n        - { type: GPU, value: "1" }\ncomputeEnvironments:\n  - computeEnvironmentName: gpu\n    type: MANAGED\n    computeResources:\n      type: EC2\n      maxvCpus: 256\n      instanceTypes: [optimal]\n      subnets: [subnet-1]\njobQueues:\n  - jobQueueName: gpu\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: gpu }',
    good: 'jobDefinitions:\n  - jobDefinitionName: train\n    type: container\n    containerProperties:\n      image: my-image:1.0\n      resourceRequirements:\n        - { type: VCPU, value: "4" }\n        - { type: MEMORY, value: "15000" }\n        - { type: GPU, value: "1" }\ncomputeEnvironments:\n  - computeEnvironmentName: gpu\n    type: MANAGED\n    computeResources:\n      type: EC2\n      maxvCpus: 256\n      instanceTypes: [g5]\n      subnets: [subnet-1]\njobQueues:\n  - jobQueueName: gpu\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: gpu }',
  },
  appliesTo: ['jobDefinition'],
  options: PLACEMENT_OPTIONS,
  messages: {
    noGpu: '{{where}} asks for {{gpus}} GPU(s), but no enabled compute environment of {{pairing}} may launch an instance type with NVIDIA GPUs (they allow {{allowed}}): the job stays RUNNABLE.',
  },
  check(resource, context) {
    const options = placementOptionsFromRule(context.options);
    for (const { pairing, result } of violations(resource, context.model, (p) => {
      const placement = cachedPlacement(resource, p, context.model, options);
      const node = placement.requirements?.nodes.find((n) => (n.gpus?.value ?? 0) > 0);
      if (!node) return undefined;
      const open = placement.environments.filter((e) => e.status !== 'disabled' && e.status !== 'platform-mismatch');
      if (open.length === 0 || open.some((e) => e.status !== 'instances' || !e.expansion || e.expansion.unresolved.length > 0)) return undefined;
      if (open.some((e) => e.expansion!.types.some((t) => schedulableGpus(t) > 0))) return undefined;
      return { node, allowed: [...new Set(open.flatMap((e) => e.expansion!.entries.map((x) => x.entry)))].join(', ') };
    })) {
      context.report({ messageId: 'noGpu', data: { where: result.node.label, gpus: result.node.gpus!.value, pairing: describePairing(pairing), allowed: result.allowed }, path: result.node.gpus!.path });
    }
  },
});
