import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts, provisionedAs, saysManaged } from '../../src/model/facts/compute-environment-facts.js';
import { isAbsentFact, known } from '../../src/model/facts/fact.js';

export default defineRule({
  id: 'instance-role-missing',
  title: 'EC2 compute environment without an instance role',
  category: 'wiring',
  severity: 'error',
  description: 'A managed EC2 or Spot compute environment (ECS or EKS) has no computeResources.instanceRole, the instance profile its instances run with.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/instance_IAM_role.html',
  docs: {
    rationale: 'instanceRole "is required for Amazon EC2 instance types" ([API:ComputeResource]). The ECS agent (or the kubelet on EKS) on each instance calls AWS with that instance profile: "You must create an IAM role and an instance profile for the container instances to use when they\'re launched. Otherwise, you can\'t create a compute environment and launch container instances into it" ([UG:instance_IAM_role]). A launch template cannot stand in for it: Batch ignores the instance role of a launch template ([UG:launch-templates]). Only an absent value is reported; one from a variable or a parameter is taken as given.',
    fix: 'Set computeResources.instanceRole to an instance profile holding a role with the AmazonEC2ContainerServiceforEC2Role managed policy (ECS), for example `ecsInstanceRole` or `arn:aws:iam::123456789012:instance-profile/ecsInstanceRole`.',
    bad: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 64\n  instanceTypes: [m6i]\n  subnets: [subnet-0a1b2c3d]\n  securityGroupIds: [sg-0a1b2c3d]',
    good: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 64\n  instanceTypes: [m6i]\n  subnets: [subnet-0a1b2c3d]\n  securityGroupIds: [sg-0a1b2c3d]\n  instanceRole: arn:aws:iam::123456789012:instance-profile/ecsInstanceRole',
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    missing: 'This {{provisioning}} compute environment has no instanceRole: Batch cannot create it or launch instances without an instance profile; set computeResources.instanceRole (for example ecsInstanceRole).',
  },
  check(resource, context) {
    const facts = computeEnvironmentFacts(resource);
    if (!saysManaged(facts) || !provisionedAs(facts, 'EC2', 'SPOT') || !isAbsentFact(facts.resources.instanceRole)) return;
    context.report({ messageId: 'missing', data: { provisioning: known(facts.resources.provisioning) ?? 'EC2' }, path: facts.computeResources.path, key: true });
  },
});
