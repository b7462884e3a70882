// `batchlint explain` and `batchlint --version --verbose`, run as users run them.
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

describe('batchlint explain', () => {
  it('shows per environment the candidates, copies and why the others are ruled out', () => {
    const r = runCli(['explain', 'etl', 'fixtures/unplaceable-job/good/two-queues-one-fits.yaml']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('needs 2 vCPUs, 16000 MiB per copy');
    expect(r.stdout).toContain('32 MiB agent reserve');
    expect(r.stdout).toMatch(/Queue small-q: CANNOT RUN/);
    expect(r.stdout).toMatch(/m5\.large\s+needs 16000 MiB, offers about 7953 MiB to jobs/);
    expect(r.stdout).toMatch(/Queue big-q: can run/);
    expect(r.stdout).toMatch(/r5\.24xlarge\s+47 /);
    expect(r.stdout).toMatch(/r5\.large\s+needs 16000 MiB, offers about 15938 MiB to jobs/);
    expect(r.stdout).toContain('pairing: every EC2 queue in the input: small-q, big-q');
  });

  it('limits to one queue with --queue, and reads optimal as asked', () => {
    const r = runCli(['explain', 'etl', 'fixtures/unplaceable-job/good/two-queues-one-fits.yaml', '--queue', 'small-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Queue small-q');
    expect(r.stdout).not.toContain('Queue big-q');
    const legacy = runCli(['explain', 'train', 'fixtures/gpu-job-without-gpu-instance-type/bad/optimal.yaml', '--optimal', 'legacy', '--region', 'us-east-1']);
    expect(legacy.stdout).toContain('optimal = m4, c4, r4');
    expect(legacy.stdout).toMatch(/m4\.16xlarge\s+needs 1 GPU, has 0 schedulable/);
  });

  it('explains an unplaceable multinode instance type and unknown environments', () => {
    const mnp = runCli(['explain', 'mpi', 'fixtures/multinode-instance-type-not-launchable/bad/family-lacks-type.yaml']);
    expect(mnp.stdout).toContain('instance type c5.4xlarge is not among the types this environment may launch');
    const outside = runCli(['explain', 'etl', 'fixtures/unplaceable-job/good/environment-not-in-input.yaml']);
    expect(outside.stdout).toContain('not in the input: not verified here');
    expect(outside.stdout).toContain('cannot be judged from the input');
  });

  it('is a usage error for a job definition or queue that is not there', () => {
    const r = runCli(['explain', 'nope', 'fixtures/unplaceable-job/good/two-queues-one-fits.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no job definition "nope"');
    expect(r.stderr).toContain('found: etl');
    expect(runCli(['explain', 'etl', 'fixtures/unplaceable-job/good/two-queues-one-fits.yaml', '--queue', 'x']).code).toBe(2);
  });
});

describe('batchlint --version', () => {
  it('--verbose adds the catalog snapshot date and sources; plain --version stays one line', () => {
    const verbose = runCli(['--version', '--verbose']);
    expect(verbose.code).toBe(0);
    expect(verbose.stdout).toMatch(/^\d+\.\d+\.\d+\ninstance catalog: 1382 instance types, snapshot \d{4}-\d{2}-\d{2}/);
    expect(verbose.stdout).toContain('karpenter-provider-aws');
    const plain = runCli(['--version']);
    expect(plain.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
