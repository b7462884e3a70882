// The usage file and the workload names: `cost --write-workloads FILE` lists every pairing with the
// volume assumed; fed back as the config's workloads it sets the figures; a misspelt name is a usage
// error with a suggestion.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

const PRICES = JSON.parse(readFileSync(join(ROOT, 'data/price-catalog.json'), 'utf8')) as { ec2: { onDemand: Record<string, Record<string, number>> } };
const M5_LARGE = PRICES.ec2.onDemand['us-east-1']!['m5.large']!;
const work = mkdtempSync(join(tmpdir(), 'batchlint-workloads-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
writeFileSync(join(work, 'batch.json'), JSON.stringify({
  jobDefinitions: [{ jobDefinitionName: 'etl', type: 'container', containerProperties: { image: 'x', resourceRequirements: [{ type: 'VCPU', value: '2' }, { type: 'MEMORY', value: '4096' }] } }],
  computeEnvironments: [{ computeEnvironmentName: 'ce', type: 'MANAGED', computeResources: { type: 'EC2', minvCpus: 0, maxvCpus: 64, instanceTypes: ['m5.large'], subnets: ['s'], instanceRole: 'r' } }],
  jobQueues: [{ jobQueueName: 'nightly', priority: 1, computeEnvironmentOrder: [{ order: 1, computeEnvironment: 'ce' }] }],
}));
const cost = (args: string[]) => {
  const r = runCli(['cost', 'batch.json', ...args], { cwd: work });
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
};

describe('workloads', () => {
  it('--write-workloads writes every pairing with the volume assumed; filled in, it prices the month', () => {
    const r = cost(['--no-config', '--write-workloads', 'usage.json', '--format', 'json']);
    expect(r.status).toBe(0);
    const usage = JSON.parse(readFileSync(join(work, 'usage.json'), 'utf8')) as { $comment: string; workloads: { jobDefinition: string; jobQueue: string; jobsPerDay: number; typicalDurationSeconds: number }[] };
    expect(usage.workloads).toEqual([{ name: 'etl on nightly', jobDefinition: 'etl', jobQueue: 'nightly', jobsPerDay: 0, typicalDurationSeconds: 3600 }]);
    expect(usage.$comment).toMatch(/jobsPerDay 0 = none given; typicalDurationSeconds 3600 = the default/);
    usage.workloads[0]!.jobsPerDay = 10;
    usage.workloads[0]!.typicalDurationSeconds = 1800;
    writeFileSync(join(work, '.batchlint.json'), JSON.stringify({ workloads: usage.workloads }));
    const priced = cost(['--format', 'json']);
    expect(priced.status).toBe(0);
    const e = (JSON.parse(priced.stdout) as { estimates: { monthlyUsd: number; durationSeconds: number }[] }).estimates[0]!;
    expect(e.durationSeconds).toBe(1800);
    expect(Math.abs(e.monthlyUsd - (M5_LARGE / 2) * 10 * (730 / 24))).toBeLessThan(1e-3);
    rmSync(join(work, '.batchlint.json'));
  });

  it.each([
    [{ jobDefinition: 'etll', jobQueue: 'nightly' }, /workloads\[0\]: no job definition "etll" in the input; did you mean "etl"\?/],
    [{ jobDefinition: 'etl', jobQueue: 'nighly' }, /workloads\[0\]: no job queue "nighly" in the input; did you mean "nightly"\?/],
  ])('a misspelt workload name is a usage error with a suggestion (%j)', (workload, message) => {
    writeFileSync(join(work, '.batchlint.json'), JSON.stringify({ workloads: [workload] }));
    const r = cost([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    rmSync(join(work, '.batchlint.json'));
  });
});
