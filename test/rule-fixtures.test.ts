// One table-driven test for every rule (in the spirit of ESLint's RuleTester): each rule has
// fixtures/<rule-id>/bad/ files that must trigger it exactly at the positions listed in
// fixtures/<rule-id>/expected.json, and fixtures/<rule-id>/good/ files that must not trigger it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { RULES } from '../dist/rules/index.js';
import { ROOT } from './helpers/cli.js';

const FIXTURES = join(ROOT, 'fixtures');

interface Expected {
  /** "bad/<file>" -> ["line:column", ...] where the rule must fire (and nowhere else). */
  [file: string]: string[];
}

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  const dir = join(FIXTURES, id);
  // Naming the rule's severity turns on rules that are off by default (enabledByDefault: false).
  const settings = { severity: new Map([[id, rule.severity]]) };

  it('has bad and good fixtures and an expected.json', () => {
    expect(existsSync(join(dir, 'bad')), `fixtures/${id}/bad`).toBe(true);
    expect(existsSync(join(dir, 'good')), `fixtures/${id}/good`).toBe(true);
    expect(existsSync(join(dir, 'expected.json')), `fixtures/${id}/expected.json`).toBe(true);
  });

  it('fires exactly where expected.json says on the bad fixtures', async () => {
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const badFiles = readdirSync(join(dir, 'bad')).sort();
    expect(Object.keys(expected).sort()).toEqual(badFiles.map((f) => `bad/${f}`));
    for (const file of badFiles) {
      const result = await lintPaths([join('bad', file)], { cwd: dir, settings });
      const hits = result.findings.filter((f) => f.ruleId === id);
      const positions = hits.map((f) => `${f.location.line}:${f.location.column}`).sort();
      expect(positions, `bad/${file}`).toEqual([...(expected[`bad/${file}`] ?? [])].sort());
      for (const hit of hits) {
        expect(hit.severity).toBe(rule.severity);
        expect(hit.category).toBe(rule.category);
        expect(hit.message).not.toMatch(/\{\{\w+\}\}/);
      }
      // A rule never crashes on its own fixtures.
      expect(result.findings.filter((f) => f.category === 'internal')).toEqual([]);
    }
  });

  it('stays silent on the good fixtures', async () => {
    const result = await lintPaths(['good'], { cwd: dir, settings });
    expect(result.resources).toBeGreaterThan(0);
    const hits = result.findings.filter((f) => f.ruleId === id || f.category === 'internal');
    expect(hits.map((f) => `${f.location.file}:${f.location.line}: ${f.message}`)).toEqual([]);
  });
});
