// The Action as a runner runs it: action.yml's composite steps in bash, inputs expanded into env,
// GITHUB_* files, and the log read for workflow commands the way actions/runner reads it.
import { chmodSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommand, runCompositeAction, type RunnerResult } from './helpers/actions-runner.js';
import { startGitHubApi, type GitHubApi } from './helpers/github-api-server.js';
import { ROOT } from './helpers/cli.js';

const NODE_PATH = `${dirname(process.execPath)}:${process.env.PATH ?? '/usr/bin:/bin'}`;

function job(name: string, vcpu: string): string {
  return JSON.stringify({ jobDefinitionName: name, type: 'container', containerProperties: { image: 'busybox', privileged: true, resourceRequirements: [{ type: 'VCPU', value: vcpu }] } }, null, 2);
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'batchlint-ws-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Commands that are not batchlint's own annotations. */
function foreign(r: RunnerResult) {
  return r.commands.filter((c) => !(['error', 'warning', 'notice'].includes(c.command) && c.properties.title?.startsWith('batchlint') && c.line.startsWith(`::${c.command} `)));
}

describe('simulated runner: log lines a runner would read as commands', () => {
  it('reads ::cmd:: at a line start and ##[cmd] anywhere, as actions/runner does', () => {
    expect(parseCommand('  ::add-mask::x')?.command).toBe('add-mask');
    expect(parseCommand('text ##[error]forged')?.command).toBe('error');
    expect(parseCommand('a ::error::b')).toBeUndefined();
    expect(parseCommand(':\u200b:error::b')).toBeUndefined();
    expect(parseCommand('##\u200b[error]b')).toBeUndefined();
    expect(parseCommand('::error file=a%2Cb.json,line=3::m%0An')).toEqual({ command: 'error', properties: { file: 'a,b.json', line: '3' }, data: 'm\nn' });
  });
});

describe('action.yml under a simulated runner', () => {
  it('lints a hostile pull request: the only commands in the log are batchlint annotations', async () => {
    const hostile = [
      '::error file=x::forged.json',
      '##[error]legacy.json',
      'x\n::add-mask::batchlint.json',
      '::stop-commands::tok.json',
      'cls\u001b[2J\u001b]0;title\u0007.json',
    ];
    const files: Record<string, string> = {};
    hostile.forEach((name, i) => (files[name] = job(`etl${i}\n::add-mask::etl\u001b[2J`, `two\n::error::forged value ##[warning]x`)));
    const ws = workspace(files);
    const r = await runCompositeAction({ actionPath: ROOT, workspace: ws, with: { 'fail-on': 'error' }, path: NODE_PATH });

    expect(foreign(r)).toEqual([]);
    // Findings on every file, annotated per GitHub's limits, the rest announced.
    const annotations = r.commands.filter((c) => c.properties.file !== undefined);
    expect(new Set(annotations.map((c) => c.properties.file)).size).toBeGreaterThanOrEqual(3);
    for (const kind of ['error', 'warning', 'notice']) expect(r.commands.filter((c) => c.command === kind).length).toBeLessThanOrEqual(10);
    expect(r.commands.some((c) => c.command === 'notice' && /not annotated/.test(c.data))).toBe(true);
    // Nothing raw reaches the log; the hostile names are still there to read, escaped.
    for (const line of r.log) expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(r.log.join('\n')).toContain('cls\\e[2J\\e]0;title\\x07.json');
    expect(r.log.join('\n')).toContain('x\\n::add-mask::batchlint.json');
    expect(r.status).toBe(1);
    expect(r.failedStep).toBe('lint');
    expect(Number(r.outputs.errors)).toBeGreaterThan(0);
    expect(Number(r.outputs.errors) + Number(r.outputs.warnings) + Number(r.outputs.notes)).toBe(Number(r.outputs.findings));
    expect(r.outputs['sarif-file']).toBe('batchlint.sarif');
    expect(r.summary).toMatch(/^## batchlint\n/);
    expect(r.summary).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('passes a clean workspace and reports the outputs of the composite action', async () => {
    const ws = workspace({ 'job.json': job('etl', '1') });
    const r = await runCompositeAction({ actionPath: ROOT, workspace: ws, with: { 'fail-on': 'none', 'sarif-file': 'out/batchlint.sarif' }, path: NODE_PATH });
    expect(r.status).toBe(0);
    expect(foreign(r)).toEqual([]);
    expect(r.outputs).toMatchObject({ 'sarif-file': 'out/batchlint.sarif', errors: '2' }); // missing-resource-requirements (no MEMORY) and privileged-container, an error in the default gate
  });

  it('fails with a clear error when node is missing or older than 20', async () => {
    const ws = workspace({ 'job.json': job('etl', '1') });
    const none = await runCompositeAction({ actionPath: ROOT, workspace: ws, path: mkdtempSync(join(tmpdir(), 'no-node-')) });
    expect(none.status).toBe(1);
    expect(none.failedStep).toBe('Check Node.js');
    expect(none.commands).toEqual([expect.objectContaining({ command: 'error', properties: { title: 'batchlint' }, data: expect.stringContaining('Node.js 20 or newer on PATH and found none') })]);

    const old = mkdtempSync(join(tmpdir(), 'old-node-'));
    writeFileSync(join(old, 'node'), '#!/bin/sh\nif [ "$1" = "-e" ]; then printf 18; else echo v18.19.1; fi\n');
    chmodSync(join(old, 'node'), 0o755);
    symlinkSync('/usr/bin/tr', join(old, 'tr'));
    const r = await runCompositeAction({ actionPath: ROOT, workspace: ws, path: old });
    expect(r.status).toBe(1);
    expect(r.commands.map((c) => c.data)).toEqual([expect.stringMatching(/needs Node\.js 20 or newer; this runner's node is v18\.19\.1\./)]);
    expect(r.outputs.errors).toBe('');
  });
});

describe('action.yml: the pull-request comment under a simulated runner', () => {
  let api: GitHubApi;
  const token = 'ghs_loopbackTokenForTests0123456789';
  beforeAll(async () => {
    api = await startGitHubApi({ repository: 'octo/infra', token, comments: { 7: [{ body: 'LGTM' }] } });
  });
  afterAll(() => api.close());

  it('creates one comment, then updates it on the next run; the token is never printed', async () => {
    const ws = workspace({ '::error::job.json': job('etl', 'two') });
    const eventPath = join(mkdtempSync(join(tmpdir(), 'event-')), 'event.json');
    writeFileSync(eventPath, JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7 } }));
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'octo/infra' };
    const first = await runCompositeAction({ actionPath: ROOT, workspace: ws, with: { 'github-token': token, 'fail-on': 'none' }, env, path: NODE_PATH });
    expect(first.status).toBe(0);
    expect(foreign(first)).toEqual([]);
    const second = await runCompositeAction({ actionPath: ROOT, workspace: ws, with: { 'github-token': token, 'fail-on': 'none' }, env, path: NODE_PATH });
    expect(second.status).toBe(0);
    expect(api.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'POST 201', 'GET 200', 'PATCH 200']);
    const comments = api.comments.get(7)!;
    expect(comments).toHaveLength(2);
    expect(comments[1]!.body).toMatch(/^<!-- batchlint -->\n\n## batchlint\n/);
    expect(comments[1]!.body).toContain(':error::job.json');
    expect(second.log.join('\n')).toContain('batchlint: updated the comment on pull request #7');
    for (const r of [first, second]) expect(r.log.join('\n')).not.toContain(token);
  });
});
