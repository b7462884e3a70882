// Values that cannot be known before deploy (template intrinsics, plan values) never produce a
// finding. Each case takes a bad fixture of a retry, timeout, spot or wiring rule, replaces the
// value the finding depends on with an Unknown, and checks the rule goes silent on that resource.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { runRules } from '../dist/src/engine/run-rules.js';
import { RULES_BY_ID } from '../dist/rules/index.js';
import { ROOT } from './helpers/cli.js';
import { makeUnknown } from './helpers/with-unknown.js';

type Path = (string | number)[];

/** Sets `path` inside `data` to an Unknown, creating the last key if it is missing. */
// [rule id, bad fixture file, path inside the resource made unknown]
const CASES: [string, string, Path][] = [
  ['retry-evaluate-on-exit-without-attempts', 'no-attempts.yaml', ['retryStrategy', 'evaluateOnExit']],
  ['retry-evaluate-on-exit-without-attempts', 'no-attempts.yaml', ['retryStrategy', 'attempts']],
  ['retry-no-catch-all-exit', 'no-catch-all.yaml', ['retryStrategy', 'evaluateOnExit', 0, 'onStatusReason']],
  ['retry-no-catch-all-exit', 'no-catch-all.yaml', ['retryStrategy', 'attempts']],
  ['retry-invalid-glob', 'globs.yaml', ['retryStrategy', 'evaluateOnExit']],
  ['retry-single-attempt', 'one-attempt.yaml', ['retryStrategy', 'attempts']],
  ['timeout-fargate-over-14-days', 'thirty-days.yaml', ['timeout', 'attemptDurationSeconds']],
  ['timeout-fargate-over-14-days', 'thirty-days.yaml', ['platformCapabilities']],
  ['job-queue-no-time-limit-actions', 'queues.yaml', ['jobStateTimeLimitActions']],
  ['job-queue-time-limit-reason', 'reasons.yaml', ['jobStateTimeLimitActions']],
  ['job-queue-time-limit-action-unsupported', 'actions.yaml', ['jobStateTimeLimitActions', 0, 'action']],
  ['spot-allocation-strategy', 'strategies.yaml', ['computeResources', 'type']],
  ['spot-allocation-strategy', 'strategies.yaml', ['computeResources', 'allocationStrategy']],
  ['spot-bid-percentage', 'bids.yaml', ['computeResources', 'bidPercentage']],
  // The whole list unknown (one unknown entry is still one instance type: a presence question, see test/compute-environment-facts.test.ts).
  ['spot-single-instance-type', 'single.yaml', ['computeResources', 'instanceTypes']],
  ['spot-fleet-role-cannot-tag', 'roles.yaml', ['computeResources', 'spotIamFleetRole']],
  ['compute-environment-allocation-strategy-allowed', 'strategies.yaml', ['computeResources', 'allocationStrategy']],
  ['compute-environment-allocation-strategy-allowed', 'strategies.yaml', ['computeResources', 'type']],
  ['spot-max-bid-percentage', 'bids.yaml', ['computeResources', 'bidPercentage']],
  ['job-queue-duplicate-order', 'queue.yaml', ['computeEnvironmentOrder', 1, 'order']],
  ['job-queue-duplicate-compute-environment', 'queue.json', ['computeEnvironmentOrder', 1, 'computeEnvironment']],
  ['job-queue-disabled', 'queue.yaml', ['state']],
  ['compute-environment-disabled', 'compute-environment.yaml', ['state']],
  ['compute-environment-unmanaged', 'compute-environment.yaml', ['type']],
  ['compute-environment-without-launch-template', 'compute-environment.yaml', ['computeResources', 'launchTemplate']],
  ['scheduling-policy-overlapping-shares', 'policies.yaml', ['fairsharePolicy', 'shareDistribution']],
];

describe('unknown values stay silent', () => {
  it.each(CASES)('%s (%s, %j unknown)', async (id, file, path) => {
    const rule = RULES_BY_ID.get(id)!;
    const settings = { only: new Set([id]) };
    const { findings } = await lintPaths([join('bad', file)], { cwd: join(ROOT, 'fixtures', id), settings });
    const flagged = new Set(findings.filter((f) => f.ruleId === id).map((f) => f.resource?.name));
    expect(flagged.size, 'the fixture must trigger the rule before the value is made unknown').toBeGreaterThan(0);
    // A fresh model, changed before anything reads it: facts are read once per resource record, and the
    // graph links queues once per model.
    const fresh = (await lintPaths([join('bad', file)], { cwd: join(ROOT, 'fixtures', id), settings: { only: new Set<string>() } })).model;
    for (const resource of fresh.resources) if (flagged.has(resource.name)) makeUnknown(resource, path);
    const after = runRules(fresh, [rule], settings).filter((f) => flagged.has(f.resource?.name));
    expect(after.map((f) => `${f.resource?.name}: ${f.message}`)).toEqual([]);
  });
});
