// The timeout rules, in the order the docs list them. test/rule-registry.test.ts checks this list
// against the files in this folder.
import type { Rule } from '../../src/engine/rule.js';
import missingTimeout from './missing-timeout.js';

export const timeoutRules: readonly Rule[] = [
  missingTimeout,
];
