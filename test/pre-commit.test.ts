// The pre-commit hook, with the real pre-commit (Debian package `pre-commit`) in a temporary git
// repository. The hook is the one in .pre-commit-hooks.yaml, declared as a `repo: local` hook with
// `language: system` and `batchlint` on PATH: `language: node` would make pre-commit npm-install the
// package from a registry at the first commit, which a test must not need.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from './helpers/cli.js';

const GOOD = JSON.stringify({ jobDefinitionName: 'etl', type: 'container', timeout: { attemptDurationSeconds: 600 }, retryStrategy: { attempts: 2 }, containerProperties: { image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/etl:1.4.2', resourceRequirements: [{ type: 'VCPU', value: '1' }, { type: 'MEMORY', value: '2048' }] } }, null, 2);
const BAD = 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: busybox\n  resourceRequirements:\n    - { type: VCPU, value: "1" }\n    - { type: MEMORY, value: "2048" }\n  privileged: yes\nretryStratgy: { attempts: 2 }\n';

interface Hook { id: string; entry: string; language: string; types_or?: string[]; files?: string; pass_filenames?: boolean }

describe('pre-commit hook', () => {
  let repo: string;
  let env: NodeJS.ProcessEnv;
  const sh = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: repo, env, encoding: 'utf8', timeout: 120_000 });

  beforeAll(() => {
    const which = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
    if (which.status !== 0) throw new Error('pre-commit is not installed (apt-get install -y pre-commit)');
    repo = mkdtempSync(join(tmpdir(), 'batchlint-pre-commit-'));
    const bin = join(repo, '..', `${repo.split('/').pop()}-bin`);
    mkdirSync(bin);
    writeFileSync(join(bin, 'batchlint'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(bin, 'batchlint'), 0o755);
    env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, PRE_COMMIT_HOME: join(bin, 'cache'), NO_COLOR: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
    const hook = hooks.find((h) => h.id === 'batchlint')!;
    expect(hook.language).toBe('node');
    const local = { ...hook, language: 'system' };
    writeFileSync(join(repo, '.pre-commit-config.yaml'), stringify({ repos: [{ repo: 'local', hooks: [local] }] }));
    expect(sh('git', ['init', '-q']).status).toBe(0);
    const install = sh('pre-commit', ['install']);
    expect(install.stderr + install.stdout).toContain('pre-commit installed');
  });

  it('a bad job definition fails the commit, with the findings in the output', () => {
    writeFileSync(join(repo, 'job.yaml'), BAD);
    writeFileSync(join(repo, 'package.json'), '{"name": "not-batch"}\n');
    sh('git', ['add', '.pre-commit-config.yaml', 'job.yaml', 'package.json']);
    const commit = sh('git', ['commit', '-m', 'bad']);
    expect(commit.status).not.toBe(0);
    const out = commit.stdout + commit.stderr;
    expect(out).toContain('batchlint');
    expect(out).toContain('Failed');
    expect(out).toMatch(/^job\.yaml$/m);
    expect(out).toMatch(/^\s+9:1\s+error\s+Unknown property "retryStratgy"/m);
    expect(out).not.toContain('unrecognized-file'); // package.json is skipped, not reported
    expect(sh('git', ['rev-parse', '--verify', 'HEAD']).status).not.toBe(0); // nothing was committed
  });

  it('a good job definition passes', () => {
    sh('git', ['rm', '-q', '--cached', 'job.yaml']);
    writeFileSync(join(repo, 'job.json'), GOOD);
    sh('git', ['add', '.pre-commit-config.yaml', 'job.json', 'package.json']);
    const commit = sh('git', ['commit', '-m', 'good']);
    expect(commit.stdout + commit.stderr).toMatch(/batchlint\.+Passed/);
    expect(commit.status).toBe(0);
  });
});
