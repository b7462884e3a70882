import { defineRule } from '../../src/engine/rule.js';
import { known } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';
import { eksCpu, eksGpuCount, eksMemoryMiB } from './reading/eks-quantities.js';

function shown(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
}

export default defineRule({
  id: 'eks-resource-format',
  title: 'EKS resource quantity AWS Batch does not accept',
  category: 'sizing',
  severity: 'error',
  description: 'An EKS container\'s resources.limits or requests gives memory other than whole MiB with "Mi", cpu that is not a multiple of 0.25 (millicores included), or a GPU count that is not a whole number.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_EksContainerResourceRequirements.html',
  docs: {
    rationale: 'AWS Batch accepts only part of the Kubernetes quantity syntax. memory: "The memory hard limit (in MiB) for the container, using whole integers, with a "Mi" suffix... You must specify at least 4 MiB"; so "2Gi", "2048" and "2048M" are rejected. cpu: "Values must be an even multiple of 0.25", so millicores such as "100m" and values such as "0.3" are rejected. nvidia.com/gpu: "Values must be a whole integer."',
    fix: 'Write memory as whole MiB with the Mi suffix ("2048Mi"), cpu as a multiple of 0.25 ("0.25", "1", "2.5"), and nvidia.com/gpu as a whole number ("1").',
    bad: 'jobDefinitionName: etl\ntype: container\neksProperties:\n  podProperties:\n    containers:\n      - image: my-image:1.0\n        resources:\n          requests:\n            cpu: 500m\n            memory: 2Gi',
    good: 'jobDefinitionName: etl\ntype: container\neksProperties:\n  podProperties:\n    containers:\n      - image: my-image:1.0\n        resources:\n          requests:\n            cpu: "0.5"\n            memory: 2048Mi',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    memory: 'memory {{value}} in the {{where}} is not whole MiB with the "Mi" suffix; write it as for example "2048Mi" (2 GiB).',
    memoryTooSmall: 'memory in the {{where}} is {{value}} MiB; AWS requires at least 4Mi.',
    cpu: 'cpu {{value}} in the {{where}} is not a positive multiple of 0.25 vCPU (millicores such as "100m" are not accepted); write for example "0.25", "1" or "2.5".',
    gpu: 'nvidia.com/gpu {{value}} in the {{where}} is not a whole number of GPUs; write for example "1".',
  },
  check(resource, context) {
    for (const c of jobDefinitionFacts(resource).containers) {
      for (const { side, key, value } of c.eksResources) {
        // Non-strings are schema-type's finding; unknown values cannot be judged.
        const text = known(value);
        if (text === undefined) continue;
        const path = value.path;
        const where = `${side} of the ${c.label}`;
        if (key === 'memory') {
          const mib = eksMemoryMiB(text);
          if (mib === undefined) context.report({ messageId: 'memory', data: { value: shown(text), where }, path });
          else if (mib < 4) context.report({ messageId: 'memoryTooSmall', data: { value: mib, where }, path });
        } else if (key === 'cpu') {
          const cpu = eksCpu(text);
          if (cpu === undefined || cpu < 0.25 || !Number.isInteger(cpu * 4)) context.report({ messageId: 'cpu', data: { value: shown(text), where }, path });
        } else if (eksGpuCount(text) === undefined) {
          context.report({ messageId: 'gpu', data: { value: shown(text), where }, path });
        }
      }
    }
  },
});
