// The tag rules follow AWS Config's batch-*-tagged rules: without requiredKeyTags a resource fails
// only when it has no tags at all; with it, when a required key is missing. aws: tags never count.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { requiredKeyTags } from '../dist/rules/security/define-tag-rule.js';
import { ROOT } from './helpers/cli.js';

const TAGGED = join(ROOT, 'fixtures/job-queue-untagged/good/queues.yaml'); // tags: { team: data }
const UNTAGGED = join(ROOT, 'fixtures/job-queue-untagged/bad/queues.yaml'); // no tags, {}, aws: only

async function hits(file: string, options?: Record<string, unknown>): Promise<string[]> {
  const settings = {
    only: new Set(['job-queue-untagged']),
    options: options ? new Map([['job-queue-untagged', options]]) : undefined,
  };
  const result = await lintPaths([file], { cwd: ROOT, settings });
  return result.findings.filter((f) => f.ruleId === 'job-queue-untagged').map((f) => f.message);
}

describe('requiredKeyTags option', () => {
  it('without the option, any tag satisfies the rule', async () => {
    expect(await hits(TAGGED)).toEqual([]);
    expect(await hits(UNTAGGED)).toHaveLength(3);
  });

  it('with the option, a tagged queue lacking a required key is reported, naming only the missing keys', async () => {
    const messages = await hits(TAGGED, { requiredKeyTags: ['team', 'cost-center', 'owner'] });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('"cost-center", "owner"');
    expect(messages[0]).not.toContain('"team"');
  });

  it('accepts AWS Config\'s comma-separated form and is silent when every key is present', async () => {
    expect(await hits(TAGGED, { requiredKeyTags: 'team' })).toEqual([]);
    expect(await hits(TAGGED, { requiredKeyTags: ' team , owner ' })).toHaveLength(1);
  });

  it('ignores required keys starting with aws: (system tags are not checked)', async () => {
    expect(await hits(TAGGED, { requiredKeyTags: ['aws:cloudformation:stack-name', 'team'] })).toEqual([]);
    expect(requiredKeyTags(['aws:x', 'team', ''])).toEqual(['team']);
  });
});
