// The Action's pull-request comment carries the cost change (`cost --diff <base sha>`): a git
// workspace whose pull request changes a compute environment, the Action run twice (two pushes)
// against a loopback GitHub API, one comment created and then updated in place.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from '../dist/src/action/run-action.js';
import { COMMENT_MARKER } from '../dist/src/action/pull-request-comment.js';
import { startGitHubApi } from './helpers/github-api-server.js';
import { ROOT } from './helpers/cli.js';

const TOKEN = 'ghp_loopbackOnlyTokenCostChange0123456789';
const REPO = 'octo/batch-infra';
const PRICES = JSON.parse(readFileSync(join(ROOT, 'data/price-catalog.json'), 'utf8')) as { ec2: { onDemand: Record<string, Record<string, number>> } };
const od = (t: string): number => PRICES.ec2.onDemand['us-east-1']![t]!;

const config = (minvCpus: number): string => JSON.stringify({
  jobDefinitions: [{ jobDefinitionName: 'etl', type: 'container', containerProperties: { image: 'public.ecr.aws/x/y:1', resourceRequirements: [{ type: 'VCPU', value: '2' }, { type: 'MEMORY', value: '4096' }] }, timeout: { attemptDurationSeconds: 600 } }],
  computeEnvironments: [{ computeEnvironmentName: 'ce', type: 'MANAGED', computeResources: { type: 'EC2', minvCpus, maxvCpus: 64, instanceTypes: ['m5.large'], subnets: ['subnet-1'], instanceRole: 'ecsInstanceRole' } }],
  jobQueues: [{ jobQueueName: 'q', priority: 1, computeEnvironmentOrder: [{ order: 1, computeEnvironment: 'ce' }] }],
});

const workspace = mkdtempSync(join(tmpdir(), 'batchlint-cost-action-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));
const git = (...args: string[]): string => execFileSync('git', args, { cwd: workspace, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } }).trim();

describe('the Action posts the cost change on the pull request', () => {
  it('one comment with the change against the base sha, updated on the next push', async () => {
    git('init', '-q');
    writeFileSync(join(workspace, 'batch.json'), config(0));
    git('add', '.');
    git('commit', '-qm', 'base');
    const baseSha = git('rev-parse', 'HEAD');
    const server = await startGitHubApi({ repository: REPO, token: TOKEN });
    try {
      const eventPath = join(tmpdir(), `batchlint-cost-action-event-${process.pid}.json`);
      writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 7, base: { sha: baseSha } } }));
      const env: NodeJS.ProcessEnv = { GITHUB_WORKSPACE: workspace, GITHUB_EVENT_PATH: eventPath, GITHUB_API_URL: server.url, GITHUB_REPOSITORY: REPO, GITHUB_EVENT_NAME: 'pull_request', INPUT_FAIL_ON: 'none', INPUT_COST_REPORT: 'true', INPUT_GITHUB_TOKEN: TOKEN, INPUT_SARIF_FILE: join(tmpdir(), `batchlint-cost-action-${process.pid}.sarif`) };
      const act = async (): Promise<string> => {
        let log = '';
        expect(await runAction(env, { stdout: (t) => void (log += t), stderr: (t) => void (log += t) })).toBe(0);
        return log;
      };

      // First push: a warm pool of 2 vCPUs (one m5.large around the clock).
      writeFileSync(join(workspace, 'batch.json'), config(2));
      const first = await act();
      expect(first).not.toContain(TOKEN);
      const [comment] = server.comments.get(7)!;
      expect(comment!.body.startsWith(COMMENT_MARKER)).toBe(true);
      expect(comment!.body).toContain(`## batchlint cost change\n\nCompared with ${baseSha} (${baseSha.slice(0, 12)}).`);
      expect(comment!.body).toContain(`| idle floor per month | $0 | $${(od('m5.large') * 730).toFixed(2)} | +$${(od('m5.large') * 730).toFixed(2)} |`);
      expect(comment!.body.indexOf('## batchlint cost change')).toBeLessThan(comment!.body.indexOf('## batchlint cost estimate'));

      // Second push: the warm pool doubles; the same comment is updated, no second one.
      writeFileSync(join(workspace, 'batch.json'), config(4));
      await act();
      expect(server.comments.get(7)).toHaveLength(1);
      expect(server.comments.get(7)![0]!.body).toContain(`| idle floor per month | $0 | $${(2 * od('m5.large') * 730).toFixed(2)} | +$${(2 * od('m5.large') * 730).toFixed(2)} |`);
      expect(server.requests.filter((q) => q.method === 'PATCH')).toHaveLength(1);
      rmSync(eventPath);
    } finally {
      await server.close();
    }
  });
});
