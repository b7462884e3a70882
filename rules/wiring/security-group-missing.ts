import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts, provisionedAs, saysManaged } from '../../src/model/facts/compute-environment-facts.js';
import { isWrittenFact, type Fact } from '../../src/model/facts/fact.js';

/** No security group for certain: the list is absent, or a known empty list. */
function certainlyNone(groups: Fact<readonly unknown[]>): boolean {
  return groups.certainty === 'absent' || (groups.certainty === 'known' && groups.value.length === 0);
}

export default defineRule({
  id: 'security-group-missing',
  title: 'Compute environment without a security group',
  category: 'wiring',
  severity: 'error',
  description: 'A managed compute environment has no security group: a Fargate one with no computeResources.securityGroupIds, or an EC2/Spot one with neither securityGroupIds nor a launch template (which may carry them).',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html',
  docs: {
    rationale: 'securityGroupIds: "One or more security groups must be specified, either in securityGroupIds or using a launch template referenced in launchTemplate. This parameter is required for jobs that are running on Fargate resources and must contain at least one security group. Fargate doesn\'t support launch templates." ([API:ComputeResource]). Without one Batch cannot create the environment. An EC2 environment with a launch template is not reported (the template may give the groups), nor is a list from a variable or a parameter.',
    fix: 'Add computeResources.securityGroupIds with at least one security group of the subnets\' VPC (up to 5 for Fargate), or, for EC2, a launch template whose network settings name them.',
    bad: 'computeEnvironmentName: etl-fargate\ntype: MANAGED\ncomputeResources:\n  type: FARGATE\n  maxvCpus: 64\n  subnets: [subnet-0a1b2c3d]',
    good: 'computeEnvironmentName: etl-fargate\ntype: MANAGED\ncomputeResources:\n  type: FARGATE\n  maxvCpus: 64\n  subnets: [subnet-0a1b2c3d]\n  securityGroupIds: [sg-0a1b2c3d]',
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    fargate: 'This Fargate compute environment has no securityGroupIds, which Fargate requires; add at least one security group.',
    ec2: 'This compute environment has no securityGroupIds and no launch template to give them; add at least one security group.',
  },
  check(resource, context) {
    const facts = computeEnvironmentFacts(resource);
    const resources = facts.resources;
    if (!saysManaged(facts) || !certainlyNone(resources.securityGroupIds)) return;
    const at = { path: facts.computeResources.path, key: true };
    if (provisionedAs(facts, 'FARGATE', 'FARGATE_SPOT')) context.report({ messageId: 'fargate', ...at });
    else if (provisionedAs(facts, 'EC2', 'SPOT') && !isWrittenFact(resources.launchTemplate)) context.report({ messageId: 'ec2', ...at });
  },
});
