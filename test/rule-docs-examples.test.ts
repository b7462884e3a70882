// The examples in each rule's docs (shown in docs/rules/<id>.md, `batchlint rules <id>` and SARIF help)
// are real inputs: docs.bad makes the rule report at least once, docs.good loads resources and leaves
// it silent. Exact positions live in the fixtures; here only that the examples say what they claim.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG, RULES } from '../dist/rules/index.js';
import { exampleFileName } from '../dist/src/docs/rule-docs.js';
import { ROOT } from './helpers/cli.js';
import { expectValid, lintCase, type RuleTesterOptions } from './helpers/rule-tester.js';

/** Rules no file can trigger, so they have no examples; each names the test that covers it instead. */
const NOT_FROM_A_FILE: Record<string, { reason: string; testedIn: string }> = {
  'audit-read-failed': { reason: 'reported by the live audit about a Region or account it could not read', testedIn: 'test/audit.test.ts' },
  'audit-region-not-enabled': { reason: 'reported by the live audit about a Region not enabled for the account', testedIn: 'test/audit.test.ts' },
};

// Long enough for a queue, its environments and a job; longer would not read as an example.
const MAX_EXAMPLE_LINES = 40;

const fileRules = new Set(RULES.map((r) => r.id));
const runnable = CATALOG.filter((r) => !(r.id in NOT_FROM_A_FILE));

describe('rules without runnable examples', () => {
  it.each(Object.entries(NOT_FROM_A_FILE))('%s cannot be triggered by a file and is tested elsewhere', (id, { reason, testedIn }) => {
    expect(reason.length).toBeGreaterThan(0);
    const rule = CATALOG.find((r) => r.id === id);
    expect(rule, `${id} is a rule`).toBeDefined();
    expect(fileRules.has(id), `${id} runs on files: give it examples instead`).toBe(false);
    expect(rule!.docs.bad ?? rule!.docs.good, `${id} shows examples no test runs`).toBeUndefined();
    const test = join(ROOT, testedIn);
    expect(existsSync(test) && readFileSync(test, 'utf8').includes(id), `${testedIn} names ${id}`).toBe(true);
  });
});

describe.each(runnable.map((r) => [r.id, r] as const))('docs examples of %s', (id, rule) => {
  // Whether a suppression is used depends on the rules it names running beside it.
  const options: RuleTesterOptions = { withDefaultRules: id === 'unused-suppression' };
  const filename = exampleFileName(rule.docs);

  it('has a short bad and good example', () => {
    expect(rule.docs.bad, 'docs.bad').toBeTruthy();
    expect(rule.docs.good, 'docs.good').toBeTruthy();
    expect(rule.docs.bad!.split('\n').length).toBeLessThanOrEqual(MAX_EXAMPLE_LINES);
    expect(rule.docs.good!.split('\n').length).toBeLessThanOrEqual(MAX_EXAMPLE_LINES);
  });

  it('docs.bad triggers the rule', async () => {
    const result = await lintCase(rule, { code: rule.docs.bad ?? '', filename }, options);
    expect(result.hits.length, `${id} on docs.bad`).toBeGreaterThan(0);
    for (const hit of result.hits) expect(Object.keys(rule.messages)).toContain(hit.messageId);
    expect(result.internal.map((f) => f.message)).toEqual([]);
  });

  it('docs.good loads resources and does not trigger the rule', async () => {
    expectValid(rule, await lintCase(rule, { code: rule.docs.good ?? '', filename }, options), 'docs.good');
  });
});
