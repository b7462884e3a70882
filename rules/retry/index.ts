// The retry rules, in the order the docs list them. test/rule-registry.test.ts checks this list
// against the files in this folder.
import type { Rule } from '../../src/engine/rule.js';
import missingRetryStrategy from './missing-retry-strategy.js';
import retryEvaluateOnExitWithoutAttempts from './retry-evaluate-on-exit-without-attempts.js';
import retryInvalidGlob from './retry-invalid-glob.js';
import retryNoCatchAllExit from './retry-no-catch-all-exit.js';
import retrySingleAttempt from './retry-single-attempt.js';

export const retryRules: readonly Rule[] = [
  missingRetryStrategy,
  retryEvaluateOnExitWithoutAttempts,
  retryInvalidGlob,
  retryNoCatchAllExit,
  retrySingleAttempt,
];
