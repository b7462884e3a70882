// The cost model checked against hand computation from the catalog's own prices: On-Demand EC2,
// Spot, Fargate, Fargate Spot, multinode, arrays, the 60-second minimum, workloads, worst case.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { estimateCosts, type CostOptions } from '../dist/src/cost/estimate-costs.js';
import { parseDuration, formatDuration } from '../dist/src/cost/duration.js';
import { retriesSpotReclaims } from '../dist/src/cost/job-cost-inputs.js';
import { bundledPriceCatalog, parsePriceCatalog } from '../dist/src/pricing/price-catalog.js';
import { loadInstanceCatalog } from '../dist/src/catalog/instance-catalog.js';
import { availableMemoryMiB } from '../dist/src/placement/memory-model.js';
import { ROOT } from './helpers/cli.js';

const PRICES = JSON.parse(readFileSync(join(ROOT, 'data/price-catalog.json'), 'utf8')) as {
  ec2: { onDemand: Record<string, Record<string, number>>; spotEstimate: Record<string, Record<string, [number, number]>> };
  fargate: { onDemand: Record<string, { x86_64: { vcpuHour: number; gbHour: number }; arm64: { vcpuHour: number; gbHour: number }; ephemeralStorageGbHour: number }> };
};
const od = (type: string, region = 'us-east-1'): number => PRICES.ec2.onDemand[region]![type]!;
const spot = (type: string): number => PRICES.ec2.spotEstimate['us-east-1']![type]![0];
const FG = PRICES.fargate.onDemand['us-east-1']!;

/** Reports round money to 6 significant digits: compare with a relative tolerance. */
function nearUsd(actual: number | null | undefined, expected: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-5 + 1e-12);
}

const dir = mkdtempSync(join(tmpdir(), 'batchlint-cost-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

interface Job {
  name?: string;
  vcpus?: number;
  memory?: number;
  fargate?: boolean;
  arm?: boolean;
  storage?: number;
  timeout?: number;
  attempts?: number;
  multinode?: { numNodes: number; instanceType?: string };
}

function jobDefinition(job: Job): object {
  const rr = [
    ...(job.vcpus !== undefined ? [{ type: 'VCPU', value: String(job.vcpus) }] : []),
    ...(job.memory !== undefined ? [{ type: 'MEMORY', value: String(job.memory) }] : []),
  ];
  const container = { image: 'public.ecr.aws/x/y:1', resourceRequirements: rr, ...(job.fargate ? { executionRoleArn: 'arn:aws:iam::123456789012:role/exec' } : {}), ...(job.multinode?.instanceType ? { instanceType: job.multinode.instanceType } : {}) };
  return {
    jobDefinitionName: job.name ?? 'job',
    type: job.multinode ? 'multinode' : 'container',
    ...(job.fargate ? { platformCapabilities: ['FARGATE'] } : {}),
    ...(job.multinode
      ? { nodeProperties: { numNodes: job.multinode.numNodes, mainNode: 0, nodeRangeProperties: [{ targetNodes: '0:', container }] } }
      : { containerProperties: { ...container, ...(job.arm ? { runtimePlatform: { cpuArchitecture: 'ARM64', operatingSystemFamily: 'LINUX' } } : {}), ...(job.storage ? { ephemeralStorage: { sizeInGiB: job.storage } } : {}) } }),
    ...(job.timeout ? { timeout: { attemptDurationSeconds: job.timeout } } : {}),
    ...(job.attempts ? { retryStrategy: { attempts: job.attempts } } : {}),
  };
}

function environment(name: string, type: string, extra: Record<string, unknown> = {}): object {
  const fargate = type.startsWith('FARGATE');
  return { computeEnvironmentName: name, type: 'MANAGED', computeResources: { type, maxvCpus: 256, subnets: ['subnet-1'], ...(fargate ? { securityGroupIds: ['sg-1'] } : { minvCpus: 0, instanceRole: 'ecsInstanceRole' }), ...extra } };
}

async function estimate(job: Job, env: object, options: Partial<CostOptions> = {}, files: Record<string, string> = {}) {
  const sub = join(dir, `case-${counter++}`);
  const { mkdirSync } = await import('node:fs');
  mkdirSync(sub);
  const envName = (env as { computeEnvironmentName: string }).computeEnvironmentName;
  writeFileSync(join(sub, 'batch.json'), JSON.stringify({ jobDefinitions: [jobDefinition(job)], computeEnvironments: [env], jobQueues: [{ jobQueueName: 'queue', priority: 1, computeEnvironmentOrder: [{ order: 1, computeEnvironment: envName }] }] }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(sub, name), text);
  const result = await lintPaths(['batch.json'], { cwd: sub, rules: [] });
  const report = estimateCosts(result.model, { catalog: bundledPriceCatalog(), ...options });
  expect(report.estimates).toHaveLength(1);
  return { report, estimate: report.estimates[0]! };
}

describe('durations', () => {
  it.each([
    ['90s', 90],
    ['30m', 1800],
    ['2h', 7200],
    ['1.5h', 5400],
    ['45', 45],
    ['1d', 86400],
  ])('%s is %i seconds', (text, seconds) => expect(parseDuration(text)).toBe(seconds));
  it.each(['', 'abc', '-5', '0', '10 minutes', '5w'])('rejects %j', (text) => expect(parseDuration(text)).toBeUndefined());
  it('prints short forms', () => expect([90, 1800, 5400, 93600].map(formatDuration)).toEqual(['1m 30s', '30m', '1h 30m', '1d 2h']));
});

describe('EC2 On-Demand', () => {
  it('BEST_FIT: the cheapest type that fits, price x duration', async () => {
    const { estimate: e } = await estimate({ vcpus: 2, memory: 4096, timeout: 3600, attempts: 3 }, environment('ce', 'EC2', { instanceTypes: ['m5.large', 'm5.xlarge', 'm5.2xlarge'] }), { durationSeconds: 1800 });
    expect(e).toMatchObject({ capacity: 'on-demand', instanceType: 'm5.large', jobsPerInstance: 1, durationSeconds: 1800, region: 'us-east-1', priceBasis: 'on-demand-list', range: null });
    nearUsd(e.costPerJobUsd, (od('m5.large') * 1800) / 3600);
    // Worst case: 3600 s x 3 attempts.
    nearUsd(e.worstCasePerSubmissionUsd, od('m5.large') * 3);
    expect(e.monthlyUsd).toBeNull();
  });

  it('copies per instance divide the cost when the submission fills them: 1 vCPU / 2048 MiB on m5.xlarge holds 4 (vCPU-bound)', async () => {
    const { estimate: e } = await estimate({ vcpus: 1, memory: 2048 }, environment('ce', 'EC2', { instanceTypes: ['m5.xlarge'] }), { durationSeconds: 600, arraySize: 4 });
    expect(e.jobsPerInstance).toBe(4);
    expect(e.packing).toMatchObject({ instances: 1, waves: 1 });
    nearUsd(e.costPerJobUsd, (od('m5.xlarge') * 600) / 3600 / 4);
  });

  it('a lone job pays the whole instance; the range runs from packed (other jobs fill it) to one job per instance', async () => {
    const { estimate: e } = await estimate({ vcpus: 1, memory: 2048 }, environment('ce', 'EC2', { instanceTypes: ['m5.xlarge'] }), { durationSeconds: 600 });
    nearUsd(e.costPerJobUsd, (od('m5.xlarge') * 600) / 3600);
    nearUsd(e.packing!.packedUsd, (od('m5.xlarge') * 600) / 3600 / 4);
    nearUsd(e.packing!.onePerInstanceUsd, (od('m5.xlarge') * 600) / 3600);
    expect(e.packing!.headline).toMatch(/a lone job/);
  });

  it('memory-bound copies follow the placement memory model', async () => {
    const m5xl = loadInstanceCatalog().get('m5.xlarge')!;
    const copies = Math.floor(availableMemoryMiB(m5xl) / 5000);
    const { estimate: e } = await estimate({ vcpus: 0.5, memory: 5000 }, environment('ce', 'EC2', { instanceTypes: ['m5.xlarge'] }), { durationSeconds: 600, arraySize: copies });
    expect(e.jobsPerInstance).toBe(copies);
    nearUsd(e.costPerJobUsd, (od('m5.xlarge') * 600) / 3600 / copies);
  });

  it('bills at least 60 seconds', async () => {
    const { estimate: e } = await estimate({ vcpus: 2, memory: 4096 }, environment('ce', 'EC2', { instanceTypes: ['m5.large'] }), { durationSeconds: 20 });
    nearUsd(e.costPerJobUsd, (od('m5.large') * 60) / 3600);
  });

  it('an array of 10,000 20-second children shares instances and the 60-second minimum (packed in waves within maxvCpus)', async () => {
    // maxvCpus 256 (environment()): 128 m5.large at 2 copies each = 256 slots; 10,000 / 256 -> 40 waves of 20 s = 800 s per instance.
    const { estimate: e } = await estimate({ vcpus: 1, memory: 2048 }, environment('ce', 'EC2', { instanceTypes: ['m5.large'] }), { durationSeconds: 20, arraySize: 10000 });
    expect(e.packing).toMatchObject({ instances: 128, waves: 40, billedSecondsPerInstance: 800 });
    const perJob = (128 * od('m5.large') * 800) / 3600 / 10000;
    nearUsd(e.costPerJobUsd, perJob);
    nearUsd(e.costPerSubmissionUsd, perJob * 10000);
    // Against the old model (60 s minimum per job slot): three times the price.
    expect(((od('m5.large') * 60) / 3600 / 2) / perJob).toBeGreaterThan(2.8);
  });

  it('chooses the type by cost per job, not by price per instance-hour', async () => {
    // 1 vCPU / 2500 MiB: m5.large (8 GiB) holds 2 (memory after the ECS reserve allowing), c5.large (4 GiB) holds 1.
    const { estimate: e } = await estimate({ vcpus: 1, memory: 2500 }, environment('ce', 'EC2', { instanceTypes: ['c5.large', 'm5.large'] }), { durationSeconds: 3600, arraySize: 1000 });
    expect(e.instanceType).toBe('m5.large');
    expect(e.choice).toMatch(/BEST_FIT launches the lowest cost per job, m5\.large, of the 2 fitting priced types/);
    const { estimate: lone } = await estimate({ vcpus: 1, memory: 2500 }, environment('ce', 'EC2', { instanceTypes: ['c5.large', 'm5.large'] }), { durationSeconds: 3600 });
    expect(lone.instanceType).toBe('c5.large');
  });

  it('array jobs: x array size per submission, in the worst case and per month', async () => {
    // 2 vCPU / 4096 MiB: one copy per m5.large, so the array is 100 instances of one job each.
    const { estimate: e } = await estimate({ vcpus: 2, memory: 4096, timeout: 600, attempts: 2 }, environment('ce', 'EC2', { instanceTypes: ['m5.large'] }), { durationSeconds: 300, arraySize: 100, jobsPerMonth: 30 });
    const perJob = (od('m5.large') * 300) / 3600;
    expect(e.arraySize).toBe(100);
    nearUsd(e.costPerSubmissionUsd, perJob * 100);
    nearUsd(e.worstCasePerSubmissionUsd, ((od('m5.large') * 600) / 3600) * 2 * 100);
    nearUsd(e.monthlyUsd, perJob * 100 * 30);
  });

  it('a job cannot run past its timeout: the duration priced is capped at it, and the report says so', async () => {
    const { estimate: e } = await estimate({ vcpus: 2, memory: 4096, timeout: 600, attempts: 2 }, environment('ce', 'EC2', { instanceTypes: ['m5.large'] }));
    expect(e.durationSeconds).toBe(600);
    nearUsd(e.costPerJobUsd, (od('m5.large') * 600) / 3600);
    nearUsd(e.worstCasePerSubmissionUsd, ((od('m5.large') * 600) / 3600) * 2);
    expect(e.costPerJobUsd!).toBeLessThanOrEqual(e.worstCasePerSubmissionUsd!);
    expect(e.notes.join(' ')).toContain("duration capped at the job's timeout, 10m");
  });

  it('a timeout known only at deploy time gives an unknown worst case, not an unbounded one', async () => {
    const sub = join(dir, `case-${counter++}`);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(sub);
    writeFileSync(join(sub, 'template.yaml'), [
      'Parameters:',
      '  Env: { Type: String }',
      'Conditions:',
      '  IsProd: !Equals [!Ref Env, prod]',
      'Resources:',
      '  Job:',
      '    Type: AWS::Batch::JobDefinition',
      '    Properties:',
      '      Type: container',
      '      ContainerProperties:',
      '        Image: public.ecr.aws/x/y:1',
      '        ResourceRequirements: [{ Type: VCPU, Value: "2" }, { Type: MEMORY, Value: "4096" }]',
      '      Timeout: { AttemptDurationSeconds: !If [IsProd, 3600, 600] }',
      '  CE:',
      '    Type: AWS::Batch::ComputeEnvironment',
      '    Properties: { Type: MANAGED, ComputeResources: { Type: EC2, MaxvCpus: 16, Subnets: [s], InstanceTypes: [m5.large], InstanceRole: r } }',
      '  Queue:',
      '    Type: AWS::Batch::JobQueue',
      '    Properties: { Priority: 1, ComputeEnvironmentOrder: [{ Order: 1, ComputeEnvironment: !Ref CE }] }',
    ].join('\n'));
    const result = await lintPaths(['template.yaml'], { cwd: sub, rules: [] });
    const [e] = estimateCosts(result.model, { catalog: bundledPriceCatalog() }).estimates;
    expect(e?.worstCase).toBe('unknown');
    expect(e?.worstCasePerSubmissionUsd).toBeNull();
  });

  it('multinode: one instance per node, x nodes', async () => {
    const { estimate: e } = await estimate({ vcpus: 4, memory: 7000, multinode: { numNodes: 4, instanceType: 'c5.xlarge' }, timeout: 7200 }, environment('ce', 'EC2', { instanceTypes: ['c5'] }), { durationSeconds: 3600 });
    expect(e).toMatchObject({ instanceType: 'c5.xlarge', nodes: 4, jobsPerInstance: 1 });
    nearUsd(e.costPerJobUsd, od('c5.xlarge') * 4);
    nearUsd(e.worstCasePerSubmissionUsd, od('c5.xlarge') * 4 * 2);
  });

  it('BEST_FIT_PROGRESSIVE: states the choice and shows the range', async () => {
    const { estimate: e } = await estimate({ vcpus: 2, memory: 4096 }, environment('ce', 'EC2', { allocationStrategy: 'BEST_FIT_PROGRESSIVE', instanceTypes: ['m5.large', 'm5.4xlarge'] }), { durationSeconds: 3600 });
    expect(e.instanceType).toBe('m5.large');
    expect(e.choice).toMatch(/BEST_FIT_PROGRESSIVE/);
    // m5.4xlarge holds 8 copies at 8x the price: the same cost per job.
    expect(e.range).toMatchObject({ types: 2 });
    nearUsd(e.range!.lowUsd, Math.min(od('m5.large'), od('m5.4xlarge') / 8));
  });

  it('unbounded worst case without a timeout; the default duration is stated', async () => {
    const { estimate: e } = await estimate({ vcpus: 2, memory: 4096 }, environment('ce', 'EC2', { instanceTypes: ['m5.large'] }));
    expect(e.worstCase).toBe('unbounded');
    expect(e.worstCasePerSubmissionUsd).toBeNull();
    expect(e.durationSeconds).toBe(3600);
    expect(e.notes.join(' ')).toMatch(/no duration given: 1h assumed/);
  });

  it('a region with a real figure uses it; a type without one is a labelled estimate from the Region\'s ratio', async () => {
    const { estimate: priced } = await estimate({ vcpus: 2, memory: 4096 }, environment('ce', 'EC2', { instanceTypes: ['m5.large'] }), { durationSeconds: 3600, region: 'eu-west-1' });
    nearUsd(priced.costPerJobUsd, od('m5.large', 'eu-west-1'));
    expect(priced.priceBasis).toBe('on-demand-list');
    const { estimate: estimated } = await estimate({ vcpus: 2, memory: 4096 }, environment('ce', 'EC2', { instanceTypes: ['c7i.xlarge'] }), { durationSeconds: 3600, region: 'eu-west-1' });
    expect(estimated.priceBasis).toBe('on-demand-estimate');
    const ratio = bundledPriceCatalog().ec2.onDemandRatios!['eu-west-1']!.ratio;
    nearUsd(estimated.costPerJobUsd, Number((od('c7i.xlarge') * ratio).toPrecision(6)));
    expect(estimated.notes.join(' ')).toMatch(/c7i\.xlarge: estimate: the us-east-1 price x [\d.]+, eu-west-1's measured ratio/);
  });
});

describe('Spot', () => {
  it('prices a SPOT environment at the labelled Spot estimate', async () => {
    const { estimate: e } = await estimate({ vcpus: 2, memory: 4096 }, environment('ce', 'SPOT', { allocationStrategy: 'SPOT_PRICE_CAPACITY_OPTIMIZED', instanceTypes: ['m5.large'] }), { durationSeconds: 1800 });
    expect(e).toMatchObject({ capacity: 'spot', instanceType: 'm5.large', priceBasis: 'spot-estimate' });
    nearUsd(e.costPerJobUsd, (spot('m5.large') * 1800) / 3600);
    expect(e.notes.join(' ')).toMatch(/estimate: On-Demand less the typical \d+% Spot saving/);
  });

  it('uses a market price when the catalog has one', async () => {
    const catalog = parsePriceCatalog({ format: 'batchlint-price-catalog/1', source: 'test', date: '2026-11-25', currency: 'USD', ec2: { onDemand: { 'us-east-1': { 'm5.large': 0.096 } }, spot: { 'us-east-1': { 'm5.large': { usdPerHour: 0.04, zones: { 'us-east-1a': 0.035, 'us-east-1b': 0.04 } } } } }, fargate: {} }, 'test');
    const { estimate: e } = await estimate({ vcpus: 2, memory: 4096 }, environment('ce', 'SPOT', { instanceTypes: ['m5.large'] }), { durationSeconds: 3600, catalog });
    expect(e.priceBasis).toBe('spot-market');
    nearUsd(e.costPerJobUsd, 0.04);
  });
});

describe('Fargate', () => {
  it('vCPU-hours and GB-hours per second', async () => {
    const { estimate: e } = await estimate({ vcpus: 1, memory: 2048, fargate: true }, environment('fg', 'FARGATE'), { durationSeconds: 90 });
    expect(e).toMatchObject({ capacity: 'fargate', instanceType: null, jobsPerInstance: 1, priceBasis: 'fargate-list' });
    nearUsd(e.costPerJobUsd, ((FG.x86_64.vcpuHour * 1 + FG.x86_64.gbHour * 2) * 90) / 3600);
  });

  it('ARM rates, extra ephemeral storage, and the 1-minute minimum', async () => {
    const { estimate: e } = await estimate({ vcpus: 2, memory: 8192, fargate: true, arm: true, storage: 50 }, environment('fg', 'FARGATE'), { durationSeconds: 30 });
    expect(e.fargateSize).toEqual({ vcpus: 2, memoryMiB: 8192, ephemeralStorageGiB: 50, architecture: 'arm64' });
    nearUsd(e.costPerJobUsd, ((FG.arm64.vcpuHour * 2 + FG.arm64.gbHour * 8 + FG.ephemeralStorageGbHour * 30) * 60) / 3600);
  });

  it.each([
    ['x86_64', false],
    ['arm64', true],
  ] as const)('Fargate Spot (%s) without a listed rate: a labelled range from the advertised 70%% off to the On-Demand rate, with its source', async (arch, arm) => {
    const { estimate: e } = await estimate({ vcpus: 1, memory: 2048, fargate: true, arm }, environment('fgs', 'FARGATE_SPOT'), { durationSeconds: 600 });
    const onDemand = ((FG[arch].vcpuHour * 1 + FG[arch].gbHour * 2) * 600) / 3600;
    expect(e).toMatchObject({ capacity: 'fargate-spot', priceBasis: 'fargate-spot-estimate' });
    nearUsd(e.costPerJobUsd, onDemand * 0.3);
    nearUsd(e.fargateSpotRange!.lowUsd, onDemand * 0.3);
    nearUsd(e.fargateSpotRange!.highUsd, onDemand);
    expect(e.notes.join(' ')).toMatch(new RegExp(`estimate: Fargate Spot has no fixed published rate; priced at the advertised 70% off the Fargate On-Demand ${arch} rate \\(source: AWS Fargate pricing page`));
  });

  it('Fargate Spot in a region without Fargate rates: no figure, pointing at --live-pricing', async () => {
    const catalog = parsePriceCatalog({ format: 'batchlint-price-catalog/1', source: 'test', date: '2026-11-25', currency: 'USD', ec2: { onDemand: {} }, fargate: { onDemand: {}, spot: {} } }, 'test');
    const { estimate: e } = await estimate({ vcpus: 1, memory: 2048, fargate: true }, environment('fgs', 'FARGATE_SPOT'), { durationSeconds: 600, catalog });
    expect(e.costPerJobUsd).toBeNull();
    expect(e.notes.join(' ')).toMatch(/no Fargate Spot rate .* no fixed published rate .*--live-pricing/);
  });

  it('Fargate Spot at the rates of a catalog that has them', async () => {
    const catalog = parsePriceCatalog({ format: 'batchlint-price-catalog/1', source: 'test', date: '2026-11-25', currency: 'USD', ec2: { onDemand: {} }, fargate: { onDemand: {}, spot: { 'us-east-1': { x86_64: { vcpuHour: 0.0127, gbHour: 0.0014 } } } } }, 'test');
    const { estimate: e } = await estimate({ vcpus: 4, memory: 8192, fargate: true }, environment('fgs', 'FARGATE_SPOT'), { durationSeconds: 1200, catalog });
    expect(e.priceBasis).toBe('fargate-spot-list');
    nearUsd(e.costPerJobUsd, ((0.0127 * 4 + 0.0014 * 8) * 1200) / 3600);
  });
});

describe('workloads and recommendations', () => {
  it('takes duration, array size and jobs per day from the config workloads', async () => {
    const sub = join(dir, 'workloads');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(sub);
    writeFileSync(join(sub, 'batch.json'), JSON.stringify({ jobDefinitions: [jobDefinition({ name: 'etl', vcpus: 2, memory: 4096 })], computeEnvironments: [environment('ce', 'EC2', { instanceTypes: ['m5.large'] })], jobQueues: [{ jobQueueName: 'queue', priority: 1, computeEnvironmentOrder: [{ order: 1, computeEnvironment: 'ce' }] }] }));
    const result = await lintPaths(['batch.json'], { cwd: sub, rules: [], pairings: [{ jobDefinition: 'etl', jobQueue: 'queue', arraySize: 10, origin: 'config' }] });
    const report = estimateCosts(result.model, { catalog: bundledPriceCatalog(), workloads: [{ jobDefinition: 'etl', jobQueue: 'queue', jobsPerDay: 4, arraySize: 10, typicalDurationSeconds: 900 }] });
    const e = report.estimates[0]!;
    const perJob = (od('m5.large') * 900) / 3600;
    expect(e).toMatchObject({ durationSeconds: 900, arraySize: 10 });
    nearUsd(e.monthlyUsd, perJob * 10 * 4 * (730 / 24));
    expect(e.pairing).toMatch(/config's workloads/);
  });

  it('recommends Spot for an On-Demand environment serving a job that retries reclaims, with the saving', async () => {
    const job = { ...jobDefinition({ vcpus: 2, memory: 4096, timeout: 1800 }), retryStrategy: { attempts: 3, evaluateOnExit: [{ onStatusReason: 'Host EC2*', action: 'RETRY' }, { onReason: '*', action: 'EXIT' }] } };
    expect(retriesSpotReclaims(job)).toBe(true);
    expect(retriesSpotReclaims({ retryStrategy: { attempts: 3, evaluateOnExit: [{ onReason: '*', action: 'EXIT' }] } })).toBe(false);
    expect(retriesSpotReclaims({ retryStrategy: { attempts: 1 } })).toBe(false);
    const sub = join(dir, 'spot-rec');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(sub);
    writeFileSync(join(sub, 'batch.json'), JSON.stringify({ jobDefinitions: [job], computeEnvironments: [environment('ce', 'EC2', { instanceTypes: ['m5.large'] })], jobQueues: [{ jobQueueName: 'queue', priority: 1, computeEnvironmentOrder: [{ order: 1, computeEnvironment: 'ce' }] }] }));
    const result = await lintPaths(['batch.json'], { cwd: sub, rules: [] });
    const report = estimateCosts(result.model, { catalog: bundledPriceCatalog(), durationSeconds: 1200, jobsPerMonth: 1000 });
    const rec = report.recommendations.find((r) => r.kind === 'use-spot')!;
    nearUsd(rec.savingPerJobUsd, ((od('m5.large') - spot('m5.large')) * 1200) / 3600);
    nearUsd(rec.savingPerMonthUsd, rec.savingPerJobUsd! * 1000);
  });

  it('recommends trimming memory that keeps one more copy off an instance', async () => {
    const m5xl = loadInstanceCatalog().get('m5.xlarge')!;
    const available = availableMemoryMiB(m5xl);
    const memory = Math.floor(available / 2) + 100; // just above two copies
    const { report, estimate: e } = await estimate({ vcpus: 1, memory }, environment('ce', 'EC2', { instanceTypes: ['m5.xlarge'] }), { durationSeconds: 3600 });
    expect(e.jobsPerInstance).toBe(1);
    const rec = report.recommendations.find((r) => r.kind === 'trim-memory')!;
    expect(rec.message).toContain(`at ${Math.floor(available / 2)} MiB or less it would hold 2`);
    nearUsd(rec.savingPerJobUsd, od('m5.xlarge') / 2);
  });
});

async function fullReport(doc: object, options: Partial<CostOptions> = {}) {
  const sub = join(dir, `case-${counter++}`);
  const { mkdirSync } = await import('node:fs');
  mkdirSync(sub);
  writeFileSync(join(sub, 'batch.json'), JSON.stringify(doc));
  const result = await lintPaths(['batch.json'], { cwd: sub, rules: [] });
  return estimateCosts(result.model, { catalog: bundledPriceCatalog(), ...options });
}

describe('idle floor and totals', () => {
  it('minvCpus 16 on m6i: one m6i.4xlarge around the clock, its own line, in the totals', async () => {
    const report = await fullReport({
      jobDefinitions: [jobDefinition({ name: 'etl', vcpus: 2, memory: 4096 })],
      computeEnvironments: [environment('warm', 'EC2', { instanceTypes: ['m6i'], minvCpus: 16 })],
      jobQueues: [{ jobQueueName: 'queue', priority: 1, computeEnvironmentOrder: [{ order: 1, computeEnvironment: 'warm' }] }],
    }, { durationSeconds: 600, jobsPerMonth: 100 });
    expect(report.idleFloors).toEqual([expect.objectContaining({ computeEnvironment: 'warm', vCpus: 16, from: 'minvCpus', instanceType: 'm6i.4xlarge', instances: 1 })]);
    nearUsd(report.idleFloors[0]!.monthlyUsd, od('m6i.4xlarge') * 730);
    const e = report.estimates[0]!;
    expect(e.expectedToRun).toBe(true);
    nearUsd(e.idleFloorMonthlyUsd, od('m6i.4xlarge') * 730);
    const run = report.totals.find((t) => t.scope === 'run')!;
    nearUsd(run.idleFloorMonthlyUsd, od('m6i.4xlarge') * 730);
    nearUsd(run.monthlyUsd, od('m6i.4xlarge') * 730 + e.monthlyUsd!);
    nearUsd(run.worstCaseBurnUsdPerHour, 256 * (od('m6i.large') / 2));
    expect(report.totals.map((t) => t.scope)).toEqual(['queue', 'file', 'run']);
  });

  it('desiredvCpus above minvCpus sets the floor, in whole instances of the cheapest cover', async () => {
    const report = await fullReport({ jobDefinitions: [], computeEnvironments: [environment('warm', 'EC2', { instanceTypes: ['m6i.xlarge', 'm6i.4xlarge'], minvCpus: 4, desiredvCpus: 20 })], jobQueues: [] });
    // 20 vCPUs: 5 x m6i.xlarge ($0.96/h) beats 2 x m6i.4xlarge.
    expect(report.idleFloors[0]).toMatchObject({ vCpus: 20, from: 'desiredvCpus', instanceType: 'm6i.xlarge', instances: 5 });
    nearUsd(report.idleFloors[0]!.monthlyUsd, 5 * od('m6i.xlarge') * 730);
  });

  it('a pairing counts once, on the first environment of the queue that holds the job', async () => {
    const report = await fullReport({
      jobDefinitions: [jobDefinition({ name: 'big', vcpus: 8, memory: 16000 })],
      computeEnvironments: [environment('small', 'EC2', { instanceTypes: ['m5.large'] }), environment('large', 'EC2', { instanceTypes: ['m5.4xlarge'] }), environment('later', 'EC2', { instanceTypes: ['m5.8xlarge'] })],
      jobQueues: [{ jobQueueName: 'queue', priority: 1, computeEnvironmentOrder: [{ order: 1, computeEnvironment: 'small' }, { order: 2, computeEnvironment: 'large' }, { order: 3, computeEnvironment: 'later' }] }],
    }, { durationSeconds: 3600, jobsPerMonth: 10 });
    const expected = report.estimates.filter((e) => e.expectedToRun);
    expect(expected.map((e) => e.computeEnvironment)).toEqual(['large']);
    nearUsd(report.totals.find((t) => t.scope === 'queue')!.jobsMonthlyUsd, od('m5.4xlarge') * 10);
  });
});

describe('bidPercentage', () => {
  it('bidPercentage 30 with a typical Spot price above it: will rarely launch, no price', async () => {
    // m5.large: the Spot Advisor's typical saving is 66%, so Spot is ~34% of On-Demand, above a 30% cap.
    const { estimate: e } = await estimate({ vcpus: 2, memory: 4096 }, environment('ce', 'SPOT', { instanceTypes: ['m5.large'], bidPercentage: 30 }), { durationSeconds: 600 });
    expect(e.costPerJobUsd).toBeNull();
    expect(e.rarelyLaunches).toBe(true);
    expect(e.notes.join(' ')).toMatch(/will rarely launch: .*bidPercentage 30% of On-Demand/);
  });

  it('types above the cap are left out, the rest priced at or below it', async () => {
    // Cap 35%: m5.large (~34%) stays, c5.large (41%) is left out.
    const { estimate: e } = await estimate({ vcpus: 2, memory: 3000 }, environment('ce', 'SPOT', { instanceTypes: ['m5.large', 'c5.large'], bidPercentage: 35, allocationStrategy: 'SPOT_CAPACITY_OPTIMIZED' }), { durationSeconds: 600 });
    expect(e.instanceType).toBe('m5.large');
    expect(e.usdPerHour!).toBeLessThanOrEqual(od('m5.large') * 0.35);
    expect(e.notes.join(' ')).toMatch(/1 fitting type\(s\) have a typical Spot price above the bid cap .*c5\.large/);
  });
});

describe('allocation strategies', () => {
  // A lone 2 vCPU / 3000 MiB job on four Spot types with different prices and interruption bands.
  const types = ['c5.large', 'c6i.large', 'c7i.large', 'm5.large'];
  it.each([
    ['BEST_FIT', 'c7i.large', /BEST_FIT launches the lowest cost per job, c7i\.large/],
    ['BEST_FIT_PROGRESSIVE', 'c7i.large', /BEST_FIT_PROGRESSIVE starts with the lowest cost per job, c7i\.large/],
    ['SPOT_CAPACITY_OPTIMIZED', 'c5.large', /deepest Spot pools: c5\.large has the lowest interruption band .*<5%/],
    ['SPOT_PRICE_CAPACITY_OPTIMIZED', 'c6i.large', /c6i\.large is the lowest cost per job among the 2 of 4 fitting priced types within one interruption band/],
  ])('%s launches %s, and says why', async (strategy, type, reason) => {
    const { estimate: e } = await estimate({ vcpus: 2, memory: 3000 }, environment('ce', 'SPOT', { instanceTypes: types, allocationStrategy: strategy }), { durationSeconds: 1800 });
    expect(e.instanceType).toBe(type);
    expect(e.choice).toMatch(reason);
    nearUsd(e.costPerJobUsd, spot(type) / 2);
    if (strategy === 'BEST_FIT') expect(e.range).toBeNull();
    else expect(e.range).toMatchObject({ lowInstanceType: 'c7i.large', highInstanceType: 'c5.large', types: 4 });
  });

  it('never prices another size in place of a fitting size without a price', async () => {
    const catalog = parsePriceCatalog({ format: 'batchlint-price-catalog/1', source: 'test', date: '2026-11-25', currency: 'USD', ec2: { onDemand: { 'eu-west-1': { 'm5.xlarge': 0.214 } } }, fargate: {} }, 'test');
    const { estimate: e } = await estimate({ vcpus: 2, memory: 4096 }, environment('ce', 'EC2', { instanceTypes: ['m5.large', 'm5.xlarge'] }), { durationSeconds: 3600, region: 'eu-west-1', catalog });
    expect(e.costPerJobUsd).toBeNull();
    expect(e.notes.join(' ')).toMatch(/unpriced: m5\.large fits and has no On-Demand price in the catalog; BEST_FIT may launch it, so no other size is priced in its place; use --live-pricing/);
  });
});

describe('price sources', () => {
  it('names the source and date of each kind of figure separately', async () => {
    const { report } = await estimate({ vcpus: 2, memory: 4096 }, environment('ce', 'EC2', { instanceTypes: ['m5.large'] }), { durationSeconds: 60 });
    const by = Object.fromEntries(report.priceSources.map((p) => [p.kind, p]));
    expect(Object.keys(by)).toEqual(['on-demand', 'spot', 'fargate', 'fargate-spot']);
    expect(by['on-demand']).toMatchObject({ source: expect.stringMatching(/karpenter/), date: expect.stringMatching(/^2026-07-20/) });
    expect(by.spot).toMatchObject({ source: expect.stringMatching(/Spot Instance Advisor/), date: '2025-06-28' });
    expect(by.fargate!.date).toMatch(/^2022-11-21/);
    expect(by['fargate-spot']!.source).toMatch(/^estimate: 70% off the Fargate On-Demand rates \(AWS Fargate pricing page/);
  });
});
