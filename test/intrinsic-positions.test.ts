// A finding about a value written as an intrinsic or an expression (`Ec2KeyPair: !Ref KeyName`,
// `ec2_key_pair = var.key`) points at that value's own key, as for a literal, not at the parent block:
// the loaders map the API path of an unknown value to where it is written.
import { RULES_BY_ID } from '../dist/rules/index.js';
import { ruleTester } from './helpers/rule-tester.js';

const yaml = `Parameters:
  KeyName: { Type: 'AWS::EC2::KeyPair::KeyName' }
Resources:
  Env:
    Type: AWS::Batch::ComputeEnvironment
    Properties:
      Type: MANAGED
      ComputeResources:
        Type: EC2
        MaxvCpus: 16
        InstanceTypes: [m5]
        Subnets: [subnet-1]
        Ec2KeyPair: !Ref KeyName
`;

const json = JSON.stringify(
  {
    Parameters: { KeyName: { Type: 'AWS::EC2::KeyPair::KeyName' } },
    Resources: {
      Env: {
        Type: 'AWS::Batch::ComputeEnvironment',
        Properties: { Type: 'MANAGED', ComputeResources: { Type: 'EC2', MaxvCpus: 16, InstanceTypes: ['m5'], Subnets: ['subnet-1'], Ec2KeyPair: { Ref: 'KeyName' } } },
      },
    },
  },
  null,
  2,
);
// The line of `"Ec2KeyPair"` in the printed JSON, and the column of its value.
const jsonLine = json.split('\n').findIndex((l) => l.includes('"Ec2KeyPair"')) + 1;
const jsonColumn = json.split('\n')[jsonLine - 1]!.indexOf('{') + 1;

const tf = `resource "aws_batch_compute_environment" "kp" {
  type = "MANAGED"
  compute_resources {
    type          = "EC2"
    max_vcpus     = 16
    instance_type = ["m5"]
    subnets       = ["subnet-1"]
    ec2_key_pair  = var.key
  }
}
variable "key" {}
`;

ruleTester.run(RULES_BY_ID.get('ec2-key-pair')!, {
  valid: [],
  invalid: [
    { name: 'CloudFormation YAML: !Ref KeyName', filename: 't.yaml', code: yaml, errors: [{ messageId: 'keyPair', line: 13, column: 26 }] },
    { name: 'CloudFormation JSON: {"Ref": "KeyName"}', filename: 't.json', code: json, errors: [{ messageId: 'keyPair', line: jsonLine, column: jsonColumn }] },
    { name: 'Terraform: var.key', filename: 'main.tf', code: tf, errors: [{ messageId: 'keyPair', line: 8, column: 5 }] },
  ],
});
