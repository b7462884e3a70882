import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts } from '../../src/model/facts/compute-environment-facts.js';
import { entriesOf, known, type Fact } from '../../src/model/facts/fact.js';

// An SSM parameter *path* given as text where an AMI id is needed: `/aws/service/ecs/...` (the public
// parameters that hold the ECS-optimized AMI ids) or EC2's `resolve:ssm:<path>` launch syntax. A
// CloudFormation dynamic reference (`{{resolve:ssm:...}}`) and a parameter of type
// `AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>` are resolved by CloudFormation before the value
// reaches Batch: they are never this finding (the loader keeps the second unknown).
const SSM_PATH = /^(?:resolve:ssm:)?\/[\w.\-/]+(?::\d+)?$/;

/** The path as written, when it is safe to show (a path, not a free text that could hold a secret). */
function shown(value: string): string {
  return /^[\w.\-/:]{1,200}$/.test(value) ? `"${value}"` : 'the value';
}

export default defineRule({
  id: 'ami-id-not-resolved',
  title: 'AMI id given as an SSM parameter path',
  category: 'sizing',
  severity: 'error',
  description: 'A compute environment\'s imageId or ec2Configuration imageIdOverride is an SSM parameter path (`/aws/service/ecs/...`, `resolve:ssm:...`) written as text instead of an AMI id.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_Ec2Configuration.html',
  docs: {
    rationale:
      'imageId and imageIdOverride take an AMI id (`ami-` followed by 8 or 17 characters). Neither Batch nor CloudFormation reads an SSM parameter path written as plain text there: CloudFormation resolves SSM parameters only through a parameter of type `AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>` or a `{{resolve:ssm:...}}` dynamic reference, so the path reaches Batch as the AMI id and the environment cannot launch instances. Batch itself takes no SSM parameter there either, unlike an EC2 launch template (`resolve:ssm:` is an open feature request, aws/containers-roadmap#2295). cfn-lint reports a literal imageId as E1152 ("is not a \'AWS::EC2::Image.Id\' with pattern ^ami-..."), a `Ref` to a parameter whose Default is a path as W1030, and the parameter\'s type as W2506. A common cause is a template parameter of type `String` whose Default is `/aws/service/ecs/optimized-ami/...`.',
    fix: 'Give the AMI id, or let CloudFormation resolve the path: make the parameter `Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>` (its Default stays the path), or write `{{resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id}}`. Without a custom AMI, leave imageId out: Batch picks the ECS-optimized AMI of the image type.',
    bad: 'computeEnvironmentName: custom-ami\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 64\n  instanceTypes: [m6i]\n  subnets: [subnet-0a1b2c3d]\n  securityGroupIds: [sg-0a1b2c3d]\n  instanceRole: arn:aws:iam::123456789012:instance-profile/ecsInstanceRole\n  imageId: /aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id',
    good: 'computeEnvironmentName: custom-ami\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 64\n  instanceTypes: [m6i]\n  subnets: [subnet-0a1b2c3d]\n  securityGroupIds: [sg-0a1b2c3d]\n  instanceRole: arn:aws:iam::123456789012:instance-profile/ecsInstanceRole\n  imageId: ami-0123456789abcdef0',
    peers: ['cfn-lint E1152, W1030, W2506 (imageId only)'],
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    ssmPath: '{{property}} {{value}} is an SSM parameter path, not an AMI id: nothing resolves it before Batch launches instances; use a parameter of type AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>, a {{resolve:ssm:...}} dynamic reference, or the AMI id.',
  },
  check(resource, context) {
    const { resources } = computeEnvironmentFacts(resource);
    // Only a known text is judged: a parameter or a dynamic reference is resolved before Batch sees it.
    const report = (fact: Fact<string>, property: string): void => {
      const text = known(fact)?.trim();
      if (text === undefined || !SSM_PATH.test(text)) return;
      context.report({ messageId: 'ssmPath', data: { property, value: shown(text) }, path: fact.path });
    };
    report(resources.imageId, 'imageId');
    for (const config of entriesOf(resources.ec2Configuration)) report(config.imageIdOverride, 'imageIdOverride');
  },
});
