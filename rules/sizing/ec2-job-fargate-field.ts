import { defineRule } from '../../src/engine/rule.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';

export default defineRule({
  id: 'ec2-job-fargate-field',
  title: 'Fargate-only setting on an EC2 job',
  category: 'sizing',
  severity: 'error',
  description: 'A job that runs on EC2 (platformCapabilities EC2, or not set) sets networkConfiguration or fargatePlatformConfiguration, which are for Fargate jobs only.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerProperties.html',
  docs: {
    rationale: 'AWS, for both networkConfiguration and fargatePlatformConfiguration: "Jobs that are running on Amazon EC2 resources must not specify this parameter." platformCapabilities defaults to EC2, so a job meant for Fargate that forgets platformCapabilities: [FARGATE] lands here too.',
    fix: 'Add platformCapabilities: [FARGATE] if the job is meant for Fargate; otherwise remove the Fargate-only settings.',
    bad: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: my-image:1.0\n  networkConfiguration:\n    assignPublicIp: ENABLED\n  resourceRequirements:\n    - type: VCPU\n      value: "1"\n    - type: MEMORY\n      value: "2048"',
    good: 'jobDefinitionName: etl\ntype: container\nplatformCapabilities: [FARGATE]\ncontainerProperties:\n  image: my-image:1.0\n  executionRoleArn: arn:aws:iam::123456789012:role/exec\n  networkConfiguration:\n    assignPublicIp: ENABLED\n  resourceRequirements:\n    - type: VCPU\n      value: "1"\n    - type: MEMORY\n      value: "2048"',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    fargateOnly: 'The {{where}} sets "{{field}}", which only Fargate jobs may set, but this job runs on EC2; add platformCapabilities: [FARGATE] or remove "{{field}}".',
  },
  check(resource, context) {
    const facts = jobDefinitionFacts(resource);
    if (facts.platform.kind !== 'ec2') return;
    for (const c of facts.containers) {
      // The ContainerProperties shape only: ecsProperties tasks carry their own networkConfiguration.
      if (c.shape !== 'containerProperties') continue;
      for (const [name, fact] of [['networkConfiguration', c.networkConfiguration], ['fargatePlatformConfiguration', c.fargatePlatformConfiguration]] as const) {
        if (fact.certainty !== 'absent') context.report({ messageId: 'fargateOnly', data: { where: c.label, field: name }, path: fact.path, key: true });
      }
    }
  },
});
