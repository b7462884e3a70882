// Writes docs/rules/<id>.md for every rule and the rule table in README.md, from rule metadata.
// Run with `npm run generate` (after a build).
import { readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOG as RULES } from '../rules/index.js';
import { renderRuleDoc, ruleDocPath, withRuleTable } from '../src/docs/rule-docs.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
mkdirSync(join(root, 'docs/rules'), { recursive: true });
const wanted = new Set(RULES.map((r) => `${r.id}.md`));
for (const file of readdirSync(join(root, 'docs/rules'))) if (!wanted.has(file)) rmSync(join(root, 'docs/rules', file));
for (const rule of RULES) writeFileSync(join(root, ruleDocPath(rule.id)), renderRuleDoc(rule));
const readmePath = join(root, 'README.md');
writeFileSync(readmePath, withRuleTable(readFileSync(readmePath, 'utf8'), RULES));
console.log(`generate-rule-docs: wrote ${RULES.length} rule pages and the README rule table`);
