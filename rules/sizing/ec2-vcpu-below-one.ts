import { defineRule } from '../../src/engine/rule.js';
import { known } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';
import { requirementNumber } from '../../src/model/facts/container-facts.js';

export default defineRule({
  id: 'ec2-vcpu-below-one',
  title: 'Less than 1 vCPU on EC2',
  category: 'sizing',
  severity: 'error',
  description: 'A job that runs on EC2 asks for less than one vCPU (VCPU below 1, or a legacy vcpus below 1).',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ResourceRequirement.html',
  docs: {
    rationale: 'AWS: "For Amazon EC2 resources, you must specify at least one vCPU." Fractions of a vCPU (0.25, 0.5) are Fargate sizes. Values of 1 or more with a fraction (1.5) are not reported: whether EC2 accepts them is not documented.',
    fix: 'Ask for at least 1 vCPU, or run the job on Fargate (platformCapabilities: [FARGATE]) if a fraction of a vCPU is what it needs.',
    bad: 'jobDefinitionName: etl\ntype: container\nplatformCapabilities: [EC2]\ncontainerProperties:\n  image: my-image:1.0\n  resourceRequirements:\n    - type: VCPU\n      value: "0.5"\n    - type: MEMORY\n      value: "1024"',
    good: 'jobDefinitionName: etl\ntype: container\nplatformCapabilities: [EC2]\ncontainerProperties:\n  image: my-image:1.0\n  resourceRequirements:\n    - type: VCPU\n      value: "1"\n    - type: MEMORY\n      value: "1024"',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    belowOne: 'The {{where}} asks for {{value}} vCPU, but jobs on EC2 need at least 1; ask for 1 or more, or run it on Fargate.',
  },
  check(resource, context) {
    const facts = jobDefinitionFacts(resource);
    if (facts.platform.kind !== 'ec2') return;
    for (const c of facts.containers) {
      // ecsProperties containers split the task's vCPUs between them (where per-container VCPU is
      // allowed at all, which the API text and the console guide disagree on): only whole-job values.
      if (c.shape !== 'containerProperties') continue;
      const vcpu = requirementNumber(c, 'VCPU');
      if (vcpu && vcpu.value < 1) {
        context.report({ messageId: 'belowOne', data: { where: c.label, value: vcpu.value }, path: vcpu.path });
        continue;
      }
      const legacy = known(c.legacyVcpus);
      if (!vcpu && legacy !== undefined && legacy < 1) {
        context.report({ messageId: 'belowOne', data: { where: c.label, value: legacy }, path: c.legacyVcpus.path });
      }
    }
  },
});
