import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts } from '../../src/model/facts/compute-environment-facts.js';
import { isWrittenFact } from '../../src/model/facts/fact.js';
import { schedulableGpus } from '../../src/placement/fit.js';
import { jobsServedBy } from '../../src/placement/served-jobs.js';

export default defineRule({
  id: 'gpu-image-type-not-nvidia',
  title: 'Only non-NVIDIA image types for an environment serving GPU jobs',
  category: 'sizing',
  severity: 'note',
  description: 'A compute environment with GPU instance types that serves GPU jobs sets ec2Configuration with only non-NVIDIA image types (ECS_AL2023, EKS_AL2023...) and no custom AMI.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_Ec2Configuration.html',
  docs: {
    rationale: 'GPU jobs need the NVIDIA driver, which the *_NVIDIA AMIs carry (ECS_AL2023_NVIDIA is the default for GPU families). When ec2Configuration is omitted Batch picks the GPU AMI itself; what happens when it is given with only a non-NVIDIA image type is not documented (hence a note). Up to two ec2Configuration entries are allowed, one for GPU families.',
    fix: 'Add an ec2Configuration entry with imageType ECS_AL2023_NVIDIA (or EKS_AL2023_NVIDIA), or remove ec2Configuration to let Batch choose.',
    bad: 'jobDefinitions:\n  - jobDefinitionName: train\n    type: container\n    containerProperties:\n      image: my-image:1.0\n      resourceRequirements:\n        - { type: VCPU, value: "4" }\n        - { type: MEMORY, value: "15000" }\n        - { type: GPU, value: "1" }\ncomputeEnvironments:\n  - computeEnvironmentName: gpu\n    type: MANAGED\n    computeResources:\n      type: EC2\n      maxvCpus: 256\n      instanceTypes: [g5]\n      subnets: [subnet-1]\n      ec2Configuration:\n        - imageType: ECS_AL2023\njobQueues:\n  - jobQueueName: gpu\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: gpu }',
    good: 'jobDefinitions:\n  - jobDefinitionName: train\n    type: container\n    containerProperties:\n      image: my-image:1.0\n      resourceRequirements:\n        - { type: VCPU, value: "4" }\n        - { type: MEMORY, value: "15000" }\n        - { type: GPU, value: "1" }\ncomputeEnvironments:\n  - computeEnvironmentName: gpu\n    type: MANAGED\n    computeResources:\n      type: EC2\n      maxvCpus: 256\n      instanceTypes: [g5]\n      subnets: [subnet-1]\n      ec2Configuration:\n        - imageType: ECS_AL2023\n        - imageType: ECS_AL2023_NVIDIA\njobQueues:\n  - jobQueueName: gpu\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: gpu }',
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    noNvidia: 'ec2Configuration has only {{types}} while this environment launches GPU types for the GPU job {{job}}: add an entry with imageType {{suggest}}, or no GPU driver may be present.',
  },
  check(resource, context) {
    const cr = computeEnvironmentFacts(resource).resources;
    // A custom AMI (launch template, imageId, imageIdOverride) may carry the driver itself.
    if (isWrittenFact(cr.launchTemplate) || isWrittenFact(cr.imageId)) return;
    const configs = cr.ec2Configuration;
    if (configs.certainty !== 'known' || configs.value.length === 0) return;
    const types: string[] = [];
    for (const c of configs.value) {
      if (c.imageType.certainty !== 'known' || isWrittenFact(c.imageIdOverride)) return;
      types.push(c.imageType.value);
    }
    if (types.some((t) => t.toUpperCase().includes('NVIDIA'))) return;
    const gpuJob = jobsServedBy(resource, context.model).find((s) => s.gpu);
    if (!gpuJob) return;
    const expansion = context.instanceTypes(resource);
    if (!expansion?.types.some((t) => schedulableGpus(t) > 0)) return;
    const suggest = types.some((t) => t.toUpperCase().startsWith('EKS')) ? 'EKS_AL2023_NVIDIA' : 'ECS_AL2023_NVIDIA';
    context.report({ messageId: 'noNvidia', data: { types: types.join(', '), job: gpuJob.pairing.jobDefinition.name, suggest }, path: configs.path });
  },
});
