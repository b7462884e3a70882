import { defineRule } from '../../src/engine/rule.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';

// Anything a number parser would read as a number (".5", "1e3", "+2"): only values that are plainly
// not numbers are reported, so an odd but accepted spelling never becomes a false alarm.
const NUMERIC = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const MIN_MEMORY_MIB = 4;

function shown(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
}

export default defineRule({
  id: 'invalid-resource-value',
  title: 'resourceRequirements value is not a valid number',
  category: 'sizing',
  severity: 'error',
  description: 'A VCPU, MEMORY or GPU value in resourceRequirements is not a number (units such as "4GB" or "2048Mi" included), or MEMORY is below the 4 MiB minimum.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ResourceRequirement.html',
  docs: {
    rationale: 'resourceRequirements values are strings holding a number: VCPU in vCPUs, MEMORY in MiB, GPU as a count. AWS: "You must specify at least 4 MiB of memory for a job." A value with a unit or a word in it is rejected at registration.',
    fix: 'Write the bare number as a string: MEMORY in MiB ("4096", not "4GB" or "4096Mi"), VCPU in vCPUs ("2"), GPU as a count ("1").',
    bad: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: my-image:1.0\n  resourceRequirements:\n    - type: VCPU\n      value: "2"\n    - type: MEMORY\n      value: "4GB"',
    good: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: my-image:1.0\n  resourceRequirements:\n    - type: VCPU\n      value: "2"\n    - type: MEMORY\n      value: "4096"',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    notNumber: 'The {{type}} value {{value}} of the {{where}} is not a number; write the bare number ({{unit}}) as a string.',
    memoryTooSmall: 'The MEMORY of the {{where}} is {{value}} MiB; AWS requires at least 4 MiB.',
  },
  check(resource, context) {
    for (const c of jobDefinitionFacts(resource).containers) {
      if (c.kind !== 'ecs') continue;
      for (const entry of c.requirements) {
        // Non-strings are schema-type's finding; unknown values are not strings either.
        const value = entry.value.certainty === 'known' ? entry.value.value : undefined;
        if (typeof value !== 'string') continue;
        const path = entry.value.path;
        if (!NUMERIC.test(value)) {
          const unit = entry.type === 'MEMORY' ? 'MiB, for example "4096"' : entry.type === 'VCPU' ? 'vCPUs, for example "2"' : 'a count, for example "1"';
          context.report({ messageId: 'notNumber', data: { type: entry.type, value: shown(value), where: c.label, unit }, path });
        } else if (entry.type === 'MEMORY' && Number(value) < MIN_MEMORY_MIB) {
          context.report({ messageId: 'memoryTooSmall', data: { where: c.label, value: Number(value) }, path });
        }
      }
    }
  },
});
