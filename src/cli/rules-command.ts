import { CATALOG as RULES, CATALOG_BY_ID as RULES_BY_ID } from '../../rules/index.js';
import type { Rule } from '../engine/rule.js';
import type { Io } from './io.js';
import { suggest } from '../schema/validate-resource.js';
import { UsageError } from './usage-error.js';
import { severityText } from '../docs/rule-docs.js';

function ruleJson(rule: Rule): Record<string, unknown> {
  const { check: _check, ...meta } = rule;
  return meta;
}

function ruleText(rule: Rule): string {
  return [
    `${rule.id}  (${rule.category}, ${severityText(rule)})`,
    `  ${rule.title}`,
    `  ${rule.description}`,
    '',
    `  Why: ${rule.docs.rationale}`,
    `  Fix: ${rule.docs.fix}`,
    `  AWS: ${rule.helpUri}`,
    ...(rule.docs.peers?.length ? [`  Covers: ${rule.docs.peers.join(', ')}`] : []),
  ].join('\n');
}

export function runRulesCommand(id: string | undefined, options: { format: 'text' | 'json' }, io: Io): number {
  if (id !== undefined) {
    const rule = RULES_BY_ID.get(id);
    if (!rule) {
      const guess = suggest(id, [...RULES_BY_ID.keys()]);
      throw new UsageError(`unknown rule "${id}"${guess ? `; did you mean "${guess}"?` : ''}`);
    }
    io.stdout(options.format === 'json' ? JSON.stringify(ruleJson(rule), null, 2) + '\n' : ruleText(rule) + '\n');
    return 0;
  }
  if (options.format === 'json') {
    io.stdout(JSON.stringify(RULES.map(ruleJson), null, 2) + '\n');
    return 0;
  }
  const idWidth = Math.max(...RULES.map((r) => r.id.length));
  const catWidth = Math.max(...RULES.map((r) => r.category.length));
  for (const rule of RULES) {
    io.stdout(`${rule.id.padEnd(idWidth)}  ${rule.category.padEnd(catWidth)}  ${rule.severity.padEnd(7)}  ${rule.title}\n`);
  }
  io.stdout(`\n${RULES.length} rules. batchlint rules <id> shows one.\n`);
  return 0;
}
