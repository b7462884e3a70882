// The pull-request comment against a loopback server speaking the GitHub REST API: one comment found
// again by its marker across pages, the token only for the API's origin, failures as warnings.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction } from '../dist/src/action/run-action.js';
import { COMMENT_MARKER, commentBody, pullRequestFromEvent } from '../dist/src/action/pull-request-comment.js';
import { startGitHubApi, type GitHubApi, type GitHubApiOptions } from './helpers/github-api-server.js';

const TOKEN = 'ghp_loopbackOnlyTokenAbcdefghijklmnop0123';
const REPO = 'octo/batch-infra';
const BAD = JSON.stringify({ jobDefinitionName: 'etl', type: 'container', containerProperties: { image: 'busybox', privileged: true, resourceRequirements: [{ type: 'VCPU', value: 'two' }] } }, null, 2);

const servers: GitHubApi[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function api(options: Partial<GitHubApiOptions> = {}): Promise<GitHubApi> {
  const server = await startGitHubApi({ repository: REPO, token: TOKEN, ...options });
  servers.push(server);
  return server;
}

interface Run {
  code: number;
  log: string;
}

async function act(apiUrl: string, inputs: Record<string, string>, event: unknown = { pull_request: { number: 42 } }): Promise<Run> {
  const workspace = mkdtempSync(join(tmpdir(), 'batchlint-comment-'));
  writeFileSync(join(workspace, 'job.json'), BAD);
  const eventPath = join(workspace, '..', `${workspace.split('/').pop()}-event.json`);
  writeFileSync(eventPath, JSON.stringify(event));
  const env: NodeJS.ProcessEnv = { GITHUB_WORKSPACE: workspace, GITHUB_EVENT_PATH: eventPath, GITHUB_API_URL: apiUrl, GITHUB_REPOSITORY: REPO, GITHUB_EVENT_NAME: 'pull_request' };
  for (const [k, v] of Object.entries({ 'fail-on': 'none', ...inputs })) env[`INPUT_${k.toUpperCase().replace(/-/g, '_')}`] = v;
  let log = '';
  const code = await runAction(env, { stdout: (t) => void (log += t), stderr: (t) => void (log += t) });
  return { code, log };
}

describe('pull-request comment', () => {
  it('creates the comment with the marker, the findings and the GitHub API headers', async () => {
    const server = await api();
    const r = await act(server.url, { 'github-token': TOKEN });
    expect(r.code).toBe(0);
    expect(server.requests.map((q) => `${q.method} ${q.path} ${q.status}`)).toEqual([`GET /repos/${REPO}/issues/42/comments 200`, `POST /repos/${REPO}/issues/42/comments 201`]);
    expect(server.requests[0]!.query.per_page).toBe('100');
    for (const q of server.requests) {
      expect(q.authorization).toBe(`Bearer ${TOKEN}`);
      expect(q.headers.accept).toBe('application/vnd.github+json');
      expect(q.headers['x-github-api-version']).toBe('2022-11-28');
    }
    const [comment] = server.comments.get(42)!;
    expect(comment!.body.startsWith(`${COMMENT_MARKER}\n\n## batchlint\n`)).toBe(true);
    expect(comment!.body).toContain('**etl** (jobDefinition) in `job.json`');
    expect(r.log).toContain(`batchlint: created the comment on pull request #42 (https://github.com/${REPO}/pull/42#issuecomment-`);
    expect(r.log).not.toContain(TOKEN);
  });

  it('follows the Link header to find its comment on a later page and updates it', async () => {
    const others = Array.from({ length: 5 }, (_, i) => ({ body: `review ${i}` }));
    const server = await api({ pageSize: 2, comments: { 42: [...others, { body: `quoting ${COMMENT_MARKER}` }, { body: `${COMMENT_MARKER}\nold report`, login: 'github-actions[bot]' }, { body: 'later' }] } });
    const r = await act(server.url, { 'github-token': TOKEN });
    expect(r.code).toBe(0);
    expect(server.requests.map((q) => `${q.method} ${q.query.page ?? '-'}`)).toEqual(['GET -', 'GET 2', 'GET 3', 'GET 4', 'PATCH -']);
    const comments = server.comments.get(42)!;
    expect(comments).toHaveLength(8);
    expect(comments[6]!.body).toMatch(/^<!-- batchlint -->\n\n## batchlint\n/);
    expect(comments[5]!.body).toBe(`quoting ${COMMENT_MARKER}`);
    expect(server.requests.at(-1)!.path).toBe(`/repos/${REPO}/issues/comments/${comments[6]!.id}`);
  });

  it('never sends the token to another origin named in a Link header', async () => {
    const elsewhere = await api();
    const server = await api({ pageSize: 1, comments: { 42: [{ body: 'a' }, { body: `${COMMENT_MARKER}\nold` }] }, foreignNext: `${elsewhere.url}/repos/${REPO}/issues/42/comments?page=2` });
    const r = await act(server.url, { 'github-token': TOKEN });
    expect(r.code).toBe(0);
    expect(elsewhere.requests).toEqual([]);
    expect(server.requests.map((q) => q.method)).toEqual(['GET', 'POST']);
  });

  it('turns API failures into a warning, keeps the exit code, and never prints the token', async () => {
    const server = await api({ faults: [{ method: 'POST', status: 403, message: `Resource not accessible by integration (${TOKEN})`, times: 1 }] });
    const r = await act(server.url, { 'github-token': TOKEN, 'fail-on': 'none' });
    expect(r.code).toBe(0);
    expect(r.log).toMatch(new RegExp(`^::warning title=batchlint::could not comment on pull request #42: POST /repos/${REPO}/issues/42/comments answered 403: Resource not accessible by integration \\(\\*\\*\\*\\)$`, 'm'));
    expect(r.log).not.toContain(TOKEN);
    const failing = await act(server.url, { 'github-token': 'wrong-token', 'fail-on': 'error' });
    expect(failing.code).toBe(1);
    expect(failing.log).toMatch(/^::warning title=batchlint::could not comment on pull request #42: GET \/repos\/.*answered 401: Bad credentials$/m);
  });

  it('turns an unreachable API into a warning', async () => {
    const server = await api();
    const url = server.url;
    await server.close();
    servers.splice(servers.indexOf(server), 1);
    const r = await act(url, { 'github-token': TOKEN });
    expect(r.code).toBe(0);
    expect(r.log).toMatch(/^::warning title=batchlint::could not comment on pull request #42: GET \/repos\/octo\/batch-infra\/issues\/42\/comments: ECONNREFUSED$/m);
  });

  it('makes no request without a token, with comment off, or outside a pull request', async () => {
    const server = await api();
    await act(server.url, {});
    await act(server.url, { 'github-token': TOKEN, comment: 'off' });
    const push = await act(server.url, { 'github-token': TOKEN }, { ref: 'refs/heads/main', head_commit: {} });
    expect(push.log).toContain('batchlint: not a pull_request event; no comment.');
    expect(server.requests).toEqual([]);
  });
});

describe('comment pieces', () => {
  it('reads the pull request from the event and rejects odd payloads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'event-'));
    const write = (name: string, data: string) => {
      writeFileSync(join(dir, name), data);
      return join(dir, name);
    };
    const env = (path: string, extra: NodeJS.ProcessEnv = {}) => ({ GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'o/r', ...extra });
    expect(await pullRequestFromEvent(env(write('a.json', '{"pull_request":{"number":9}}'), { GITHUB_API_URL: 'http://127.0.0.1:1/api/v3/' }))).toEqual({ apiUrl: 'http://127.0.0.1:1/api/v3', repository: 'o/r', number: 9 });
    expect((await pullRequestFromEvent(env(write('b.json', '{"pull_request":{"number":9}}'))))?.apiUrl).toBe('https://api.github.com');
    for (const body of ['{"pull_request":{"number":"9"}}', '{"pull_request":{"number":-1}}', '{"__proto__":{"number":1}}', 'not json', '[]', 'null']) {
      expect(await pullRequestFromEvent(env(write('c.json', body)))).toBeUndefined();
    }
    expect(await pullRequestFromEvent(env(write('d.json', '{"pull_request":{"number":9}}'), { GITHUB_REPOSITORY: '../x/y' }))).toBeUndefined();
  });

  it('puts the cost change and the cost report after the findings and stays under GitHub\'s limit', () => {
    const body = commentBody({ findings: '## batchlint\n\nok\n', cost: '## cost\n', costChange: '## cost change\n' });
    expect(body).toBe(`${COMMENT_MARKER}\n\n## batchlint\n\nok\n\n## cost change\n\n## cost\n`);
    const long = commentBody({ findings: '## batchlint\n', cost: 'x'.repeat(70_000) });
    expect(long.length).toBeLessThanOrEqual(65_536);
    expect(long).toContain('_The cost report does not fit in a comment: see the step summary._');
  });
});
