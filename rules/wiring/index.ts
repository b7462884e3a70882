// The wiring rules, in the order the docs list them. test/rule-registry.test.ts checks this list
// against the files in this folder.
import type { Rule } from '../../src/engine/rule.js';
import jobQueueDuplicateOrder from './job-queue-duplicate-order.js';
import jobQueueDuplicateComputeEnvironment from './job-queue-duplicate-compute-environment.js';
import jobQueueDisabled from './job-queue-disabled.js';
import computeEnvironmentDisabled from './compute-environment-disabled.js';
import computeEnvironmentUnmanaged from './compute-environment-unmanaged.js';
import computeEnvironmentWithoutLaunchTemplate from './compute-environment-without-launch-template.js';
import instanceRoleMissing from './instance-role-missing.js';
import instanceRoleNotInstanceProfile from './instance-role-not-instance-profile.js';
import securityGroupMissing from './security-group-missing.js';
import schedulingPolicyOverlappingShares from './scheduling-policy-overlapping-shares.js';
import platformMismatch from './platform-mismatch.js';
import queueMixesFargateAndEc2 from './queue-mixes-fargate-and-ec2.js';
import queueMixesArchitectures from './queue-mixes-architectures.js';
import queueMixesOrchestration from './queue-mixes-orchestration.js';
import queueAllEnvironmentsDisabled from './queue-all-environments-disabled.js';
import queueSomeEnvironmentsDisabled from './queue-some-environments-disabled.js';
import fargateSpotWithoutFallback from './fargate-spot-without-fallback.js';
import unresolvedReference from './unresolved-reference.js';
import spotJobWithoutReclaimRetry from './spot-job-without-reclaim-retry.js';

export const wiringRules: readonly Rule[] = [
  jobQueueDuplicateOrder,
  jobQueueDuplicateComputeEnvironment,
  jobQueueDisabled,
  computeEnvironmentDisabled,
  computeEnvironmentUnmanaged,
  computeEnvironmentWithoutLaunchTemplate,
  instanceRoleMissing,
  instanceRoleNotInstanceProfile,
  securityGroupMissing,
  schedulingPolicyOverlappingShares,
  platformMismatch,
  queueMixesFargateAndEc2,
  queueMixesArchitectures,
  queueMixesOrchestration,
  queueAllEnvironmentsDisabled,
  queueSomeEnvironmentsDisabled,
  fargateSpotWithoutFallback,
  unresolvedReference,
  spotJobWithoutReclaimRetry,
];
