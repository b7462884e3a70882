import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts } from '../../src/model/facts/compute-environment-facts.js';
import { schedulableGpus } from '../../src/placement/fit.js';
import { jobsServedBy } from '../../src/placement/served-jobs.js';
import { describePairing } from '../../src/placement/paired-placements.js';

export default defineRule({
  id: 'gpu-mixed-instance-families',
  title: 'GPU and non-GPU families mixed in an environment serving GPU jobs',
  category: 'sizing',
  severity: 'warning',
  description: 'A compute environment that serves GPU jobs lists both GPU families and families (or optimal/default_*) without NVIDIA GPUs.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/gpu-jobs.html',
  docs: {
    rationale: 'AWS: "All instance types in a compute environment that run GPU jobs must be from the p3, p4, p5, p6, g3, g3s, g4, g5, or g6 instance families. If this isn\'t done a GPU job might get stuck in the RUNNABLE status."',
    fix: 'Keep GPU families in their own compute environment (and queue); run CPU jobs elsewhere.',
    bad: 'jobDefinitions:\n  - jobDefinitionName: train\n    type: container\n    containerProperties:\n      image: my-image:1.0\n      resourceRequirements:\n        - { type: VCPU, value: "4" }\n        - { type: MEMORY, value: "15000" }\n        - { type: GPU, value: "1" }\ncomputeEnvironments:\n  - computeEnvironmentName: gpu\n    type: MANAGED\n    computeResources:\n      type: EC2\n      maxvCpus: 256\n      instanceTypes: [g5, c5]\n      subnets: [subnet-1]\njobQueues:\n  - jobQueueName: gpu\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: gpu }',
    good: 'jobDefinitions:\n  - jobDefinitionName: train\n    type: container\n    containerProperties:\n      image: my-image:1.0\n      resourceRequirements:\n        - { type: VCPU, value: "4" }\n        - { type: MEMORY, value: "15000" }\n        - { type: GPU, value: "1" }\ncomputeEnvironments:\n  - computeEnvironmentName: gpu\n    type: MANAGED\n    computeResources:\n      type: EC2\n      maxvCpus: 256\n      instanceTypes: [g5, p4d]\n      subnets: [subnet-1]\njobQueues:\n  - jobQueueName: gpu\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: gpu }',
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    mixed: 'instanceTypes mixes GPU families with {{entry}}, which has no NVIDIA GPUs, in an environment serving the GPU job {{job}} [pairing: {{pairing}}]: GPU jobs may get stuck in RUNNABLE. Keep GPU families in their own environment.',
  },
  check(resource, context) {
    const gpuJob = jobsServedBy(resource, context.model).find((s) => s.gpu);
    if (!gpuJob) return;
    const expansion = context.instanceTypes(resource);
    if (!expansion || !expansion.types.some((t) => schedulableGpus(t) > 0)) return;
    for (const entry of expansion.entries) {
      if (entry.index === undefined || entry.types.length === 0) continue;
      if (entry.types.every((t) => !t.gpu)) {
        context.report({ messageId: 'mixed', data: { entry: entry.entry, job: gpuJob.pairing.jobDefinition.name, pairing: describePairing(gpuJob.pairing) }, path: [...computeEnvironmentFacts(resource).resources.instanceTypes.path, entry.index] });
      }
    }
  },
});
