// `batchlint cost --diff BASE` end to end: the built CLI against a git repository (base = a revision,
// extracted with git archive) and against a path, with per-pairing and total changes computed by hand
// from the bundled catalog.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

const PRICES = JSON.parse(readFileSync(join(ROOT, 'data/price-catalog.json'), 'utf8')) as { ec2: { onDemand: Record<string, Record<string, number>> } };
const od = (t: string): number => PRICES.ec2.onDemand['us-east-1']![t]!;
const near = (a: number, b: number): void => expect(Math.abs(a - b)).toBeLessThanOrEqual(Math.abs(b) * 1e-5 + 1e-9);

function config(memory: number, minvCpus: number, maxvCpus: number): string {
  return JSON.stringify({
    jobDefinitions: [{ jobDefinitionName: 'etl', type: 'container', containerProperties: { image: 'x', resourceRequirements: [{ type: 'VCPU', value: '2' }, { type: 'MEMORY', value: String(memory) }] } }],
    computeEnvironments: [{ computeEnvironmentName: 'ce', type: 'MANAGED', computeResources: { type: 'EC2', minvCpus, maxvCpus, instanceTypes: ['m5.large', 'm5.xlarge'], subnets: ['s'], instanceRole: 'r' } }],
    jobQueues: [{ jobQueueName: 'q', priority: 1, computeEnvironmentOrder: [{ order: 1, computeEnvironment: 'ce' }] }],
  });
}

const repo = mkdtempSync(join(tmpdir(), 'batchlint-cost-diff-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
const cost = (args: string[], cwd = repo) => {
  const r = runCli(['cost', ...args, '--no-config', '--duration', '1h', '--jobs-per-month', '100'], { cwd });
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
};

mkdirSync(join(repo, 'infra'));
git('init', '-q');
writeFileSync(join(repo, 'infra', 'batch.json'), config(4096, 0, 64));
git('add', '.');
git('commit', '-qm', 'base');
// The change: memory that no longer fits an m5.large, a warm pool of 4 vCPUs, twice the ceiling.
writeFileSync(join(repo, 'infra', 'batch.json'), config(8000, 4, 128));

describe('cost --diff', () => {
  it('against a git revision: per pairing and in total (monthly, idle floor, worst-case burn), base extracted without touching the repository', () => {
    const r = cost(['infra', '--diff', 'HEAD', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const diff = JSON.parse(r.stdout) as { base: string; pairings: { status: string; base: { instanceType: string; monthlyUsd: number }; head: { instanceType: string; monthlyUsd: number }; monthlyDeltaUsd: number }[]; totals: Record<string, { base: number; head: number; delta: number }> };
    expect(diff.base).toMatch(/^HEAD \([0-9a-f]{12}\)$/);
    expect(diff.pairings).toHaveLength(1);
    const p = diff.pairings[0]!;
    expect(p).toMatchObject({ status: 'changed', base: { instanceType: 'm5.large' }, head: { instanceType: 'm5.xlarge' } });
    near(p.monthlyDeltaUsd, (od('m5.xlarge') - od('m5.large')) * 100);
    // Idle floor: 4 vCPUs = one m5.xlarge (or two m5.large, the same price) around the clock.
    near(diff.totals.idleFloorMonthlyUsd!.delta, od('m5.xlarge') * 730);
    near(diff.totals.monthlyUsd!.delta, (od('m5.xlarge') - od('m5.large')) * 100 + od('m5.xlarge') * 730);
    near(diff.totals.worstCaseBurnUsdPerHour!.base, 64 * (od('m5.large') / 2));
    near(diff.totals.worstCaseBurnUsdPerHour!.delta, 64 * (od('m5.large') / 2));
    expect(git('status', '--porcelain')).toBe(' M infra/batch.json\n');
    expect(git('worktree', 'list').trim().split('\n')).toHaveLength(1);
  });

  it('Markdown for the pull-request comment, and a path as the base', () => {
    const baseDir = join(repo, 'old');
    mkdirSync(baseDir);
    writeFileSync(join(baseDir, 'batch.json'), config(4096, 0, 64));
    const r = cost(['infra/batch.json', '--diff', 'old/batch.json', '--format', 'markdown']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^## batchlint cost change\n\nCompared with old\/batch\.json\./);
    expect(r.stdout).toContain(`| idle floor per month | $0 | $${(od('m5.xlarge') * 730).toFixed(2)} | +$${(od('m5.xlarge') * 730).toFixed(2)} |`);
    expect(r.stdout).toMatch(/\| etl \| q \| changed \| ce \(m5\.large\) -> ce \(m5\.xlarge\) \|/);
    rmSync(baseDir, { recursive: true });
  });

  it('a pairing only in the head is added; an unknown base is a usage error', () => {
    const r = cost(['infra', '--diff', 'HEAD~0:nothing', '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--diff: "HEAD~0:nothing" is neither a path nor a git revision/);
    const option = cost(['infra', '--diff', '--upload-pack=x']);
    expect(option.status).toBe(2);
    writeFileSync(join(repo, 'empty.json'), JSON.stringify({ jobDefinitions: [], computeEnvironments: [], jobQueues: [] }));
    const added = cost(['infra', '--diff', 'empty.json', '--format', 'json']);
    expect((JSON.parse(added.stdout) as { pairings: { status: string }[] }).pairings.map((p) => p.status)).toEqual(['added']);
    rmSync(join(repo, 'empty.json'));
  });
});
