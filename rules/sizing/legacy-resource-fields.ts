import { defineRule } from '../../src/engine/rule.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';

export default defineRule({
  id: 'legacy-resource-fields',
  title: 'Deprecated vcpus / memory fields',
  category: 'sizing',
  severity: 'warning',
  description: 'A container sizes itself with the deprecated vcpus / memory fields instead of resourceRequirements.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerProperties.html',
  docs: {
    rationale: 'AWS deprecated containerProperties.vcpus and .memory in favour of resourceRequirements. On Fargate they are not allowed at all, which fargate-unsupported-field reports as an error (this rule then stays silent). A SubmitJob override through the legacy keys does not override values the job definition sets in resourceRequirements ("This value was submitted in a deprecated key and may conflict...").',
    fix: 'Move the values into resourceRequirements as {type: VCPU, value: "N"} and {type: MEMORY, value: "MiB"}.',
    bad: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: my-image:1.0\n  vcpus: 2\n  memory: 4096',
    good: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: my-image:1.0\n  resourceRequirements:\n    - type: VCPU\n      value: "2"\n    - type: MEMORY\n      value: "4096"',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    legacy: 'The {{where}} sets the deprecated "{{field}}"; use resourceRequirements with type {{type}} instead.',
  },
  check(resource, context) {
    const facts = jobDefinitionFacts(resource);
    if (facts.platform.kind === 'fargate') return;
    for (const c of facts.containers) {
      if (c.kind !== 'ecs') continue;
      for (const [name, type, fact] of [['vcpus', 'VCPU', c.legacyVcpus], ['memory', 'MEMORY', c.legacyMemory]] as const) {
        if (fact.certainty !== 'absent') context.report({ messageId: 'legacy', data: { where: c.label, field: name, type }, path: fact.path, key: true });
      }
    }
  },
});
