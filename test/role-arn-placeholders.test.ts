// role-not-arn reads a role ARN with a placeholder or a parameter in it (`arn:aws:iam::<account-id>:role/x`,
// `!Sub arn:aws:iam::${AWS::AccountId}:role/x`) as a partly known string: the unknown part is never
// malformed, and only known text that no value of it can make a role ARN is reported.
import { RULES_BY_ID } from '../dist/rules/index.js';
import { ruleTester } from './helpers/rule-tester.js';

/** An API-shaped environment whose serviceRole is `role` (line 3, column 14). */
const environment = (role: string): string => `computeEnvironmentName: etl
type: UNMANAGED
serviceRole: ${JSON.stringify(role)}
`;

/** A template whose serviceRole is the intrinsic `value` (line 8; a tagged scalar is located after its tag: column 25 for `!Sub `). */
const template = (value: string): string => `Parameters:
  Env: { Type: String }
Resources:
  Environment:
    Type: AWS::Batch::ComputeEnvironment
    Properties:
      Type: UNMANAGED
      ServiceRole: ${value}
`;

/** A .tf environment whose service_role is `value` (line 3; a .tf finding points at the argument's name, column 3). */
const terraform = (value: string): string => `resource "aws_batch_compute_environment" "etl" {
  type         = "UNMANAGED"
  service_role = ${value}
}
variable "account" {}
variable "env" {}
`;

const PLACEHOLDER_ROLES = [
  'arn:aws:iam::<account-id>:role/AWSBatchServiceRole',
  'arn:aws:iam::<AWS_ACCOUNT_ID>:role/service-role/AWSBatchServiceRole',
  'arn:aws:iam::ACCOUNT_ID:role/AWSBatchServiceRole',
  'arn:aws:iam::YOUR_ACCOUNT_ID:role/batch',
  'arn:aws:iam::XXXXXXXXXXXX:role/AWSBatchServiceRole',
  'arn:aws:iam::{{account_id}}:role/AWSBatchServiceRole',
  'arn:aws:iam::${AWS_ACCOUNT_ID}:role/AWSBatchServiceRole',
  'arn:aws:iam::$AWS_ACCOUNT_ID:role/AWSBatchServiceRole',
  'arn:aws:iam::#{AWS::AccountId}:role/AWSBatchServiceRole',
  'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/batch-${Env}',
  'arn:aws:iam::123456789012:role/<role-name>',
  'arn:aws:iam::123456789012:role/batch-{{ env }}',
  '<your-role-arn>',
  'REPLACE_ME',
];

ruleTester.run(RULES_BY_ID.get('role-not-arn')!, {
  valid: [
    ...PLACEHOLDER_ROLES.map((role) => ({ name: `placeholder: ${role}`, code: environment(role) })),
    { name: 'template: !Sub with the account id', code: template('!Sub arn:aws:iam::${AWS::AccountId}:role/service-role/AWSBatchServiceRole'), filename: 't.yaml' },
    { name: 'template: !Sub with the role name from a parameter', code: template('!Sub arn:aws:iam::123456789012:role/${Env}-batch'), filename: 't.yaml' },
    { name: 'template: !Sub with the whole resource from a parameter', code: template('!Sub arn:aws:iam::${AWS::AccountId}:${Env}'), filename: 't.yaml' },
    { name: 'terraform: the account from a variable', code: terraform('"arn:aws:iam::${var.account}:role/AWSBatchServiceRole"'), filename: 'main.tf' },
    { name: 'terraform: the name from a variable', code: terraform('"${var.env}-batch-service-role"'), filename: 'main.tf' },
  ],
  invalid: [
    // The known text contradicts a role ARN whatever the placeholder holds.
    { name: 'another service', code: environment('arn:aws:s3:::<bucket>'), errors: [{ messageId: 'notRole', line: 3, column: 14 }] },
    { name: 'an instance profile, account a placeholder', code: environment('arn:aws:iam::<account-id>:instance-profile/ecsInstanceRole'), errors: [{ messageId: 'notRole', line: 3, column: 14 }] },
    { name: 'a user, account a placeholder', code: environment('arn:aws:iam::ACCOUNT_ID:user/deploy'), errors: [{ messageId: 'notRole', line: 3, column: 14 }] },
    { name: 'a role name with a placeholder in it', code: environment('AWSBatchServiceRole-<env>'), errors: [{ messageId: 'name', line: 3, column: 14 }] },
    { name: 'template: !Sub of a policy ARN', code: template('!Sub arn:aws:iam::${AWS::AccountId}:policy/batch'), filename: 't.yaml', errors: [{ messageId: 'notRole', line: 8, column: 25 }] },
    { name: 'terraform: an instance profile, account from a variable', code: terraform('"arn:aws:iam::${var.account}:instance-profile/ecs"'), filename: 'main.tf', errors: [{ messageId: 'notRole', line: 3, column: 3 }] },
  ],
});
