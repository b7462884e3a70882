// The pre-commit hook as users get it: the real pre-commit (Debian package `pre-commit`) installs the
// hook declared in .pre-commit-hooks.yaml (`language: node`) from a git clone of this repository,
// which runs npm install, npm pack and npm install -g there, and then runs it on commits in a
// temporary repository. npm runs offline (the cache `npm ci` filled): installing the hook must need
// nothing from the registry.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const GOOD = JSON.stringify({ jobDefinitionName: 'etl', type: 'container', timeout: { attemptDurationSeconds: 600 }, retryStrategy: { attempts: 2 }, containerProperties: { image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/etl:1.4.2', resourceRequirements: [{ type: 'VCPU', value: '1' }, { type: 'MEMORY', value: '2048' }] } }, null, 2);
const BAD = 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: busybox\n  resourceRequirements:\n    - { type: VCPU, value: "1" }\n    - { type: MEMORY, value: "2048" }\n  privileged: yes\nretryStratgy: { attempts: 2 }\n';
const EC2_ENV = JSON.stringify({ computeEnvironmentName: 'batch-ec2', type: 'MANAGED', state: 'ENABLED', computeResources: { type: 'EC2', minvCpus: 0, maxvCpus: 64, instanceTypes: ['m5.large'], subnets: ['subnet-0abc'], securityGroupIds: ['sg-0abc'], instanceRole: 'arn:aws:iam::123456789012:instance-profile/ecsInstanceRole' }, serviceRole: 'arn:aws:iam::123456789012:role/AWSBatchServiceRole' }, null, 2);
const FARGATE_ENV = JSON.stringify({ computeEnvironmentName: 'batch-fargate', type: 'MANAGED', state: 'ENABLED', computeResources: { type: 'FARGATE', maxvCpus: 64, subnets: ['subnet-0abc'], securityGroupIds: ['sg-0abc'] } }, null, 2);
const queue = (...environments: string[]) => JSON.stringify({ jobQueueName: 'etl-queue', state: 'ENABLED', priority: 1, computeEnvironmentOrder: environments.map((computeEnvironment, i) => ({ order: i + 1, computeEnvironment })) }, null, 2);

interface Hook { id: string; entry: string; language: string; require_serial?: boolean }

/** A clone of this repository as it is now: HEAD plus the working tree's changed, new and deleted files, committed. */
function cloneWorkingTree(into: string): string {
  const git = (cwd: string, ...args: string[]) => {
    const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  git(ROOT, 'clone', '-q', '--no-hardlinks', ROOT, into);
  const lines = (out: string) => out.split('\n').filter(Boolean);
  for (const file of lines(git(ROOT, 'ls-files', '--modified', '--others', '--exclude-standard'))) {
    if (!existsSync(join(ROOT, file))) continue;
    mkdirSync(dirname(join(into, file)), { recursive: true });
    cpSync(join(ROOT, file), join(into, file));
  }
  for (const file of lines(git(ROOT, 'ls-files', '--deleted'))) rmSync(join(into, file), { force: true });
  git(into, 'add', '-A');
  if (git(into, 'status', '--porcelain') !== '') git(into, 'commit', '-q', '-m', 'working tree');
  return git(into, 'rev-parse', 'HEAD').trim();
}

// Every pre-commit to test with: `pre-commit` on PATH (the Debian package, 3.x), and what
// BATCHLINT_PRE_COMMIT lists (paths separated by ':'; .ci/run adds a pre-commit 4.x it installs with pip).
// Each installs the hook from the clone once, which is most of this file's time (npm installs the
// repository's dependencies offline in the hook's environment): the first drives the commits, the last
// runs try-repo. With one pre-commit, it does both.
const PRE_COMMITS = [...new Set((process.env.BATCHLINT_PRE_COMMIT ?? 'pre-commit').split(':').filter(Boolean))];
const COMMITS_WITH = PRE_COMMITS[0]!;
const TRY_REPO_WITH = PRE_COMMITS.at(-1)!;
const versionOf = (exe: string): string => spawnSync(exe, ['--version'], { encoding: 'utf8' }).stdout?.trim() || `${exe} (not installed)`;

let work: string;
let hookRepo: string;
let rev: string;
const env = (): NodeJS.ProcessEnv => ({
  ...process.env,
  PRE_COMMIT_HOME: join(work, 'pre-commit-home'),
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  NO_COLOR: '1',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
});

/** A new git repository under the work folder, and a runner of commands in it. */
function project(name: string) {
  const dir = join(work, name);
  mkdirSync(dir);
  const sh = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: dir, env: env(), encoding: 'utf8', timeout: 600_000 });
  expect(sh('git', ['init', '-q']).status).toBe(0);
  return { dir, sh };
}

function requireInstalled(preCommit: string): void {
  const which = spawnSync(preCommit, ['--version'], { encoding: 'utf8' });
  if (which.status !== 0) throw new Error(`${preCommit} is not installed (apt-get install -y pre-commit)`);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'batchlint-pre-commit-'));
  hookRepo = join(work, 'batchlint');
  rev = cloneWorkingTree(hookRepo);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

it('the hook declares language: node and require_serial (cross-file checks see every staged file)', () => {
  const hook = (parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[]).find((h) => h.id === 'batchlint')!;
  expect(hook.language).toBe('node');
  expect(hook.require_serial).toBe(true);
});

describe(`pre-commit hook on commits, installed by ${versionOf(COMMITS_WITH)} from a git clone (language: node)`, () => {
  let repo: string;
  let sh: ReturnType<typeof project>['sh'];
  const commit = (message: string) => {
    const r = sh('git', ['commit', '-m', message]);
    return { status: r.status, out: r.stdout + r.stderr };
  };

  beforeAll(() => {
    requireInstalled(COMMITS_WITH);
    ({ dir: repo, sh } = project('project'));
    writeFileSync(join(repo, '.pre-commit-config.yaml'), stringify({ repos: [{ repo: hookRepo, rev, hooks: [{ id: 'batchlint' }] }] }));
    const install = sh(COMMITS_WITH, ['install', '--install-hooks']);
    expect(install.stderr + install.stdout).toContain('pre-commit installed');
    expect(install.status, install.stderr + install.stdout).toBe(0);
    sh('git', ['add', '.pre-commit-config.yaml']);
    expect(commit('pre-commit config').status).toBe(0);
  }, 900_000);

  it('a bad job definition fails the commit, with the findings in the output', () => {
    writeFileSync(join(repo, 'job.yaml'), BAD);
    writeFileSync(join(repo, 'package.json'), '{"name": "not-batch"}\n');
    sh('git', ['add', 'job.yaml', 'package.json']);
    const r = commit('bad');
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/^batchlint\.+Failed$/m);
    expect(r.out).toMatch(/^job\.yaml$/m);
    expect(r.out).toMatch(/^\s+9:1\s+error\s+Unknown property "retryStratgy"/m);
    expect(r.out).not.toContain('package.json'); // skipped, not reported
    expect(sh('git', ['rev-list', '--count', 'HEAD']).stdout.trim()).toBe('1'); // nothing was committed
    sh('git', ['rm', '-q', '--cached', 'job.yaml']);
    rmSync(join(repo, 'job.yaml'));
  });

  it('JSON and YAML that are not Batch configuration pass silently', () => {
    mkdirSync(join(repo, '.github/workflows'), { recursive: true });
    writeFileSync(join(repo, '.github/workflows/ci.yaml'), 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps: [{ run: npm test }]\n');
    writeFileSync(join(repo, 'tsconfig.json'), '{\n  // comments\n  "compilerOptions": {}\n}\n');
    sh('git', ['add', 'package.json', '.github/workflows/ci.yaml', 'tsconfig.json']);
    const r = commit('not batch');
    expect(r.status, r.out).toBe(0);
    expect(r.out).toMatch(/^batchlint\.+Passed$/m);
    expect(r.out).not.toMatch(/problem|error|warning|skipped/i);
  });

  it('a good job definition passes', () => {
    writeFileSync(join(repo, 'job.json'), GOOD);
    sh('git', ['add', 'job.json']);
    const r = commit('good');
    expect(r.out).toMatch(/^batchlint\.+Passed$/m);
    expect(r.status).toBe(0);
  });

  it('the staged files are checked against the committed ones: a queue change that mixes Fargate and EC2 is blocked', () => {
    writeFileSync(join(repo, 'ec2-env.json'), EC2_ENV);
    writeFileSync(join(repo, 'fargate-env.json'), FARGATE_ENV);
    writeFileSync(join(repo, 'queue.json'), queue('batch-ec2'));
    sh('git', ['add', 'ec2-env.json', 'fargate-env.json', 'queue.json']);
    const first = commit('environments and a queue');
    expect(first.status, first.out).toBe(0);

    // Only the queue is staged; both environments it names are in earlier commits.
    writeFileSync(join(repo, 'queue.json'), queue('batch-ec2', 'batch-fargate'));
    sh('git', ['add', 'queue.json']);
    const r = commit('mix');
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/^queue\.json$/m);
    expect(r.out).toMatch(/^\s+\d+:\d+\s+error\s+.*queue-mixes-fargate-and-ec2$/m);
    // The references resolved (no "not verified here" note), and the context files are not reported.
    expect(r.out).not.toContain('not in the analysed files');
    expect(r.out).not.toContain('ec2-env.json');
    expect(r.out).not.toContain('fargate-env.json');
  });
});

describe(`pre-commit try-repo, installing the hook with ${versionOf(TRY_REPO_WITH)} from a git clone (language: node)`, () => {
  it('runs the hook from the clone on the named files', () => {
    requireInstalled(TRY_REPO_WITH);
    const { dir, sh } = project('try-repo');
    writeFileSync(join(dir, 'job.json'), GOOD);
    writeFileSync(join(dir, 'job.yaml'), BAD);
    // try-repo installs the hook into a store of its own (a temporary one), from the clone at its HEAD.
    const r = sh(TRY_REPO_WITH, ['try-repo', hookRepo, 'batchlint', '--files', 'job.json', 'job.yaml']);
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^batchlint\.+Failed$/m);
    expect(r.stdout).toMatch(/^\s+9:1\s+error\s+Unknown property "retryStratgy"/m);
    const goodSection = r.stdout.split(/^job\.json$/m)[1]?.split(/^job\.yaml$/m)[0] ?? '';
    expect(goodSection).not.toMatch(/\berror\b/); // the good file has notes at most
  }, 900_000);
});
