// The security rules, in the order the docs list them. test/rule-registry.test.ts checks this list
// against the files in this folder.
import type { Rule } from '../../src/engine/rule.js';
import privilegedContainer from './privileged-container.js';

export const securityRules: readonly Rule[] = [
  privilegedContainer,
];
