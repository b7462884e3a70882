import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts } from '../../src/model/facts/compute-environment-facts.js';
import { schedulableGpus } from '../../src/placement/fit.js';
import { jobsServedBy } from '../../src/placement/served-jobs.js';
import { describePairing } from '../../src/placement/paired-placements.js';

export default defineRule({
  id: 'non-gpu-job-on-gpu-environment',
  title: 'Jobs without GPUs on a GPU-only compute environment',
  category: 'cost',
  severity: 'warning',
  description: 'A compute environment that launches only GPU instance types serves job definitions that ask for no GPU: they pay GPU prices and can block GPU jobs.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/gpu-jobs.html',
  docs: {
    rationale: 'AWS: jobs that do not need GPUs can run on GPU instances, but they cost more and can take the capacity GPU jobs are waiting for. A GPU instance costs several times a CPU instance of the same size.',
    fix: 'Send CPU jobs to a queue with CPU families (c, m, r) and keep this environment for GPU jobs.',
    bad: 'jobDefinitions:\n  - jobDefinitionName: train\n    type: container\n    containerProperties:\n      image: my-image:1.0\n      resourceRequirements:\n        - { type: VCPU, value: "4" }\n        - { type: MEMORY, value: "15000" }\ncomputeEnvironments:\n  - computeEnvironmentName: gpu\n    type: MANAGED\n    computeResources:\n      type: EC2\n      maxvCpus: 256\n      instanceTypes: [g5, p4d]\n      subnets: [subnet-1]\njobQueues:\n  - jobQueueName: gpu\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: gpu }',
    good: 'jobDefinitions:\n  - jobDefinitionName: train\n    type: container\n    containerProperties:\n      image: my-image:1.0\n      resourceRequirements:\n        - { type: VCPU, value: "4" }\n        - { type: MEMORY, value: "15000" }\ncomputeEnvironments:\n  - computeEnvironmentName: gpu\n    type: MANAGED\n    computeResources:\n      type: EC2\n      maxvCpus: 256\n      instanceTypes: [g5, c5]\n      subnets: [subnet-1]\njobQueues:\n  - jobQueueName: gpu\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: gpu }',
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    cpuJob: 'This environment launches only GPU instance types ({{entries}}), but it serves {{job}}, which asks for no GPU [pairing: {{pairing}}]: the job pays GPU prices and takes GPU capacity. Run it on a CPU queue.',
  },
  check(resource, context) {
    const expansion = context.instanceTypes(resource);
    if (!expansion || expansion.unresolved.length > 0 || expansion.types.length === 0) return;
    if (!expansion.types.every((t) => schedulableGpus(t) > 0)) return;
    const cpuJob = jobsServedBy(resource, context.model).find((s) => !s.gpu && s.requirements && s.requirements.nodes.every((n) => n.complete));
    if (!cpuJob) return;
    context.report({ messageId: 'cpuJob', data: { entries: expansion.entries.map((e) => e.entry).join(', '), job: cpuJob.pairing.jobDefinition.name, pairing: describePairing(cpuJob.pairing) }, path: computeEnvironmentFacts(resource).resources.instanceTypes.path });
  },
});
