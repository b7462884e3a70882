// Placement against the catalog's own figures: for several instance types, a job asking for exactly
// what the memory model gives jobs fits, and one MiB more does not (unplaceable-job); the margin
// warning starts one MiB above the margin floor. The rule fixtures' numbers are checked here too.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInstanceCatalog } from '../dist/src/catalog/instance-catalog.js';
import { availableMemoryMiB, availableVcpus, DEFAULT_MEMORY_MODEL, marginFloorMiB, memoryModelFromOptions, registeredMemoryMiB } from '../dist/src/placement/memory-model.js';
import { copiesPerInstance, fitOnType } from '../dist/src/placement/fit.js';
import { jobRequirements } from '../dist/src/placement/job-requirements.js';
import { placeJob } from '../dist/src/placement/place-job.js';
import { lintPaths } from '../dist/src/lint-files.js';
import { ROOT } from './helpers/cli.js';

const catalog = loadInstanceCatalog();
const type = (name: string) => catalog.get(name)!;
const node = (vcpus: number, memoryMiB: number, gpus = 0) => ({ vcpus: { value: vcpus, path: [] }, memoryMiB: { value: memoryMiB, path: [] }, ...(gpus ? { gpus: { value: gpus, path: [] } } : {}) });

function bundle(instanceTypes: string[], vcpus: number, memory: number, gpus = 0): string {
  const rr = [`{ type: VCPU, value: "${vcpus}" }`, `{ type: MEMORY, value: "${memory}" }`, ...(gpus ? [`{ type: GPU, value: "${gpus}" }`] : [])];
  return [
    'jobDefinitions:',
    '  - jobDefinitionName: job',
    '    type: container',
    '    containerProperties:',
    '      image: busybox',
    `      resourceRequirements: [${rr.join(', ')}]`,
    'computeEnvironments:',
    '  - computeEnvironmentName: ce',
    '    type: MANAGED',
    `    computeResources: { type: EC2, maxvCpus: 100000, instanceTypes: [${instanceTypes.join(', ')}], subnets: [subnet-1] }`,
    'jobQueues:',
    '  - jobQueueName: q',
    '    priority: 1',
    '    computeEnvironmentOrder: [{ order: 1, computeEnvironment: ce }]',
    '',
  ].join('\n');
}

const dir = mkdtempSync(join(tmpdir(), 'batchlint-placement-'));
async function ruleHits(text: string, ruleId: string): Promise<string[]> {
  const file = join(dir, 'input.yaml');
  writeFileSync(file, text);
  const result = await lintPaths([file], { cwd: dir });
  expect(result.findings.filter((f) => f.category === 'internal')).toEqual([]);
  return result.findings.filter((f) => f.ruleId === ruleId).map((f) => f.message);
}

describe('memory model', () => {
  it('reproduces the AWS example: m4.large registers 7985 MiB, 7953 after the 32 MiB agent reserve', () => {
    expect(registeredMemoryMiB(type('m4.large'))).toBe(7985);
    expect(availableMemoryMiB(type('m4.large'))).toBe(7953);
    expect(availableMemoryMiB(type('m5.large'))).toBe(7953);
    expect(marginFloorMiB(type('m5.large'))).toBe(7953 - Math.ceil(8192 * 0.03));
  });

  it('is configurable and keeps the EKS reserves apart', () => {
    const model = memoryModelFromOptions({ overheadPercent: 5, agentReserveMiB: 100, marginPercent: 'x' });
    expect(model).toMatchObject({ overheadPercent: 5, agentReserveMiB: 100, marginPercent: DEFAULT_MEMORY_MODEL.marginPercent });
    expect(availableMemoryMiB(type('m5.large'), model)).toBe(Math.floor(8192 * 0.95) - 100);
    expect(availableMemoryMiB(type('m5.large'), DEFAULT_MEMORY_MODEL, 'EKS')).toBe(7985 - 355);
    // EKS keeps 70m of a 2-vCPU node and 310m of a 96-vCPU node (AWS's c5.large / c5.24xlarge examples).
    expect(availableVcpus(type('c5.large'), 'EKS')).toBeCloseTo(1.93, 5);
    expect(availableVcpus(type('c5.24xlarge'), 'EKS')).toBeCloseTo(95.69, 5);
  });
});

describe('fit and copies', () => {
  it('counts copies per instance on every dimension', () => {
    expect(copiesPerInstance(node(1, 1024), type('m5.xlarge'))).toBe(4);
    expect(copiesPerInstance(node(1, 8000), type('m5.xlarge'))).toBe(1);
    expect(copiesPerInstance(node(4, 1024, 1), type('g5.12xlarge'))).toBe(4);
    expect(copiesPerInstance(node(1, 1024, 1), type('g4ad.xlarge'))).toBe(0); // AMD GPUs are not scheduled
    expect(fitOnType(node(2, 7954), type('m5.large')).shortfalls).toEqual([{ dimension: 'memory', need: 7954, offer: 7953 }]);
  });

  it('reads requirements from every container shape', () => {
    expect(jobRequirements({ containerProperties: { vcpus: 2, memory: 2048 } })?.nodes[0]).toMatchObject({ vcpus: { value: 2 }, memoryMiB: { value: 2048 } });
    const ecs = jobRequirements({ ecsProperties: { taskProperties: [{ containers: [
      { resourceRequirements: [{ type: 'VCPU', value: '1' }, { type: 'MEMORY', value: '1024' }] },
      { resourceRequirements: [{ type: 'VCPU', value: '0.5' }, { type: 'MEMORY', value: '512' }, { type: 'GPU', value: '1' }] },
    ] }] } });
    expect(ecs?.nodes[0]).toMatchObject({ vcpus: { value: 1.5 }, memoryMiB: { value: 1536 }, gpus: { value: 1 } });
    const eks = jobRequirements({ eksProperties: { podProperties: {
      initContainers: [{ resources: { limits: { cpu: '4', memory: '8192Mi' } } }],
      containers: [{ resources: { requests: { cpu: '1', memory: '2Gi' }, limits: { 'nvidia.com/gpu': '1' } } }, { resources: { limits: { cpu: '1', memory: '1024Mi' } } }],
    } } });
    expect(eks?.platform.orchestration).toBe('EKS');
    expect(eks?.nodes[0]).toMatchObject({ vcpus: { value: 4 }, memoryMiB: { value: 8192 }, gpus: { value: 1 } });
    const mnp = jobRequirements({ type: 'multinode', nodeProperties: { numNodes: 4, mainNode: 0, nodeRangeProperties: [
      { targetNodes: '0:', container: { instanceType: 'c5.4xlarge', resourceRequirements: [{ type: 'VCPU', value: '8' }] } },
      { targetNodes: '0', container: { resourceRequirements: [{ type: 'VCPU', value: '2' }] } },
    ] } });
    expect(mnp?.nodes.map((n) => n.nodes)).toEqual([3, 1]);
    expect(mnp?.nodes[0]?.instanceType?.value).toBe('c5.4xlarge');
  });
});

describe('exact boundaries against the catalog (unplaceable-job, memory-within-placement-margin)', () => {
  for (const name of ['m5.large', 'r6i.32xlarge', 'c7i.48xlarge', 'g5.xlarge', 't3.micro', 'm7g.medium']) {
    it(`${name}: fits at its model figure, not one MiB above`, async () => {
      const t = type(name);
      const available = availableMemoryMiB(t);
      const gpus = t.gpu ? 1 : 0;
      expect(await ruleHits(bundle([name], t.vcpus, available, gpus), 'unplaceable-job')).toEqual([]);
      const over = await ruleHits(bundle([name], t.vcpus, available + 1, gpus), 'unplaceable-job');
      expect(over).toHaveLength(1);
      expect(over[0]).toContain(`${name}, offers`);
      expect(over[0]).toContain(`about ${available} MiB to jobs`);
      expect(over[0]).toContain('32 MiB agent reserve');
      // One vCPU more than the type has: also unplaceable.
      expect(await ruleHits(bundle([name], t.vcpus + 1, 512, gpus), 'unplaceable-job')).toHaveLength(1);
    });
  }

  it('the margin warning starts one MiB above the margin floor', async () => {
    const t = type('m5.xlarge');
    const floor = marginFloorMiB(t);
    expect(await ruleHits(bundle(['m5.xlarge'], 1, floor), 'memory-within-placement-margin')).toEqual([]);
    expect(await ruleHits(bundle(['m5.xlarge'], 1, floor + 1), 'memory-within-placement-margin')).toHaveLength(1);
    expect(await ruleHits(bundle(['m5.xlarge'], 1, availableMemoryMiB(t)), 'memory-within-placement-margin')).toHaveLength(1);
  });

  it('a family fits on its largest non-metal size only', async () => {
    const largest = catalog.familyMembers('i3').filter((t) => !t.metal).at(-1)!;
    expect(await ruleHits(bundle(['i3'], largest.vcpus, 1024), 'unplaceable-job')).toEqual([]);
    expect(await ruleHits(bundle(['i3'], largest.vcpus + 1, 1024), 'unplaceable-job')).toHaveLength(1);
    expect(await ruleHits(bundle(['i3', 'i3.metal'], largest.vcpus + 1, 1024), 'unplaceable-job')).toEqual([]);
  });

  it('the fixtures use the catalog\'s figures', () => {
    const memoryOf = (rel: string) => Number(/MEMORY, value: "(\d+)"/.exec(readFileSync(join(ROOT, 'fixtures', rel), 'utf8'))![1]);
    const m5 = type('m5.large');
    expect(memoryOf('unplaceable-job/good/exact-boundary.yaml')).toBe(availableMemoryMiB(m5));
    expect(memoryOf('memory-within-placement-margin/bad/exact-model-figure.yaml')).toBe(availableMemoryMiB(m5));
    expect(memoryOf('memory-within-placement-margin/bad/one-mib-into-margin.yaml')).toBe(marginFloorMiB(m5) + 1);
    expect(memoryOf('memory-within-placement-margin/good/at-margin-floor.yaml')).toBe(marginFloorMiB(m5));
    const overText = readFileSync(join(ROOT, 'fixtures/unplaceable-job/bad/one-mib-over.yaml'), 'utf8');
    expect(Number(/type: MEMORY\s+value: "(\d+)"/.exec(overText)![1])).toBe(availableMemoryMiB(m5) + 1);
  });

  it('a model option changes the figure the finding names', async () => {
    const file = join(dir, 'opt.yaml');
    writeFileSync(file, bundle(['m5.large'], 2, 7900));
    const settings = { options: new Map([['unplaceable-job', { agentReserveMiB: 100 }]]) };
    const result = await lintPaths([file], { cwd: dir, settings });
    const hit = result.findings.find((f) => f.ruleId === 'unplaceable-job');
    expect(hit?.message).toContain('about 7885 MiB to jobs');
    expect(hit?.message).toContain('100 MiB agent reserve');
  });
});

describe('placeJob', () => {
  it('is unknown when an environment cannot be seen, and ignores disabled ones', async () => {
    const file = join(dir, 'place.yaml');
    writeFileSync(file, bundle(['m5.large', 'x9.huge'], 2, 9000));
    const result = await lintPaths([file], { cwd: dir, rules: [] });
    const graph = result.model.graph;
    const placement = placeJob(result.model.byKind.jobDefinition[0]!, graph.queues[0]!, graph);
    expect(placement.verdict).toBe('unknown');
    expect(placement.environments[0]?.expansion?.unresolved).toEqual(['x9.huge']);
  });
});
