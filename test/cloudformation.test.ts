// CloudFormation templates (YAML short form, JSON long form, CDK synth output): mapping onto the API
// model, intrinsics, wiring, pairings, suppressions, schema validation at template positions.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { isUnknown } from '../dist/src/model/values.js';
import { ROOT } from './helpers/cli.js';
import { dataOf } from './helpers/loose-data.js';

const at = (findings: { ruleId: string; location: { line: number | null; column: number | null; address: string | null } }[], ruleId: string): string[] =>
  findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.location.address}@${f.location.line}:${f.location.column}`).sort();

async function lintTemplate(name: string, text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'batchlint-cfn-'));
  writeFileSync(join(dir, name), text);
  return lintPaths([name], { cwd: dir });
}

describe('CloudFormation YAML short form (fixtures/iac/cloudformation/batch-stack.yaml)', async () => {
  const result = await lintPaths(['fixtures/iac/cloudformation/batch-stack.yaml'], { cwd: ROOT });
  const byAddress = new Map(result.model.resources.map((r) => [r.address, r]));

  it('reads every Batch resource, addressed by logical id, in the API shape', () => {
    expect([...byAddress.keys()].sort()).toEqual(['EtlJob', 'EtlQueue', 'OnDemandCE', 'ReportJob', 'SpotCE']);
    const spot = byAddress.get('SpotCE')!;
    expect(spot.name).toBe('etl-spot-prod'); // !Sub of a parameter default
    expect(dataOf(spot).computeResources?.maxvCpus).toBe(256); // !FindInMap with !Ref of a default
    expect(isUnknown(dataOf(spot).computeResources?.subnets)).toBe(true); // parameter without a default
    expect(dataOf(byAddress.get('OnDemandCE')!).type).toBe('MANAGED'); // `managed`: enum case as the API spells it
    const job = byAddress.get('EtlJob')!;
    expect(dataOf(job).containerProperties?.resourceRequirements?.[0]).toEqual({ type: 'VCPU', value: '2' }); // 2 -> "2"
    // !If [IsProd, !Ref AWS::NoValue, ...] with IsProd true from the default: the list item is gone.
    expect(dataOf(job).containerProperties?.environment).toEqual([{ name: 'STAGE', value: 'prod' }]);
    expect(isUnknown(dataOf(job).containerProperties?.image)).toBe(true);
    expect(isUnknown(dataOf(byAddress.get('ReportJob')!).jobDefinitionName)).toBe(true);
    expect(byAddress.get('ReportJob')!.name).toBe('ReportJob');
  });

  it('wires the queue to its compute environments: Ref is the ARN, linked by logical id', () => {
    // Ref of a compute environment returns its ARN: only the account and Region are unknown.
    const order = dataOf(byAddress.get('EtlQueue')!).computeEnvironmentOrder!;
    const first = order[0]!.computeEnvironment as unknown as { origin: string; parts: (string | null)[] };
    expect(first.origin).toBe('!Ref SpotCE');
    expect(first.parts).toEqual(['arn:', null, ':batch:', null, ':', null, ':compute-environment/etl-spot-prod']);
    const node = result.model.graph.queueNode(byAddress.get('EtlQueue')!)!;
    expect(node.environments.map((l) => l.environment?.address)).toEqual(['SpotCE', 'OnDemandCE']);
  });

  it('fires the rules that apply at the template lines', () => {
    expect(at(result.findings, 'privileged-container')).toEqual(['EtlJob@109:21']);
    expect(at(result.findings, 'min-vcpus-always-on')).toEqual(['SpotCE@68:19']);
    // EtlJob's Timeout is an !If on a parameter without default: unknown, so silent.
    expect(at(result.findings, 'missing-timeout')).toEqual([]);
    // ReportJob's Privileged and EtlJob's ReadonlyRootFilesystem are unknown: no finding.
    expect(at(result.findings, 'writable-root-filesystem')).toEqual(['ReportJob@139:7']);
  });

  it('raises no schema finding or crash because of an intrinsic', () => {
    expect(result.findings.filter((f) => ['run', 'schema', 'internal'].includes(f.category))).toEqual([]);
  });

  it('reads Metadata.batchlint.ignore as suppressions with their reason', () => {
    expect(byAddress.get('ReportJob')!.suppressions).toEqual([
      { ruleId: 'missing-timeout', reason: 'report runs are bounded by the Step Functions task timeout', path: ['Resources', 'ReportJob', 'Metadata', 'batchlint', 'ignore', 0], origin: 'template-metadata' },
    ]);
  });

  it('records Step Functions and EventBridge pairings', () => {
    const pairs = result.model.pairings.map((p) => `${p.origin}:${p.jobDefinition}->${p.jobQueue}${p.arraySize ? `x${p.arraySize}` : ''}@${p.source?.path.join('.')}`);
    expect(pairs.sort()).toEqual([
      'eventbridge:nightly-etl->etl-queue@Resources.NightlySchedule.Properties.Targets.0',
      'step-functions:ReportJob->etl-queue@Resources.Pipeline.Properties.Definition.States.Report',
      'step-functions:nightly-etl->etl-queue x50@Resources.Pipeline.Properties.Definition.States.Extract'.replace(' ', ''),
    ]);
  });
});

describe('CloudFormation JSON long form and CDK output', () => {
  it('long form: findings at the lines, DefinitionString pairings through Fn::Sub', async () => {
    const result = await lintPaths(['fixtures/iac/cloudformation/fargate-stack.json'], { cwd: ROOT });
    expect(at(result.findings, 'privileged-container')).toEqual(['ThumbnailJob@94:25']); // ResizeJob's !If is false with the default
    expect(result.findings.filter((f) => ['run', 'schema', 'internal'].includes(f.category))).toEqual([]);
    const queue = result.model.resources.find((r) => r.address === 'FargateQueue')!;
    expect(queue.name).toBe('fargate-queue'); // !Ref of a parameter default
    // GetAtt ...Arn of an environment without a name: an unknown ARN the graph links by logical id.
    expect(isUnknown(dataOf(queue).computeEnvironmentOrder?.[0]?.computeEnvironment)).toBe(true);
    expect(result.model.graph.queueNode(queue)!.environments[0]!.environment?.address).toBe('FargateCE');
    expect(result.model.pairings.map((p) => [p.jobDefinition, p.jobQueue, p.arraySize])).toEqual([
      ['image-resize', 'fargate-queue', 200], // job-queue/${QueueName} inside an ARN with ${AWS::Region}
      ['thumbnails', 'fargate-queue', undefined],
    ]);
  });

  it('CDK synth output works as is (cdk.out/*.template.json, manifest skipped)', async () => {
    const result = await lintPaths(['fixtures/iac/cdk.out'], { cwd: ROOT });
    expect(result.skipped).toEqual(['fixtures/iac/cdk.out/manifest.json']);
    expect(result.model.resources.map((r) => r.address).sort()).toEqual(['JobDefn3E4E5ABF', 'JobQueueEE3AD499', 'SpotEnv38E31A4E']);
    expect(at(result.findings, 'missing-timeout')).toEqual(['JobDefn3E4E5ABF@107:5']); // "Timeout": {}
    expect(result.findings.filter((f) => ['run', 'schema', 'internal'].includes(f.category))).toEqual([]);
    expect(result.model.pairings.map((p) => [p.jobDefinition, p.jobQueue, p.arraySize])).toEqual([['JobDefn3E4E5ABF', 'JobQueueEE3AD499', 10]]);
  });
});

describe('CloudFormation schema validation at template positions', () => {
  const template = `Resources:
  Job:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: Container
      ContainerProperties:
        Image: busybox:1.36
        Privilegd: true
        Vcpus: "2"
        ResourceRequirements:
          - Type: CPU
            Value: 1
      RetryStrategy:
        Attempts: [3]
      Timeout:
        AttemptDurationSeconds: !Ref Unknown
  Queue:
    Type: AWS::Batch::JobQueue
    Properties:
      Priority: 1
`;

  it('reports typos, enums, types and missing choices at the template line, and nothing for intrinsics', async () => {
    const result = await lintTemplate('template.yaml', template);
    const schema = result.findings.filter((f) => f.category === 'schema').map((f) => `${f.ruleId}@${f.location.line}:${f.location.column} ${f.message}`);
    expect(schema).toEqual([
      'schema-unknown-property@8:9 Unknown property "Privilegd" in ContainerProperties: the AWS Batch API does not accept it. Did you mean "Privileged"?',
      'schema-enum@11:19 "CPU" is not a valid "ContainerProperties.ResourceRequirements[0].Type"; allowed: GPU, MEMORY, VCPU. Did you mean "VCPU"?',
      'schema-type@14:19 "RetryStrategy.Attempts" must be integer, not a list.',
      'template-missing-reference@16:38 Ref refers to "Unknown", which is not a parameter, resource or pseudo parameter of this template.',
      // A missing property is reported on its parent's key (here the queue's Properties).
      'schema-required@19:5 Missing required property "ComputeEnvironmentOrder" or "ServiceEnvironmentOrder".',
    ]);
    // `Type: Container` (case-insensitive enum) and `Vcpus: "2"` (a string CloudFormation converts) pass.
    expect(result.findings.filter((f) => f.category === 'internal')).toEqual([]);
  });

  it('leaves plain YAML alone: no tags, no template', async () => {
    const result = await lintTemplate('job.yaml', 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: busybox:1.36\n  privileged: true\n');
    expect(at(result.findings, 'privileged-container')).toEqual(['null@5:15']);
  });
});
