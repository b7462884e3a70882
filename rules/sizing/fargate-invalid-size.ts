import { defineRule } from '../../src/engine/rule.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';
import { requirementNumber } from '../../src/model/facts/container-facts.js';
import { FARGATE_MEMORY_BY_VCPU } from '../../src/model/fargate-sizes.js';

const VCPUS = [...FARGATE_MEMORY_BY_VCPU.keys()].join(', ');

/** "2048, 3072, 4096" or "8192 to 30720 in steps of 1024" for long evenly spaced lists. */
function describeMemory(values: readonly number[]): string {
  const step = values.length > 4 ? values[1]! - values[0]! : 0;
  const even = step > 0 && values.every((v, i) => i === 0 || v - values[i - 1]! === step);
  return even ? `${values[0]} to ${values[values.length - 1]} in steps of ${step}` : values.join(', ');
}

export default defineRule({
  id: 'fargate-invalid-size',
  title: 'Not a valid Fargate vCPU / memory combination',
  category: 'sizing',
  severity: 'error',
  description: 'A Fargate job asks for a VCPU value Fargate does not offer, or a MEMORY value that is not valid with its VCPU.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ResourceRequirement.html',
  docs: {
    rationale: 'AWS: for jobs on Fargate, VCPU "must match one of the supported values and the MEMORY values must be one of the values supported for that VCPU value" (0.25 vCPU: 512-2048 MiB; 1 vCPU: 2048-8192 MiB; 4 vCPU: 8192-30720 MiB in steps of 1024; ... 16 vCPU: 32768-122880 MiB in steps of 8192). The 32 vCPU sizes (61440, 122880, 249856 MiB) are in the newer User Guide and the ECS guide and are accepted here. The table lives in src/model/fargate-sizes.ts, generated from the AWS text. Multi-container (ecsProperties) jobs are not checked: how their per-container values add up to a task size is not documented.',
    fix: 'Pick a supported pair, for example VCPU "1" with MEMORY "2048" to "8192", or VCPU "2" with MEMORY "4096" to "16384" in steps of 1024.',
    bad: 'jobDefinitionName: etl\ntype: container\nplatformCapabilities: [FARGATE]\ncontainerProperties:\n  image: my-image:1.0\n  executionRoleArn: arn:aws:iam::123456789012:role/exec\n  resourceRequirements:\n    - type: VCPU\n      value: "1"\n    - type: MEMORY\n      value: "1000"',
    good: 'jobDefinitionName: etl\ntype: container\nplatformCapabilities: [FARGATE]\ncontainerProperties:\n  image: my-image:1.0\n  executionRoleArn: arn:aws:iam::123456789012:role/exec\n  resourceRequirements:\n    - type: VCPU\n      value: "1"\n    - type: MEMORY\n      value: "2048"',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    vcpu: 'VCPU {{vcpu}} is not a Fargate size; use one of {{allowed}}.',
    memory: 'MEMORY {{memory}} MiB is not valid with {{vcpu}} vCPU on Fargate; use {{allowed}} MiB.',
  },
  check(resource, context) {
    const facts = jobDefinitionFacts(resource);
    if (facts.platform.kind !== 'fargate') return;
    const container = facts.containers.find((c) => c.path.length === 1 && c.path[0] === 'containerProperties');
    if (!container) return;
    const vcpu = requirementNumber(container, 'VCPU');
    if (!vcpu) return;
    const memories = FARGATE_MEMORY_BY_VCPU.get(vcpu.value);
    if (!memories) {
      context.report({ messageId: 'vcpu', data: { vcpu: vcpu.value, allowed: VCPUS }, path: vcpu.path });
      return;
    }
    const memory = requirementNumber(container, 'MEMORY');
    if (memory && !memories.includes(memory.value)) {
      context.report({ messageId: 'memory', data: { memory: memory.value, vcpu: vcpu.value, allowed: describeMemory(memories) }, path: memory.path });
    }
  },
});
