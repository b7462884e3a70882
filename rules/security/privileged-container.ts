import { defineRule } from '../../src/engine/rule.js';
import { certainly } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';

export default defineRule({
  id: 'privileged-container',
  title: 'Privileged container',
  category: 'security',
  severity: 'error',
  description: 'A container runs privileged, with root-like access to the host, wherever the job definition declares it (containerProperties, multinode ranges, ecsProperties, eksProperties).',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerProperties.html',
  docs: {
    rationale: 'AWS: "When this parameter is true, the container is given elevated permissions on the host container instance (similar to the root user)". A compromised or buggy job can then take over the instance and every other job on it. Fargate rejects privileged containers outright. Administrators can forbid it with the IAM condition key batch:Privileged.',
    fix: 'Remove `privileged` (it defaults to false), or grant the specific capability the job needs through linuxParameters.devices. Suppress with a reason where privileged mode is truly required.',
    bad: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36\n  privileged: true',
    good: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36\n  privileged: false',
    peers: ['checkov CKV_AWS_210', 'KICS Batch Job Definition With Privileged Container Properties', 'cfn_nag W34', 'Security Hub ECS.4'],
  },
  appliesTo: ['jobDefinition'],
  messages: {
    privileged: 'The {{where}} runs privileged (root-like access to the host); remove "privileged" or set it to false.',
    privilegedFargate: 'The {{where}} runs privileged, which Fargate rejects; remove "privileged" or set it to false.',
  },
  check(resource, context) {
    const facts = jobDefinitionFacts(resource);
    const fargate = facts.platform.capacity === 'fargate';
    for (const c of facts.containers) {
      // A value rule that fires on a parameter whose every allowed value is true: privileged either way.
      if (!certainly(c.privileged, (v) => v)) continue;
      context.report({ messageId: fargate ? 'privilegedFargate' : 'privileged', data: { where: c.label }, path: c.privileged.path });
    }
  },
});
