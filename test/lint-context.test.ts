// `lint --context <dir>`: the named files are linted with the directory's other Batch files, so
// references resolve, and only findings in the named files are reported.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

interface Report { findings: { ruleId: string; severity: string; location: { file: string | null } }[] }

describe('lint --context', () => {
  let dir: string;
  const lint = (...args: string[]) => {
    const r = runCli(['lint', ...args, '--format', 'json'], { cwd: dir });
    return { code: r.code, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'batchlint-context-'));
    mkdirSync(join(dir, 'envs'));
    writeFileSync(join(dir, 'envs/ec2.json'), JSON.stringify({ computeEnvironmentName: 'batch-ec2', type: 'MANAGED', computeResources: { type: 'EC2', maxvCpus: 64, instanceTypes: ['m5.large'], subnets: ['subnet-1'], instanceRole: 'ecsInstanceRole' } }));
    writeFileSync(join(dir, 'envs/fargate.json'), JSON.stringify({ computeEnvironmentName: 'batch-fargate', type: 'MANAGED', computeResources: { type: 'FARGATE', maxvCpus: 64, subnets: ['subnet-1'] } }));
    writeFileSync(join(dir, 'queue.json'), JSON.stringify({ jobQueueName: 'q', priority: 1, computeEnvironmentOrder: [{ order: 1, computeEnvironment: 'batch-ec2' }, { order: 2, computeEnvironment: 'batch-fargate' }] }));
    writeFileSync(join(dir, 'package.json'), '{"name": "not-batch"}');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('without it, the named file alone: its references cannot be checked', () => {
    const { code, report } = lint('queue.json');
    expect(code).toBe(0);
    expect(report.findings.map((f) => f.ruleId)).toContain('unresolved-reference');
    expect(report.findings.map((f) => f.ruleId)).not.toContain('queue-mixes-fargate-and-ec2');
  });

  it('with it, the references resolve and only the named file is reported', () => {
    const { code, report } = lint('queue.json', '--context', '.');
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.ruleId)).toContain('queue-mixes-fargate-and-ec2');
    expect(report.findings.map((f) => f.ruleId)).not.toContain('unresolved-reference');
    expect(new Set(report.findings.map((f) => f.location.file))).toEqual(new Set(['queue.json']));
  });

  it('a named directory reports the files under it', () => {
    const { report } = lint('envs', '--context', '.');
    const files = new Set(report.findings.map((f) => f.location.file));
    expect(files.size).toBeGreaterThan(0);
    for (const file of files) expect(file).toMatch(/^envs\//);
  });

  it('a non-Batch named file is still skipped with --skip-unrecognized, and a missing context is a usage error', () => {
    expect(lint('package.json', '--skip-unrecognized', '--context', '.').report.findings).toEqual([]);
    const missing = runCli(['lint', 'queue.json', '--context', 'no-such-dir'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-dir');
  });

  it('a context directory with nothing else to lint is no error (the hook on a repository without Batch files)', () => {
    const empty = mkdtempSync(join(tmpdir(), 'batchlint-context-empty-'));
    writeFileSync(join(empty, '.pre-commit-config.yaml'), 'repos: []\n');
    const r = runCli(['lint', '--skip-unrecognized', '--context', '.', '.pre-commit-config.yaml'], { cwd: empty });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    rmSync(empty, { recursive: true, force: true });
  });
});
