// The RuleTester must be able to fail: each way a rule can disagree with its cases is shown failing.
import { describe, expect, it } from 'vitest';
import { RULES_BY_ID } from '../dist/rules/index.js';
import type { Rule } from '../dist/src/engine/rule.js';
import { expectInvalid, expectValid, lintCase } from './helpers/rule-tester.js';

const missingTimeout = RULES_BY_ID.get('missing-timeout')!;
const WITHOUT_TIMEOUT = 'jobDefinitions:\n  - jobDefinitionName: a\n    type: container\n  - jobDefinitionName: b\n    type: container\n';
const WITH_TIMEOUT = 'jobDefinitionName: etl\ntype: container\ntimeout:\n  attemptDurationSeconds: 7200\n';
const BOTH = [
  { messageId: 'missing', line: 2, column: 5 },
  { messageId: 'missing', line: 4, column: 5 },
];

/** What an assertion reported, with both sides in full (vitest shortens them in the message). */
function failureOf(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    const { message, actual, expected } = error as { message: string; actual?: unknown; expected?: unknown };
    return `${message}\nactual: ${JSON.stringify(actual)}\nexpected: ${JSON.stringify(expected)}`;
  }
  return 'passed';
}

describe('RuleTester', () => {
  it('passes when the findings are exactly the listed errors, in any order', async () => {
    const result = await lintCase(missingTimeout, { code: WITHOUT_TIMEOUT });
    expectInvalid(missingTimeout, result, BOTH, 'both');
    expectInvalid(missingTimeout, result, [...BOTH].reverse(), 'both reversed');
  });

  it('fails when a listed error is missing, an extra one appears, or a position or messageId differs', async () => {
    const result = await lintCase(missingTimeout, { code: WITHOUT_TIMEOUT });
    expect(failureOf(() => expectInvalid(missingTimeout, result, [...BOTH, { messageId: 'missing', line: 6, column: 5 }], 'one more'))).toMatch(/6:5 missing/);
    expect(failureOf(() => expectInvalid(missingTimeout, result, [BOTH[0]!], 'one fewer'))).toMatch(/4:5 missing/);
    expect(failureOf(() => expectInvalid(missingTimeout, result, [BOTH[0]!, { ...BOTH[1]!, messageId: 'absent' }], 'other id'))).toMatch(/4:5 absent/);
    expect(failureOf(() => expectInvalid(missingTimeout, result, [BOTH[0]!, { ...BOTH[1]!, column: 6 }], 'other column'))).toMatch(/4:6 missing/);
    expect(failureOf(() => expectInvalid(missingTimeout, result, [BOTH[0]!, { ...BOTH[1]!, line: 5 }], 'other line'))).toMatch(/5:5 missing/);
  });

  it('fails a valid case on which the rule reports anything, or which loads no resource', async () => {
    expectValid(missingTimeout, await lintCase(missingTimeout, { code: WITH_TIMEOUT }), 'with timeout');
    expect(failureOf(() => expectValid(missingTimeout, { hits: [], internal: [], resources: 0 }, 'empty'))).toMatch(/resources loaded/);
    const result = await lintCase(missingTimeout, { code: WITHOUT_TIMEOUT });
    expect(failureOf(() => expectValid(missingTimeout, result, 'without timeout'))).toMatch(/2:5 missing/);
  });

  it('runs a rule that is off by default', async () => {
    const rule = RULES_BY_ID.get('compute-environment-without-launch-template')!;
    expect(rule.enabledByDefault).toBe(false);
    const result = await lintCase(rule, { code: 'computeEnvironmentName: ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 8\n  subnets: [subnet-1]\n  instanceTypes: [optimal]\n' });
    expect(result.resources).toBe(1);
    expect(result.hits.map((f) => f.ruleId)).toEqual([rule.id]);
  });

  it('fails any case on which a rule crashes', async () => {
    const crashing = { ...missingTimeout, id: 'crashing-rule', check: () => { throw new Error('boom'); } } as Rule;
    const result = await lintCase(crashing, { code: WITH_TIMEOUT });
    expect(result.internal.map((f) => f.message)).toEqual([expect.stringMatching(/Rule crashing-rule crashed .*boom/)]);
    expect(result.hits).toEqual([]);
    expect(failureOf(() => expectValid(crashing, result, 'crash'))).toMatch(/boom/);
    expect(failureOf(() => expectInvalid(crashing, result, [], 'crash'))).toMatch(/boom/);
  });

  it('reads bytes as given and picks the parser by the filename', async () => {
    const parseError = RULES_BY_ID.get('parse-error')!;
    const result = await lintCase(parseError, { code: '{ "jobDefinitionName": "etl", }', filename: 'jd.json' });
    expectInvalid(parseError, result, [{ messageId: 'problem', line: 1, column: 31 }], 'trailing comma');
  });
});
