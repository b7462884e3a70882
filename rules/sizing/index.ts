// The sizing rules, in the order the docs list them. test/rule-registry.test.ts checks this list
// against the files in this folder.
import type { Rule } from '../../src/engine/rule.js';
import legacyResourceFields from './legacy-resource-fields.js';

export const sizingRules: readonly Rule[] = [
  legacyResourceFields,
];
