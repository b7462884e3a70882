// The rule registry: one folder per category, each with its own index.ts listing its rules. Rules
// are listed explicitly (never discovered by walking folders at run time); a test checks each list
// against its folder, so a rule cannot be written and forgotten.
import type { Rule } from '../src/engine/rule.js';
import { auditRules, runRules } from './run/index.js';
import { schemaRules } from './schema/index.js';
import { securityRules } from './security/index.js';
import { retryRules } from './retry/index.js';
import { timeoutRules } from './timeout/index.js';
import { sizingRules } from './sizing/index.js';
import { spotRules } from './spot/index.js';
import { wiringRules } from './wiring/index.js';
import { costRules } from './cost/index.js';

export const RULES: readonly Rule[] = [
  ...runRules,
  ...schemaRules,
  ...securityRules,
  ...retryRules,
  ...timeoutRules,
  ...sizingRules,
  ...spotRules,
  ...wiringRules,
  ...costRules,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

/**
 * Everything a finding can name: the rules above and the findings the live audit reports about
 * itself (a Region it could not read). The catalog is what `batchlint rules`, the docs, the config
 * schema and --rule/--disable know; RULES is what runs on files.
 */
export const CATALOG: readonly Rule[] = [...RULES, ...(auditRules as readonly Rule[])];
export const CATALOG_BY_ID: ReadonlyMap<string, Rule> = new Map(CATALOG.map((r) => [r.id, r]));
