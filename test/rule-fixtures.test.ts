// Every rule's fixtures through the RuleTester: each fixtures/<rule-id>/bad/ file is an invalid case
// whose findings are exactly those fixtures/<rule-id>/expected.json lists ("line:column messageId"),
// each good/ file a valid case on which the rule stays silent.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../dist/rules/index.js';
import { ROOT } from './helpers/cli.js';
import { ruleTester, type ExpectedError, type InvalidCase, type ValidCase } from './helpers/rule-tester.js';

const FIXTURES = join(ROOT, 'fixtures');

/** "bad/<file>" -> ["line:column messageId", ...]: every finding of the rule on that file. */
type Expected = Record<string, string[]>;

function parseExpectedError(entry: string, where: string): ExpectedError {
  const m = /^(\d+):(\d+) (\w+)$/.exec(entry);
  if (!m) throw new Error(`${where}: "${entry}" is not "line:column messageId"`);
  return { line: Number(m[1]), column: Number(m[2]), messageId: m[3]! };
}

function filesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

describe('fixture layout', () => {
  it.each(RULES.map((r) => r.id))('%s has bad and good fixtures and an expected.json naming every bad file', (id) => {
    const dir = join(FIXTURES, id);
    expect(filesIn(join(dir, 'bad')).length, `fixtures/${id}/bad`).toBeGreaterThan(0);
    expect(filesIn(join(dir, 'good')).length, `fixtures/${id}/good`).toBeGreaterThan(0);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    expect(Object.keys(expected).sort()).toEqual(filesIn(join(dir, 'bad')).map((f) => `bad/${f}`));
  });
});

describe('rule fixtures', () => {
  for (const rule of RULES) {
    const dir = join(FIXTURES, rule.id);
    if (!existsSync(join(dir, 'expected.json'))) continue; // the layout test above fails for it
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    // Bytes, not text: some parse-error fixtures are binary or Latin-1 on purpose.
    const valid: ValidCase[] = filesIn(join(dir, 'good')).map((file) => ({ name: `good/${file}`, filename: file, code: readFileSync(join(dir, 'good', file)) }));
    const invalid: InvalidCase[] = filesIn(join(dir, 'bad')).map((file) => ({
      name: `bad/${file}`,
      filename: file,
      code: readFileSync(join(dir, 'bad', file)),
      errors: (expected[`bad/${file}`] ?? []).map((entry) => parseExpectedError(entry, `fixtures/${rule.id}/expected.json`)),
    }));
    ruleTester.run(rule, { valid, invalid }, { withDefaultRules: rule.id === 'unused-suppression' });
  }
});
