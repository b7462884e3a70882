// The cost rules' figures, checked against the bundled catalog's own prices, and their options.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { ROOT } from './helpers/cli.js';
import { RULES_BY_ID } from '../dist/rules/index.js';
import { ruleTester } from './helpers/rule-tester.js';

const PRICES = JSON.parse(readFileSync(join(ROOT, 'data/price-catalog.json'), 'utf8')) as { ec2: { onDemand: Record<string, Record<string, number>>; spotEstimate: Record<string, Record<string, [number, number]>> } };
const od = (type: string): number => PRICES.ec2.onDemand['us-east-1']![type]!;
const usd = (n: number): string => (n >= 1000 ? `$${Math.round(n).toLocaleString('en-US')}` : n >= 1 ? `$${n.toFixed(2)}` : `$${Number(n.toPrecision(2))}`);

async function findings(dir: string, files: string[], rule: string, options?: Record<string, unknown>) {
  const result = await lintPaths(files, { cwd: join(ROOT, 'fixtures', dir), settings: { only: new Set([rule]), ...(options ? { options: new Map([[rule, options]]) } : {}) } });
  return result.findings.filter((f) => f.ruleId === rule);
}

describe('cost rules', () => {
  it('max-vcpus-burn-rate: maxvCpus x the dearest price per vCPU-hour; the budget is an option', async () => {
    const [hit] = await findings('max-vcpus-burn-rate', ['bad/gpu-environment.yaml'], 'max-vcpus-burn-rate');
    expect(hit!.message).toContain(`about ${usd((10000 * od('p4d.24xlarge')) / 96)} an hour (p4d.24xlarge at ${usd(od('p4d.24xlarge') / 96)} per vCPU-hour in us-east-1)`);
    expect(await findings('max-vcpus-burn-rate', ['bad/gpu-environment.yaml'], 'max-vcpus-burn-rate', { budgetUsdPerHour: 5000 })).toEqual([]);
  });

  it('min-vcpus-always-on: names the monthly floor at the cheapest price per vCPU of the allowed types, 730 hours', async () => {
    const [hit] = await findings('min-vcpus-always-on', ['bad/warm-pool.yaml'], 'min-vcpus-always-on');
    const perVcpu = Math.min(...['m6i'].flatMap((f) => Object.entries(PRICES.ec2.onDemand['us-east-1']!).filter(([t]) => t.startsWith(`${f}.`) && !t.includes('metal')).map(([t, p]) => p / Number(vcpusOf(t)))));
    expect(hit!.message).toContain(`at least ${usd(32 * perVcpu * 730)} a month`);
  });

  it('scale-down-delay-idle-cost: one idle period of the cheapest allowed type', async () => {
    const [hit] = await findings('scale-down-delay-idle-cost', ['bad/delay.yaml'], 'scale-down-delay-idle-cost');
    expect(hit!.message).toContain(`at least ${usd(od('m5.large') * 2)} per instance each time for m5.large`);
    expect(await findings('scale-down-delay-idle-cost', ['bad/delay.yaml'], 'scale-down-delay-idle-cost', { allowedMinutes: 120 })).toEqual([]);
  });

  it('memory-blocks-extra-copy: the memory that lets one more copy fit, and the saving', async () => {
    const [hit] = await findings('memory-blocks-extra-copy', ['bad/just-over.yaml'], 'memory-blocks-extra-copy');
    expect(hit!.message).toMatch(/MEMORY is 8192 MiB: one m5\.xlarge \(\d+ MiB available to jobs under the memory model\) holds 1 copy; at \d+ MiB or less it would hold 2/);
    expect(hit!.message).toContain(`about ${usd(od('m5.xlarge') / 2)} less per job-hour (50% less)`);
    expect(await findings('memory-blocks-extra-copy', ['bad/just-over.yaml'], 'memory-blocks-extra-copy', { maxTrimPercent: 1 })).toEqual([]);
  });

  it('on-demand-for-spot-ready-jobs: the labelled Spot estimate; silent with Spot first or long jobs', async () => {
    const [hit] = await findings('on-demand-for-spot-ready-jobs', ['bad/on-demand-only.yaml'], 'on-demand-for-spot-ready-jobs');
    const spot = PRICES.ec2.spotEstimate['us-east-1']!['m5.large']![0];
    expect(hit!.message).toContain(`m5.large in us-east-1 costs about ${usd(spot)} an hour instead of ${usd(od('m5.large'))}`);
    expect(hit!.message).toContain('Spot price estimated from typical savings');
    // Each good file alone, so that its pairing is certain.
    expect(await findings('on-demand-for-spot-ready-jobs', ['good/spot-first.yaml'], 'on-demand-for-spot-ready-jobs')).toEqual([]);
    expect(await findings('on-demand-for-spot-ready-jobs', ['good/long-jobs.yaml'], 'on-demand-for-spot-ready-jobs')).toEqual([]);
  });
});

function vcpusOf(type: string): number {
  const catalog = JSON.parse(readFileSync(join(ROOT, 'data/instance-catalog.json'), 'utf8')) as { types: [string, number][] };
  return catalog.types.find(([name]) => name === type)![1];
}

// A queue whose other environment has an unknown provisioning type may already have its Spot capacity:
// only a queue with no environment that may be SPOT is reported.
const SPOT_UNKNOWN = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  SecondType:
    Type: String
Resources:
  Thumbnails:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      ContainerProperties:
        Image: public.ecr.aws/example/thumbs:1
        ResourceRequirements:
          - { Type: VCPU, Value: "2" }
          - { Type: MEMORY, Value: "4096" }
      Timeout:
        AttemptDurationSeconds: 1800
      RetryStrategy:
        Attempts: 3
        EvaluateOnExit:
          - { OnStatusReason: "Host EC2*", Action: RETRY }
          - { OnReason: "*", Action: EXIT }
  OnDemand:
    Type: AWS::Batch::ComputeEnvironment
    Properties:
      Type: MANAGED
      ComputeResources:
        Type: EC2
        MinvCpus: 0
        MaxvCpus: 64
        InstanceTypes: [m5]
        Subnets: [subnet-0abc]
        InstanceRole: ecsInstanceRole
  Second:
    Type: AWS::Batch::ComputeEnvironment
    Properties:
      Type: MANAGED
      ComputeResources:
        Type: !Ref SecondType
        MinvCpus: 0
        MaxvCpus: 64
        InstanceTypes: [m5]
        Subnets: [subnet-0abc]
        InstanceRole: ecsInstanceRole
  Queue:
    Type: AWS::Batch::JobQueue
    Properties:
      Priority: 1
      ComputeEnvironmentOrder:
        - { Order: 1, ComputeEnvironment: !Ref OnDemand }
        - { Order: 2, ComputeEnvironment: !Ref Second }
`;
ruleTester.run(RULES_BY_ID.get('on-demand-for-spot-ready-jobs')!, {
  valid: [
    { name: 'the other environment of the queue has a type from a parameter (it may be SPOT)', code: SPOT_UNKNOWN },
    { name: 'the other environment of the queue has its whole ComputeResources from a parameter', code: `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  SecondType:
    Type: String
Resources:
  Thumbnails:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      ContainerProperties:
        Image: public.ecr.aws/example/thumbs:1
        ResourceRequirements:
          - { Type: VCPU, Value: "2" }
          - { Type: MEMORY, Value: "4096" }
      Timeout:
        AttemptDurationSeconds: 1800
      RetryStrategy:
        Attempts: 3
        EvaluateOnExit:
          - { OnStatusReason: "Host EC2*", Action: RETRY }
          - { OnReason: "*", Action: EXIT }
  OnDemand:
    Type: AWS::Batch::ComputeEnvironment
    Properties:
      Type: MANAGED
      ComputeResources:
        Type: EC2
        MinvCpus: 0
        MaxvCpus: 64
        InstanceTypes: [m5]
        Subnets: [subnet-0abc]
        InstanceRole: ecsInstanceRole
  Second:
    Type: AWS::Batch::ComputeEnvironment
    Properties:
      Type: MANAGED
      ComputeResources: !Ref SecondType
  Queue:
    Type: AWS::Batch::JobQueue
    Properties:
      Priority: 1
      ComputeEnvironmentOrder:
        - { Order: 1, ComputeEnvironment: !Ref OnDemand }
        - { Order: 2, ComputeEnvironment: !Ref Second }
` },
  ],
  invalid: [
    { name: 'the parameter allows only EC2 and FARGATE: no environment of the queue can be SPOT', code: `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  SecondType:
    Type: String
    AllowedValues: [EC2, FARGATE]
Resources:
  Thumbnails:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      ContainerProperties:
        Image: public.ecr.aws/example/thumbs:1
        ResourceRequirements:
          - { Type: VCPU, Value: "2" }
          - { Type: MEMORY, Value: "4096" }
      Timeout:
        AttemptDurationSeconds: 1800
      RetryStrategy:
        Attempts: 3
        EvaluateOnExit:
          - { OnStatusReason: "Host EC2*", Action: RETRY }
          - { OnReason: "*", Action: EXIT }
  OnDemand:
    Type: AWS::Batch::ComputeEnvironment
    Properties:
      Type: MANAGED
      ComputeResources:
        Type: EC2
        MinvCpus: 0
        MaxvCpus: 64
        InstanceTypes: [m5]
        Subnets: [subnet-0abc]
        InstanceRole: ecsInstanceRole
  Second:
    Type: AWS::Batch::ComputeEnvironment
    Properties:
      Type: MANAGED
      ComputeResources:
        Type: !Ref SecondType
        MinvCpus: 0
        MaxvCpus: 64
        InstanceTypes: [m5]
        Subnets: [subnet-0abc]
        InstanceRole: ecsInstanceRole
  Queue:
    Type: AWS::Batch::JobQueue
    Properties:
      Priority: 1
      ComputeEnvironmentOrder:
        - { Order: 1, ComputeEnvironment: !Ref OnDemand }
        - { Order: 2, ComputeEnvironment: !Ref Second }
`, errors: [{ messageId: 'spotReady', line: 28, column: 15 }] },
  ],
});
