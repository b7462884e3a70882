import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts } from '../../src/model/facts/compute-environment-facts.js';
import { known, type Fact } from '../../src/model/facts/fact.js';

// cfn-lint's role ARN pattern (E3511), which follows IAM's identifier format.
const ROLE_ARN = /^arn:aws[a-zA-Z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

export default defineRule({
  id: 'role-not-arn',
  title: 'Role given by name instead of ARN',
  category: 'security',
  severity: 'warning',
  description: 'A compute environment\'s serviceRole or computeResources.spotIamFleetRole is not an IAM role ARN (a bare role name, or the ARN of something else).',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_CreateComputeEnvironment.html',
  docs: {
    rationale: 'AWS Batch, serviceRole: "When you only specify the name of the service role, Batch assumes that your ARN doesn\'t use the service-role path prefix. Because of this, we recommend that you specify the full ARN of your service role." A role created under a path (service-role/) and given by name leaves the environment INVALID ("CLIENT_ERROR - Not authorized to perform sts:AssumeRole"); spotIamFleetRole is documented as the role\'s ARN, and a wrong value gives "SpotFleetRequestConfig.IamFleetRole is invalid". CloudFormation\'s linter rejects both (cfn-lint E3511).',
    fix: 'Give the full role ARN, for example `arn:aws:iam::123456789012:role/service-role/AWSBatchServiceRole`, or leave `serviceRole` out to use the AWSServiceRoleForBatch service-linked role (needed for infrastructure updates).',
    bad: 'computeEnvironmentName: etl\ntype: MANAGED\nserviceRole: AWSBatchServiceRole\ncomputeResources:\n  type: SPOT\n  maxvCpus: 64\n  subnets: [subnet-0a1b2c3d]\n  spotIamFleetRole: AmazonEC2SpotFleetTaggingRole',
    good: 'computeEnvironmentName: etl\ntype: MANAGED\nserviceRole: arn:aws:iam::123456789012:role/service-role/AWSBatchServiceRole\ncomputeResources:\n  type: SPOT\n  maxvCpus: 64\n  subnets: [subnet-0a1b2c3d]\n  spotIamFleetRole: arn:aws:iam::123456789012:role/AmazonEC2SpotFleetTaggingRole',
    peers: ['cfn-lint E3511'],
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    name: '{{field}} is a role name, not a role ARN; give the full ARN (arn:aws:iam::<account>:role/<path><name>), as a name is assumed to have the path "/".',
    notRole: '{{field}} is not an IAM role ARN (arn:aws:iam::<account>:role/<name>); give the ARN of the role.',
  },
  check(resource, context) {
    // A value rule: known text only (an ARN with a placeholder or a parameter is never malformed here).
    const check = (fact: Fact<string>, label: string): void => {
      const text = known(fact)?.trim();
      if (text === undefined || text === '' || ROLE_ARN.test(text)) return;
      context.report({ messageId: text.startsWith('arn:') ? 'notRole' : 'name', data: { field: label }, path: fact.path });
    };
    const facts = computeEnvironmentFacts(resource);
    check(facts.serviceRole, 'serviceRole');
    check(facts.resources.spotIamFleetRole, 'computeResources.spotIamFleetRole');
  },
});
