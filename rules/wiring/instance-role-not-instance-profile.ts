import { defineRule } from '../../src/engine/rule.js';
import { environmentPlatformOf } from '../../src/graph/platform.js';
import { computeEnvironmentFacts } from '../../src/model/facts/compute-environment-facts.js';
import { stringPieces } from '../../src/model/facts/fact.js';

// An IAM ARN whose resource is a role (`arn:<partition>:iam::<account>:role/<path><name>`). The known
// pieces are matched with a placeholder where the deploy decides (the partition, the account): the
// literal `:iam::` and `:role/` around them are what tell a role from an instance profile.
const ROLE_ARN_START = /^arn:[^:]*:iam::[^:]*:role\//;
const UNKNOWN = '\u0000';

export default defineRule({
  id: 'instance-role-not-instance-profile',
  title: 'Instance role given as an IAM role ARN',
  category: 'wiring',
  severity: 'error',
  description: 'A compute environment\'s computeResources.instanceRole is the ARN of an IAM role (arn:...:role/...), where Batch needs an instance profile (arn:...:instance-profile/... or its name); also when the ARN comes from a CloudFormation GetAtt of an AWS::IAM::Role or a Terraform aws_iam_role.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html',
  docs: {
    rationale: 'instanceRole is "The Amazon ECS instance profile applied to Amazon EC2 instances in a compute environment. You can specify the short name or full Amazon Resource Name (ARN) of an instance profile" ([API:ComputeResource]). A role ARN is not an instance profile: the environment goes INVALID with "CLIENT_ERROR - Invalid IamInstanceProfile" and launches nothing, a mistake seen in public templates (Netflix metaflow-tools issue 9, aws-cdk issue 6495). A role and its instance profile often share a name, which makes the mix-up easy.',
    fix: 'Create an instance profile for the role (AWS::IAM::InstanceProfile, aws_iam_instance_profile) and pass its ARN (`!GetAtt Profile.Arn`, `aws_iam_instance_profile.x.arn`) or its name.',
    bad: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 64\n  instanceTypes: [m6i]\n  subnets: [subnet-0a1b2c3d]\n  securityGroupIds: [sg-0a1b2c3d]\n  instanceRole: arn:aws:iam::123456789012:role/ecsInstanceRole',
    good: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 64\n  instanceTypes: [m6i]\n  subnets: [subnet-0a1b2c3d]\n  securityGroupIds: [sg-0a1b2c3d]\n  instanceRole: arn:aws:iam::123456789012:instance-profile/ecsInstanceRole',
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    role: 'instanceRole is an IAM role ARN{{source}}, not an instance profile: the environment goes INVALID ("Invalid IamInstanceProfile"); pass the ARN or name of an instance profile that holds the role.',
  },
  check(resource, context) {
    const platform = environmentPlatformOf(resource);
    if (!platform.managed || platform.capacity === 'fargate') return;
    const role = computeEnvironmentFacts(resource).resources.instanceRole;
    const pieces = stringPieces(role);
    if (pieces === undefined || !ROLE_ARN_START.test(pieces.map((p) => p ?? UNKNOWN).join('').trimStart())) return;
    const source = role.certainty === 'unknown' ? ` (from ${role.origin})` : '';
    context.report({ messageId: 'role', data: { source }, path: role.path });
  },
});
