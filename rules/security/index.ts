// The security rules, in the order the docs list them. test/rule-registry.test.ts checks this list
// against the files in this folder.
import type { Rule } from '../../src/engine/rule.js';
import privilegedContainer from './privileged-container.js';
import privilegeEscalationAllowed from './privilege-escalation-allowed.js';
import containerRunsAsRoot from './container-runs-as-root.js';
import eksHostNetwork from './eks-host-network.js';
import writableRootFilesystem from './writable-root-filesystem.js';
import secretInEnvironment from './secret-in-environment.js';
import secretInCommand from './secret-in-command.js';
import sensitiveHostMount from './sensitive-host-mount.js';
import hostDeviceAccess from './host-device-access.js';
import efsTransitEncryptionDisabled from './efs-transit-encryption-disabled.js';
import efsTransitEncryptionRequired from './efs-transit-encryption-required.js';
import efsIamWithoutJobRole from './efs-iam-without-job-role.js';
import missingJobRole from './missing-job-role.js';
import ecsExecEnabled from './ecs-exec-enabled.js';
import ec2KeyPair from './ec2-key-pair.js';
import roleNotArn from './role-not-arn.js';
import mutableImageTag from './mutable-image-tag.js';
import publicRegistryImage from './public-registry-image.js';
import jobQueueUntagged from './job-queue-untagged.js';
import schedulingPolicyUntagged from './scheduling-policy-untagged.js';
import computeEnvironmentUntagged from './compute-environment-untagged.js';
import computeResourcesUntagged from './compute-resources-untagged.js';

export const securityRules: readonly Rule[] = [
  privilegedContainer,
  privilegeEscalationAllowed,
  containerRunsAsRoot,
  eksHostNetwork,
  writableRootFilesystem,
  secretInEnvironment,
  secretInCommand,
  sensitiveHostMount,
  hostDeviceAccess,
  efsTransitEncryptionDisabled,
  efsTransitEncryptionRequired,
  efsIamWithoutJobRole,
  missingJobRole,
  ecsExecEnabled,
  ec2KeyPair,
  roleNotArn,
  mutableImageTag,
  publicRegistryImage,
  jobQueueUntagged,
  schedulingPolicyUntagged,
  computeEnvironmentUntagged,
  computeResourcesUntagged,
];
