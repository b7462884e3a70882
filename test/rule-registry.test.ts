import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG, RULES } from '../dist/rules/index.js';
import { CATEGORIES, SEVERITIES } from '../dist/src/engine/rule.js';
import { renderRuleDoc, ruleDocPath, renderRuleTable } from '../dist/src/docs/rule-docs.js';
import { ROOT } from './helpers/cli.js';

describe('rule registry', () => {
  it('lists every rule file of every category folder, and nothing else', () => {
    for (const category of CATEGORIES) {
      const files = readdirSync(join(ROOT, 'rules', category))
        .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.startsWith('define-'))
        .map((f) => f.slice(0, -3))
        .sort();
      const registered = CATALOG.filter((r) => r.category === category).map((r) => r.id).sort();
      expect(registered, `rules/${category}`).toEqual(files);
    }
  });

  it('runs every catalog rule on files except the audit\'s own', () => {
    expect(CATALOG.filter((r) => !RULES.includes(r)).map((r) => r.id).sort()).toEqual(['audit-read-failed', 'audit-region-not-enabled']);
  });

  it('has unique ids, complete metadata and AWS documentation links', () => {
    const ids = CATALOG.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of CATALOG) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(CATEGORIES).toContain(rule.category);
      expect(SEVERITIES).toContain(rule.severity);
      expect(rule.title.length).toBeGreaterThan(3);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(rule.docs.rationale.length).toBeGreaterThan(20);
      expect(rule.docs.fix.length).toBeGreaterThan(5);
      expect(rule.helpUri).toMatch(/^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//);
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    }
  });
});

describe('generated rule docs', () => {
  it('docs/rules/<id>.md matches the rule metadata (run npm run generate)', () => {
    for (const rule of CATALOG) {
      expect(readFileSync(join(ROOT, ruleDocPath(rule.id)), 'utf8'), ruleDocPath(rule.id)).toBe(renderRuleDoc(rule));
    }
    const pages = readdirSync(join(ROOT, 'docs/rules')).sort();
    expect(pages).toEqual(CATALOG.map((r) => `${r.id}.md`).sort());
  });

  it('the README rule table matches the rule metadata', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(renderRuleTable(CATALOG));
  });
});
