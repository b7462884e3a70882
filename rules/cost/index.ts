// The cost rules, in the order the docs list them. test/rule-registry.test.ts checks this list
// against the files in this folder.
import type { Rule } from '../../src/engine/rule.js';
import minVcpusAlwaysOn from './min-vcpus-always-on.js';

export const costRules: readonly Rule[] = [
  minVcpusAlwaysOn,
];
