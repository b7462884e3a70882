// The timeout rules, in the order the docs list them. test/rule-registry.test.ts checks this list
// against the files in this folder.
import type { Rule } from '../../src/engine/rule.js';
import missingTimeout from './missing-timeout.js';
import timeoutFargateOver14Days from './timeout-fargate-over-14-days.js';
import jobQueueNoTimeLimitActions from './job-queue-no-time-limit-actions.js';
import jobQueueTimeLimitReason from './job-queue-time-limit-reason.js';
import jobQueueTimeLimitActionUnsupported from './job-queue-time-limit-action-unsupported.js';

export const timeoutRules: readonly Rule[] = [
  missingTimeout,
  timeoutFargateOver14Days,
  jobQueueNoTimeLimitActions,
  jobQueueTimeLimitReason,
  jobQueueTimeLimitActionUnsupported,
];
