// The sizing rules beyond their fixtures: values unknown before deploy keep them silent, and the
// model pieces they rest on (instance architecture by name, node ranges, EKS quantities, the
// generated Fargate size table) behave as the AWS texts they cite say.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { runRules } from '../dist/src/engine/run-rules.js';
import { RULES_BY_ID } from '../dist/rules/index.js';
import { architectureOfInstanceType } from '../dist/src/model/instance-architecture.js';
import { FARGATE_MEMORY_BY_VCPU, FARGATE_NEWER_VCPUS, FARGATE_VCPUS_NEEDING_1_4_0 } from '../dist/src/model/fargate-sizes.js';
import { parseTargetNodes, uncoveredNodes } from '../dist/rules/sizing/reading/node-ranges.js';
import { eksCpu, eksGpuCount, eksMemoryMiB } from '../dist/rules/sizing/reading/eks-quantities.js';
import { ROOT } from './helpers/cli.js';
import { makeUnknown } from './helpers/with-unknown.js';

type Path = (string | number)[];

// [rule id, bad fixture file, resource name, path inside that resource made unknown]
const UNKNOWN_CASES: [string, string, string, Path][] = [
  ['missing-resource-requirements', 'single.yaml', 'no-memory', ['containerProperties', 'resourceRequirements']],
  ['missing-resource-requirements', 'multinode.yaml', 'mnp-gap', ['nodeProperties', 'numNodes']],
  ['missing-resource-requirements', 'multinode.yaml', 'mnp-gap', ['nodeProperties', 'nodeRangeProperties', 1, 'container', 'resourceRequirements', 0, 'type']],
  ['invalid-resource-value', 'values.yaml', 'units', ['containerProperties', 'resourceRequirements']],
  ['invalid-resource-value', 'values.yaml', 'tiny', ['nodeProperties', 'nodeRangeProperties', 0, 'container', 'resourceRequirements', 1, 'value']],
  ['ec2-vcpu-below-one', 'fractions.yaml', 'half-cpu', ['containerProperties', 'resourceRequirements', 0, 'value']],
  ['ec2-vcpu-below-one', 'fractions.yaml', 'half-cpu', ['platformCapabilities', 0]],
  ['ec2-vcpu-below-one', 'fractions.yaml', 'zero-legacy', ['containerProperties', 'vcpus']],
  ['fargate-invalid-size', 'sizes.yaml', 'memory-off-grid', ['containerProperties', 'resourceRequirements', 1, 'value']],
  ['fargate-invalid-size', 'sizes.yaml', 'three-vcpus', ['platformCapabilities']],
  ['fargate-unsupported-field', 'container.yaml', 'ec2-habits-on-fargate', ['platformCapabilities']],
  ['fargate-execution-role-missing', 'no-role.yaml', 'no-exec-role', ['containerProperties', 'executionRoleArn']],
  ['fargate-platform-version', 'old-platform.yaml', 'big-on-old-platform', ['containerProperties', 'fargatePlatformConfiguration', 'platformVersion']],
  ['fargate-platform-version', 'old-platform.yaml', 'big-on-old-platform', ['containerProperties', 'resourceRequirements', 0, 'value']],
  ['ec2-job-fargate-field', 'forgot-capability.yaml', 'meant-for-fargate', ['platformCapabilities']],
  ['ec2-job-fargate-field', 'forgot-capability.yaml', 'meant-for-fargate', ['eksProperties']],
  ['multinode-node-ranges', 'ranges.yaml', 'gap-and-main', ['nodeProperties', 'numNodes']],
  ['multinode-instance-type', 'mixed.yaml', 'mixed-types', ['nodeProperties', 'nodeRangeProperties']],
  ['eks-resource-format', 'quantities.yaml', 'kubernetes-habits', ['eksProperties', 'podProperties']],
  ['eks-limits-requests', 'mismatch.yaml', 'limits-differ', ['eksProperties', 'podProperties', 'containers', 0, 'resources', 'limits']],
  ['compute-vcpu-bounds', 'bounds.yaml', 'min-above-max', ['computeResources', 'minvCpus']],
  ['compute-vcpu-bounds', 'bounds.yaml', 'desired-above-max', ['computeResources', 'desiredvCpus']],
  ['mixed-instance-architectures', 'mixed.yaml', 'bundle-and-graviton', ['computeResources', 'instanceTypes', 1]],
  ['fargate-compute-field', 'ec2-fields.yaml', 'fargate-with-ec2-habits', ['computeResources', 'type']],
  ['allocation-strategy-mismatch', 'strategies.yaml', 'on-demand-with-spot-strategy', ['computeResources', 'allocationStrategy']],
  ['allocation-strategy-mismatch', 'strategies.yaml', 'spot-with-ordered', ['computeResources', 'type']],
  ['spot-fleet-role-missing', 'no-role.yaml', 'spot-default-strategy', ['computeResources', 'spotIamFleetRole']],
  ['spot-fleet-role-missing', 'no-role.yaml', 'spot-best-fit', ['computeResources', 'allocationStrategy']],
  ['launch-template-invalid', 'templates.yaml', 'id-and-name', ['computeResources', 'launchTemplate']],
  ['deprecated-al2-image', 'al2.yaml', 'eks-al2', ['computeResources', 'ec2Configuration', 0, 'imageType']],
];

describe('sizing rules stay silent on unknown values', () => {
  it.each(UNKNOWN_CASES)('%s (%s, %s, %j unknown)', async (id, file, name, path) => {
    const rule = RULES_BY_ID.get(id)!;
    const settings = { only: new Set([id]) };
    const { findings } = await lintPaths([join('bad', file)], { cwd: join(ROOT, 'fixtures', id), settings });
    const before = findings.filter((f) => f.ruleId === id && f.resource?.name === name);
    expect(before.length, 'the fixture must trigger the rule on this resource first').toBeGreaterThan(0);
    // Facts are read once per resource: change a fresh model before anything reads it.
    const model = (await lintPaths([join('bad', file)], { cwd: join(ROOT, 'fixtures', id), settings: { only: new Set<string>() } })).model;
    const resource = model.resources.find((r) => r.name === name)!;
    makeUnknown(resource, path, '(known after apply)');
    const after = runRules(model, [rule], settings).filter((f) => f.resource?.name === name);
    expect(after.map((f) => f.message)).toEqual([]);
  });
});

describe('architectureOfInstanceType', () => {
  it.each([
    ['m6g.large', 'arm64'], ['c7gn', 'arm64'], ['r8g.metal-24xl', 'arm64'], ['t4g.nano', 'arm64'], ['a1.medium', 'arm64'],
    ['x2gd.xlarge', 'arm64'], ['im4gn.large', 'arm64'], ['is4gen.medium', 'arm64'], ['i4g', 'arm64'], ['g5g.xlarge', 'arm64'],
    ['hpc7g.4xlarge', 'arm64'], ['p6e-gb200.36xlarge', 'arm64'], ['mac2.metal', 'arm64'], ['default_arm64', 'arm64'],
    ['m5', 'x86_64'], ['c5.metal', 'x86_64'], ['g4dn.xlarge', 'x86_64'], ['gr6.4xlarge', 'x86_64'], ['p6-b200.48xlarge', 'x86_64'],
    ['u-6tb1.metal', 'x86_64'], ['u7i-12tb.224xlarge', 'x86_64'], ['mac1.metal', 'x86_64'], ['inf2', 'x86_64'],
    ['optimal', 'x86_64'], ['default_x86_64', 'x86_64'], ['M6I.Large', 'x86_64'],
  ])('%s is %s', (name, architecture) => {
    expect(architectureOfInstanceType(name)).toBe(architecture);
  });

  it.each(['', 'not-a-type', 'large', '.large', '__proto__'])('%j is not an instance type', (name) => {
    expect(architectureOfInstanceType(name)).toBeUndefined();
  });
});

describe('node ranges', () => {
  it('parses a:b, open ends and single indexes, and rejects anything else', () => {
    expect(parseTargetNodes('0:3')).toEqual({ start: 0, end: 3 });
    expect(parseTargetNodes(':3')).toEqual({ start: 0, end: 3 });
    expect(parseTargetNodes('4:')).toEqual({ start: 4, end: undefined });
    expect(parseTargetNodes('2')).toEqual({ start: 2, end: 2 });
    for (const bad of ['0-3', '3:1', 'a:b', '', '1:2:3', '-1:2']) expect(parseTargetNodes(bad), bad).toBeUndefined();
  });

  it('lists the nodes no range covers, nested and open-ended ranges included', () => {
    const r = (text: string) => parseTargetNodes(text)!;
    expect(uncoveredNodes([r('0:3'), r('4:')], 10)).toEqual([]);
    expect(uncoveredNodes([r('0:10'), r('4:5')], 8)).toEqual([]);
    expect(uncoveredNodes([r('0:1'), r('4')], 6)).toEqual(['2:3', '5']);
    expect(uncoveredNodes([r('1:')], 3)).toEqual(['0']);
    expect(uncoveredNodes([r('0')], 100000)).toEqual(['1:99999']);
    expect(uncoveredNodes([r('0')], 8, r('4:6'))).toEqual(['4:6']);
  });
});

describe('EKS quantities', () => {
  it('reads memory only as whole Mi', () => {
    expect(eksMemoryMiB('2048Mi')).toBe(2048);
    for (const bad of ['2Gi', '2048', '2048M', '2048mi', '1.5Mi']) expect(eksMemoryMiB(bad), bad).toBeUndefined();
  });
  it('reads cpu as plain vCPUs, never millicores', () => {
    expect(eksCpu('0.25')).toBe(0.25);
    expect(eksCpu('2')).toBe(2);
    expect(eksCpu('100m')).toBeUndefined();
  });
  it('reads GPUs as whole numbers', () => {
    expect(eksGpuCount('1')).toBe(1);
    expect(eksGpuCount('0.5')).toBeUndefined();
  });
});

describe('Fargate sizes', () => {
  it('holds the AWS combinations, with 32 vCPU marked as newer and 8/16/32 needing platform 1.4.0', () => {
    expect(FARGATE_MEMORY_BY_VCPU.get(0.25)).toEqual([512, 1024, 2048]);
    expect(FARGATE_MEMORY_BY_VCPU.get(2)).toEqual(Array.from({ length: 13 }, (_, i) => 4096 + 1024 * i));
    expect(FARGATE_MEMORY_BY_VCPU.get(16)).toEqual(Array.from({ length: 12 }, (_, i) => 32768 + 8192 * i));
    expect(FARGATE_MEMORY_BY_VCPU.get(32)).toEqual([61440, 122880, 249856]);
    expect([...FARGATE_MEMORY_BY_VCPU.keys()]).toEqual([0.25, 0.5, 1, 2, 4, 8, 16, 32]);
    expect([...FARGATE_NEWER_VCPUS]).toEqual([32]);
    expect([...FARGATE_VCPUS_NEEDING_1_4_0]).toEqual([8, 16, 32]);
  });

  it('scripts/generate-fargate-sizes.mjs turns the data file into the module', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fargate-sizes-'));
    const input = join(dir, 'sizes.json');
    writeFileSync(input, JSON.stringify({
      _meta: {
        sources: [{ what: 'vCPU 0.25-1 rows', url: 'https://example.test/a' }, { what: 'vCPU 2 row', url: 'https://example.test/b', note: 'Treat 2 vCPU as valid-but-newer.' }],
        platformVersionNotes: '2 vCPU requires Fargate Linux platform version 1.4.0 or later.',
      },
      linux: { '1': [2048, 3072], '0.25': [512], '2': [4096] },
    }));
    const output = join(dir, 'fargate-sizes.ts');
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/generate-fargate-sizes.mjs'), input, output], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(output, 'utf8');
    expect(text).toContain('  [0.25, [512]],\n  [1, [2048, 3072]],\n  [2, [4096]],');
    expect(text).toContain('FARGATE_NEWER_VCPUS: ReadonlySet<number> = new Set([2]);');
    expect(text).toContain('FARGATE_VCPUS_NEEDING_1_4_0: ReadonlySet<number> = new Set([2]);');
  });

  const shared = join(ROOT, 'data/sources/fargate/fargate-task-sizes.json');
  it('the committed src/model/fargate-sizes.ts matches data/sources', () => {
    const output = join(mkdtempSync(join(tmpdir(), 'fargate-sizes-')), 'fargate-sizes.ts');
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/generate-fargate-sizes.mjs'), shared, output], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(readFileSync(join(ROOT, 'src/model/fargate-sizes.ts'), 'utf8'));
  });
});
