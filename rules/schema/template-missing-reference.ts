// Reported by the CloudFormation loader (src/loaders/cloudformation/template-references.ts), about
// the template rather than a resource: no check.
import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  id: 'template-missing-reference',
  title: 'Reference to an undeclared logical id',
  category: 'schema',
  severity: 'error',
  description: 'A CloudFormation `Ref`, `Fn::GetAtt` or `Fn::Sub` placeholder names a logical id that is neither a parameter, a resource of the template nor a pseudo parameter.',
  helpUri: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-ref.html',
  docs: {
    rationale: 'CloudFormation rejects the whole template ("Unresolved resource dependencies [X] in the Resources block of the template"); a typo in `!Ref SpotCE` also leaves the queue wired to nothing. Templates with a Transform (SAM, macros) are not checked: transforms add resources at deploy time.',
    fix: 'Correct the logical id, or declare the parameter or resource it names.',
    bad: 'Resources:\n  SpotCE:\n    Type: AWS::Batch::ComputeEnvironment\n    Properties:\n      Type: MANAGED\n      ComputeResources: { Type: SPOT, MaxvCpus: 64, InstanceTypes: [m5], Subnets: [subnet-1] }\n  Queue:\n    Type: AWS::Batch::JobQueue\n    Properties:\n      Priority: 1\n      ComputeEnvironmentOrder:\n        - Order: 1\n          ComputeEnvironment: !Ref SpotCEE',
    good: 'Resources:\n  SpotCE:\n    Type: AWS::Batch::ComputeEnvironment\n    Properties:\n      Type: MANAGED\n      ComputeResources: { Type: SPOT, MaxvCpus: 64, InstanceTypes: [m5], Subnets: [subnet-1] }\n  Queue:\n    Type: AWS::Batch::JobQueue\n    Properties:\n      Priority: 1\n      ComputeEnvironmentOrder:\n        - Order: 1\n          ComputeEnvironment: !Ref SpotCE',
    peers: ['cfn-lint E1012', 'cfn-lint E1010', 'cfn-lint E1019'],
  },
  appliesTo: [],
  messages: {
    missing: '{{fn}} refers to "{{target}}", which is not a parameter, resource or pseudo parameter of this template.',
  },
});
