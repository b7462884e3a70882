// CloudFormation evaluated the way a deploy would (issue 14): what Ref and Fn::GetAtt return per
// resource type, parameters (AllowedValues, SSM and AWS-specific types, lists), pseudo parameters with
// --region, conditions and Fn::If with both branches, the other intrinsics, dynamic references, and a
// template with a duplicate key still linted.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { isUnknown, unknownMayBeAbsent, type Unknown } from '../dist/src/model/values.js';
import { runCli } from './helpers/cli.js';
import { dataOf } from './helpers/loose-data.js';

async function lintTemplate(text: string, options: { region?: string } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'batchlint-cfn-eval-'));
  writeFileSync(join(dir, 'template.yaml'), text);
  const result = await lintPaths(['template.yaml'], { cwd: dir, ...options });
  const byAddress = new Map(result.model.resources.map((r) => [r.address, r]));
  const rules = (ruleId: string): string[] => result.findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.location.address}@${f.location.line}`);
  return { result, byAddress, rules };
}

const asUnknown = (value: unknown): Unknown => {
  expect(isUnknown(value)).toBe(true);
  return value as Unknown;
};

const COMPUTE = `
  CE:
    Type: AWS::Batch::ComputeEnvironment
    Properties:
      Type: MANAGED
      ComputeResources:
        Type: EC2
        MaxvCpus: 16
        Subnets: [subnet-12345678]
        SecurityGroupIds: [sg-12345678]
        InstanceRole: arn:aws:iam::123456789012:instance-profile/ecs
        InstanceTypes: [m6i]
        AllocationStrategy: BEST_FIT_PROGRESSIVE`;

describe('Ref and Fn::GetAtt return what CloudFormation returns', () => {
  const template = `
Resources:${COMPUTE}
  Policy:
    Type: AWS::Batch::SchedulingPolicy
    Properties:
      Name: fair
  Queue:
    Type: AWS::Batch::JobQueue
    Properties:
      JobQueueName: etl
      Priority: 1
      SchedulingPolicyArn: !Ref Policy
      ComputeEnvironmentOrder:
        - { Order: 1, ComputeEnvironment: !Ref CE }
  Role:
    Type: AWS::IAM::Role
    Properties:
      RoleName: etl-job
      Path: /batch/
      AssumeRolePolicyDocument: {}
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: etl
  Job:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      Timeout: { AttemptDurationSeconds: 600 }
      Parameters:
        queue: !GetAtt Queue.JobQueueArn
        self: !Ref Policy
        role: !Ref Role
      ContainerProperties:
        Image: !Sub '\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/\${Repo}'
        JobRoleArn: !GetAtt Role.Arn
        ResourceRequirements: [{ Type: VCPU, Value: '1' }, { Type: MEMORY, Value: '2048' }]
`;

  it('a Batch resource: its ARN, with the name literal and the account unknown; the graph still links it', async () => {
    const { result, byAddress, rules } = await lintTemplate(template);
    const queue = byAddress.get('Queue')!;
    const policy = asUnknown(dataOf(queue).schedulingPolicyArn);
    expect(policy.origin).toBe('!Ref Policy');
    expect(policy.parts).toEqual(['arn:', null, ':batch:', null, ':', null, ':scheduling-policy/fair']);
    // A Ref to a scheduling policy is a valid SchedulingPolicyArn (it was a schema-range error: the name is not an ARN).
    expect(result.findings.filter((f) => f.category === 'schema')).toEqual([]);
    const node = result.model.graph.queueNode(queue)!;
    expect(node.policy?.policy?.address).toBe('Policy');
    expect(node.environments[0]!.environment?.address).toBe('CE');
    // GetAtt JobQueueArn is the same ARN; the compute environment's generated name stays unknown.
    expect(asUnknown(dataOf(byAddress.get('Job')!).parameters.queue).parts).toEqual(['arn:', null, ':batch:', null, ':', null, ':job-queue/etl']);
    expect(asUnknown(dataOf(queue).computeEnvironmentOrder[0].computeEnvironment).parts).toEqual(['arn:', null, ':batch:', null, ':', null, ':compute-environment/', null]);
    expect(rules('unresolved-reference')).toEqual([]);
  });

  it('a Batch ARN built by !Sub or !Join with a literal name, or !Sub of the resource alone, is still linked', async () => {
    const { result, byAddress } = await lintTemplate(`
Resources:${COMPUTE}
  Named:
    Type: AWS::Batch::ComputeEnvironment
    Properties:
      ComputeEnvironmentName: named
      Type: UNMANAGED
  Queue:
    Type: AWS::Batch::JobQueue
    Properties:
      Priority: 1
      ComputeEnvironmentOrder:
        - { Order: 1, ComputeEnvironment: !Sub '\${CE}' }
        - { Order: 2, ComputeEnvironment: !Sub 'arn:\${AWS::Partition}:batch:\${AWS::Region}:\${AWS::AccountId}:compute-environment/named' }
`);
    const node = result.model.graph.queueNode(byAddress.get('Queue')!)!;
    expect(node.environments.map((l) => l.environment?.address)).toEqual(['CE', 'Named']);
  });

  it('IAM: Ref is the role name, GetAtt Arn the ARN with its path; ECR: Ref is the repository name', async () => {
    const { byAddress, rules } = await lintTemplate(template, { region: 'us-east-1' });
    const job = dataOf(byAddress.get('Job')!);
    expect(job.parameters.role).toBe('etl-job');
    expect(asUnknown(job.containerProperties.jobRoleArn).parts).toEqual(['arn:aws:iam::', null, ':role/batch/etl-job']);
    // `.../${Repo}` is `.../etl`: no tag, so latest (the image was wholly unknown before).
    expect(asUnknown(job.containerProperties.image).parts).toEqual([null, '.dkr.ecr.us-east-1.amazonaws.com/etl']);
    expect(rules('mutable-image-tag')).toEqual(['Job@47']); // on the Image key that holds the !Sub
  });

  it('an ECR repository without RepositoryName: its Ref and RepositoryUri end with an unknown name, never a tag', async () => {
    const jobWith = (id: string, image: string) => `
  ${id}:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      Timeout: { AttemptDurationSeconds: 60 }
      ContainerProperties:
        Image: ${image}
        ResourceRequirements: [{ Type: VCPU, Value: "1" }, { Type: MEMORY, Value: "2048" }]`;
    const { rules } = await lintTemplate(`
Parameters:
  Tag: { Type: String }
  RepoParam: { Type: String }
Resources:
  Repo:
    Type: AWS::ECR::Repository
${jobWith('Uri', '!GetAtt Repo.RepositoryUri')}
${jobWith('SubRef', "!Sub '\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/\${Repo}'")}
${jobWith('Tagged', "!Sub '\${Repo.RepositoryUri}:\${Tag}'")}
${jobWith('Pinned', "!Sub '\${Repo.RepositoryUri}:v1'")}
${jobWith('Parameter', "!Sub '\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/\${RepoParam}'")}
`);
    // A parameter is any text (it may carry a tag); a repository's name is not.
    expect(rules('mutable-image-tag').map((r) => r.split('@')[0])).toEqual(['Uri', 'SubRef']);
  });

  it('a Ref to a resource the table does not describe, or to nothing, stays unknown with its origin', async () => {
    const { byAddress } = await lintTemplate(`
Transform: AWS::Serverless-2016-10-31
Resources:${COMPUTE}
        Ec2KeyPair: !Ref Bucket
        LaunchTemplate: { LaunchTemplateId: !Ref Missing }
  Bucket:
    Type: AWS::SQS::Queue
`);
    const ce = dataOf(byAddress.get('CE')!);
    expect(asUnknown(ce.computeResources.ec2KeyPair).origin).toBe('!Ref Bucket');
    expect(asUnknown(ce.computeResources.launchTemplate.launchTemplateId).origin).toBe('!Ref Missing');
  });
});

describe('parameters', () => {
  const template = `
Parameters:
  Privileged: { Type: String, AllowedValues: ['true'] }
  Stage: { Type: String, AllowedValues: [dev, prod], Default: dev }
  Ami: { Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>', Default: /aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id }
  Key: { Type: 'AWS::EC2::KeyPair::KeyName', Default: '' }
  Subnets: { Type: 'List<AWS::EC2::Subnet::Id>', Default: 'subnet-1, subnet-2' }
Resources:
  CE:
    Type: AWS::Batch::ComputeEnvironment
    Properties:
      Type: MANAGED
      ComputeResources:
        Type: EC2
        MaxvCpus: 16
        Subnets: !Ref Subnets
        InstanceRole: arn:aws:iam::123456789012:instance-profile/ecs
        InstanceTypes: [m6i]
        ImageId: !Ref Ami
        Ec2KeyPair: !Ref Key
        Tags: { stage: !Ref Stage }
  Job:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      ContainerProperties:
        Image: app:1.0
        Privileged: !Ref Privileged
`;

  it('AllowedValues without a Default are the possible values; a Default is the value; lists are split', async () => {
    const { byAddress } = await lintTemplate(template);
    const privileged = asUnknown(dataOf(byAddress.get('Job')!).containerProperties.privileged);
    expect(privileged.origin).toBe('!Ref Privileged');
    expect(privileged.possible).toEqual(['true']);
    const ce = dataOf(byAddress.get('CE')!);
    expect(ce.computeResources.tags).toEqual({ stage: 'dev' });
    expect(ce.computeResources.subnets).toEqual(['subnet-1', 'subnet-2']);
  });

  it('an SSM parameter type is unknown (its Default is a parameter name); a key pair type is always present', async () => {
    const { byAddress, rules } = await lintTemplate(template);
    const ce = dataOf(byAddress.get('CE')!);
    expect(asUnknown(ce.computeResources.imageId).origin).toBe('!Ref Ami');
    expect(rules('ami-id-not-resolved')).toEqual([]);
    // An empty Default is not "no key pair": CloudFormation accepts only an existing key's name.
    expect(asUnknown(ce.computeResources.ec2KeyPair).origin).toBe('!Ref Key');
    expect(rules('ec2-key-pair')).toEqual(['CE@20']); // on the Ec2KeyPair key that holds the !Ref
  });
});

describe('pseudo parameters and --region', () => {
  const template = `
Resources:
  Job:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      ContainerProperties:
        Image: !Sub '\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.\${AWS::URLSuffix}/app:1.0'
        ExecutionRoleArn: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role/exec'
        Environment:
          - { Name: STACK, Value: !Ref AWS::StackName }
`;

  it('without --region, Region, Partition and URLSuffix are unknown, their literal neighbours kept', async () => {
    const job = dataOf((await lintTemplate(template)).byAddress.get('Job')!);
    expect(asUnknown(job.containerProperties.image).parts).toEqual([null, '.dkr.ecr.', null, '.', null, '/app:1.0']);
    expect(asUnknown(job.containerProperties.environment[0].value).origin).toBe('!Ref AWS::StackName');
  });

  it('with --region, the partition and domain follow the Region (China, GovCloud); the account stays unknown', async () => {
    const china = dataOf((await lintTemplate(template, { region: 'cn-north-1' })).byAddress.get('Job')!);
    expect(asUnknown(china.containerProperties.image).parts).toEqual([null, '.dkr.ecr.cn-north-1.amazonaws.com.cn/app:1.0']);
    expect(asUnknown(china.containerProperties.executionRoleArn).parts).toEqual(['arn:aws-cn:iam::', null, ':role/exec']);
    const gov = dataOf((await lintTemplate(template, { region: 'us-gov-west-1' })).byAddress.get('Job')!);
    expect(asUnknown(gov.containerProperties.executionRoleArn).parts).toEqual(['arn:aws-us-gov:iam::', null, ':role/exec']);
  });

  it('lint --region is a documented flag; a value that is not a Region code is a usage error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'batchlint-cfn-eval-cli-'));
    writeFileSync(join(dir, 'template.yaml'), template);
    expect(runCli(['lint', '--help']).stdout).toMatch(/--region <region>\s+the Region the templates are deployed to/);
    const bad = runCli(['lint', 'template.yaml', '--region', 'not a region'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--region: "not a region" is not a region code');
    expect(runCli(['lint', 'template.yaml', '--region', 'eu-west-1', '-f', 'json'], { cwd: dir }).code).toBe(1);
  });
});

describe('conditions and Fn::If', () => {
  const template = `
Parameters:
  Stage: { Type: String, AllowedValues: [dev, prod] }
  UseSpot: { Type: String, Default: 'no' }
  Key: { Type: String }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
  IsTest: !Equals [!Ref Stage, test]
  Spot: !Equals [!Ref UseSpot, 'yes']
  NotSpotAndNotTest: !And [!Not [!Condition Spot], !Not [!Condition IsTest]]
  HasKey: !Not [!Equals [!Ref Key, '']]
Resources:
  NeverJob:
    Type: AWS::Batch::JobDefinition
    Condition: IsTest
    Properties:
      Type: container
      ContainerProperties: { Image: busybox }
  SpotCE:
    Type: AWS::Batch::ComputeEnvironment
    Condition: Spot
    Properties:
      Type: UNMANAGED
  Job:
    Type: AWS::Batch::JobDefinition
    Condition: NotSpotAndNotTest
    Properties:
      Type: container
      ContainerProperties:
        Image: !If [IsProd, 'app:1.0', 'app:dev']
        ReadonlyRootFilesystem: !If [IsProd, true, !Ref AWS::NoValue]
        User: !If [IsProd, root, root]
        LinuxParameters: !If
          - IsProd
          - { InitProcessEnabled: true, SharedMemorySize: 64 }
          - { InitProcessEnabled: true, MaxSwap: 0 }
        Command: !If [IsProd, [run, --prod], [run, --dev]]
  CE:
    Type: AWS::Batch::ComputeEnvironment
    Properties:
      Type: UNMANAGED
      ComputeResources:
        Type: EC2
        MaxvCpus: 4
        Subnets: [subnet-1]
        InstanceRole: arn:aws:iam::123456789012:instance-profile/ecs
        Ec2KeyPair: !If [HasKey, !Ref Key, !Ref AWS::NoValue]
`;

  it('a resource under a Condition is linted whatever the defaults say, as cfn-lint does: the template offers it', async () => {
    const { byAddress } = await lintTemplate(template);
    // IsTest is false for both allowed values of Stage and Spot is false with UseSpot's default: all four
    // are still read (a deploy one parameter away creates SpotCE).
    expect([...byAddress.keys()].sort()).toEqual(['CE', 'Job', 'NeverJob', 'SpotCE']);
  });

  it('Fn::If with an unknown condition: both branches, as possible values, agreement kept, objects merged key by key', async () => {
    const { byAddress } = await lintTemplate(template);
    const container = dataOf(byAddress.get('Job')!).containerProperties;
    const image = asUnknown(container.image);
    expect(image.origin).toBe('!If IsProd');
    expect(image.possible).toEqual(['app:1.0', 'app:dev']);
    expect(unknownMayBeAbsent(image)).toBe(false);
    // One branch removes the property: it may be absent.
    const readonly = asUnknown(container.readonlyRootFilesystem);
    expect(readonly.possible).toEqual([true, undefined]);
    expect(unknownMayBeAbsent(readonly)).toBe(true);
    expect(container.user).toBe('root');
    expect(container.linuxParameters.initProcessEnabled).toBe(true);
    expect(asUnknown(container.linuxParameters.sharedMemorySize).possible).toEqual([64, undefined]);
    expect(container.command[0]).toBe('run');
    expect(asUnknown(container.command[1]).possible).toEqual(['--prod', '--dev']);
  });

  it('a key pair behind an unknown Fn::If with AWS::NoValue may be absent: no presence finding', async () => {
    const { rules } = await lintTemplate(template);
    expect(rules('ec2-key-pair')).toEqual([]);
  });

  it('each branch of an Fn::If with an unknown condition is checked against the schema where it stands, as cfn-lint does', async () => {
    const { result } = await lintTemplate(`
Parameters:
  Env: { Type: String, AllowedValues: [prod, dev, test] }
  Strategy: { Type: String, AllowedValues: [BEST_FIT, WORST_FIT] }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Equals [!Ref Env, dev]
Resources:
  CE:
    Type: AWS::Batch::ComputeEnvironment
    Properties:
      Type: !If [IsProd, MANAGED, MANAGEDX]
      State: !If [IsProd, ENABLED, DISABLED]
      ComputeResources:
        Type: !If [IsProd, EC2, !If [IsDev, SPOT, SPOTT]]
        MaxvCpus: !If [IsProd, 64, lots]
        MinvCpus: !If [IsProd, '0', !Ref AWS::NoValue]
        AllocationStrategy: !If [IsProd, BEST_FIT_PROGRESSIVE, !Ref Strategy]
        Subnets: [subnet-12345678]
        SecurityGroupIds: [sg-12345678]
        InstanceRole: !If [IsProd, !GetAtt Profile.Arn, arn:aws:iam::123456789012:instance-profile/ecs]
        InstanceTypes: [optimal]
`);
    const schema = result.findings.filter((f) => f.ruleId.startsWith('schema-')).map((f) => `${f.ruleId}@${f.location.line}: ${f.message}`);
    expect(schema).toEqual([
      expect.stringMatching(/^schema-enum@12: "MANAGEDX" is not a valid "Type"/),
      expect.stringMatching(/^schema-enum@15: "SPOTT" is not a valid "ComputeResources.Type"/), // a nested Fn::If's branch
      expect.stringMatching(/^schema-type@16: "ComputeResources.MaxvCpus" must be integer, not a string/),
      // Not the parameter's WORST_FIT (line 18): a parameter's value is unknown, whatever it allows;
      // not MinvCpus's AWS::NoValue, nor the role's !GetAtt.
    ]);
  });
});

describe('other intrinsics', () => {
  it('FindInMap (and its DefaultValue), Select, Split, Join, Base64, Length; GetAZs and ImportValue unknown', async () => {
    const { byAddress } = await lintTemplate(`
Transform: AWS::LanguageExtensions
Mappings:
  Sizes: { small: { vcpus: '2' } }
Resources:
  Job:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      Parameters:
        vcpus: !FindInMap [Sizes, small, vcpus]
        memory: !FindInMap [Sizes, large, memory, { DefaultValue: '4096' }]
        second: !Select [1, !Split [',', 'a,b,c']]
        joined: !Join ['-', [x, y]]
        encoded: !Base64 'hi'
        count: !Length [a, b, c]
        zone: !Select [0, !GetAZs '']
        imported: !ImportValue shared-queue
      ContainerProperties: { Image: app:1.0 }
`);
    const parameters = dataOf(byAddress.get('Job')!).parameters;
    expect(parameters).toMatchObject({ vcpus: '2', memory: '4096', second: 'b', joined: 'x-y', encoded: 'aGk=', count: '3' });
    expect(isUnknown(parameters.zone)).toBe(true);
    expect(asUnknown(parameters.imported).origin).toBe('!ImportValue');
  });
});

describe('dynamic references', () => {
  it('{{resolve:...}} is resolved at deploy: unknown with its literal neighbours, never judged as written', async () => {
    const { result, byAddress } = await lintTemplate(`
Resources:
  Job:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      ContainerProperties:
        Image: '{{resolve:ssm:/app/image}}'
        ExecutionRoleArn: 'arn:aws:iam::{{resolve:ssm:/account}}:role/exec'
        ResourceRequirements: [{ Type: VCPU, Value: '{{resolve:ssm:/app/vcpus}}' }, { Type: MEMORY, Value: '2048' }]
`);
    const container = dataOf(byAddress.get('Job')!).containerProperties;
    expect(asUnknown(container.image).origin).toBe('{{resolve:ssm:/app/image}}');
    expect(asUnknown(container.executionRoleArn).parts).toEqual(['arn:aws:iam::', null, ':role/exec']);
    // The VCPU value was reported as "not a number" while it was the text of the reference.
    expect(result.findings.filter((f) => ['invalid-resource-value', 'mutable-image-tag'].includes(f.ruleId))).toEqual([]);
  });
});

describe('a duplicate key', () => {
  it('is reported at its line, and the rest of the template is still linted with the last value', async () => {
    const { result, byAddress, rules } = await lintTemplate(`
Resources:
  Job:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      ContainerProperties:
        Image: app:latest
        Memory: 128
        Memory: 2000
`);
    expect(result.findings.filter((f) => f.ruleId === 'parse-error').map((f) => `${f.location.line} ${f.message}`)).toEqual(['10 Invalid YAML: duplicate key: YAML map keys must be unique']);
    expect(dataOf(byAddress.get('Job')!).containerProperties.memory).toBe(2000);
    expect(rules('mutable-image-tag')).toEqual(['Job@8']);
  });
});
