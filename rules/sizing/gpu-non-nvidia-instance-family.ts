import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts } from '../../src/model/facts/compute-environment-facts.js';
import { jobsServedBy } from '../../src/placement/served-jobs.js';
import { describePairing } from '../../src/placement/paired-placements.js';

export default defineRule({
  id: 'gpu-non-nvidia-instance-family',
  title: 'Non-NVIDIA GPU family in an environment serving GPU jobs',
  category: 'sizing',
  severity: 'warning',
  description: 'A compute environment that serves GPU jobs lists a family whose GPUs Batch does not schedule (AMD g4ad, Habana dl1).',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/gpu-jobs.html',
  docs: {
    rationale: 'AWS Batch schedules only NVIDIA GPUs: "G4ad instance family isn\'t supported" for GPU scheduling. GPU jobs cannot use those instances, which Batch may still launch.',
    fix: 'Replace the family with an NVIDIA GPU family (g4dn, g5, g6, p4d, p5...).',
    bad: 'jobDefinitions:\n  - jobDefinitionName: train\n    type: container\n    containerProperties:\n      image: my-image:1.0\n      resourceRequirements:\n        - { type: VCPU, value: "4" }\n        - { type: MEMORY, value: "15000" }\n        - { type: GPU, value: "1" }\ncomputeEnvironments:\n  - computeEnvironmentName: gpu\n    type: MANAGED\n    computeResources:\n      type: EC2\n      maxvCpus: 256\n      instanceTypes: [g4dn, g4ad]\n      subnets: [subnet-1]\njobQueues:\n  - jobQueueName: gpu\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: gpu }',
    good: 'jobDefinitions:\n  - jobDefinitionName: train\n    type: container\n    containerProperties:\n      image: my-image:1.0\n      resourceRequirements:\n        - { type: VCPU, value: "4" }\n        - { type: MEMORY, value: "15000" }\n        - { type: GPU, value: "1" }\ncomputeEnvironments:\n  - computeEnvironmentName: gpu\n    type: MANAGED\n    computeResources:\n      type: EC2\n      maxvCpus: 256\n      instanceTypes: [g4dn, g5]\n      subnets: [subnet-1]\njobQueues:\n  - jobQueueName: gpu\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: gpu }',
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    notNvidia: 'instanceTypes lists {{entry}} ({{vendor}} GPUs), which Batch does not schedule for GPU jobs; this environment serves the GPU job {{job}} [pairing: {{pairing}}]. Use an NVIDIA GPU family.',
  },
  check(resource, context) {
    const gpuJob = jobsServedBy(resource, context.model).find((s) => s.gpu);
    if (!gpuJob) return;
    const expansion = context.instanceTypes(resource);
    for (const entry of expansion?.entries ?? []) {
      const other = entry.types.find((t) => t.gpu && t.gpu.vendor !== 'nvidia');
      if (!other || entry.index === undefined) continue;
      context.report({ messageId: 'notNvidia', data: { entry: entry.entry, vendor: other.gpu!.vendor.toUpperCase(), job: gpuJob.pairing.jobDefinition.name, pairing: describePairing(gpuJob.pairing) }, path: [...computeEnvironmentFacts(resource).resources.instanceTypes.path, entry.index] });
    }
  },
});
