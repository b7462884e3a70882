// The sizing rules, in the order the docs list them. test/rule-registry.test.ts checks this list
// against the files in this folder.
import type { Rule } from '../../src/engine/rule.js';
import legacyResourceFields from './legacy-resource-fields.js';
import missingResourceRequirements from './missing-resource-requirements.js';
import invalidResourceValue from './invalid-resource-value.js';
import ec2VcpuBelowOne from './ec2-vcpu-below-one.js';
import fargateInvalidSize from './fargate-invalid-size.js';
import fargateUnsupportedField from './fargate-unsupported-field.js';
import fargateExecutionRoleMissing from './fargate-execution-role-missing.js';
import fargatePlatformVersion from './fargate-platform-version.js';
import ec2JobFargateField from './ec2-job-fargate-field.js';
import multinodeNodeRanges from './multinode-node-ranges.js';
import multinodeInstanceType from './multinode-instance-type.js';
import eksResourceFormat from './eks-resource-format.js';
import eksLimitsRequests from './eks-limits-requests.js';
import computeVcpuBounds from './compute-vcpu-bounds.js';
import mixedInstanceArchitectures from './mixed-instance-architectures.js';
import fargateComputeField from './fargate-compute-field.js';
import allocationStrategyMismatch from './allocation-strategy-mismatch.js';
import spotFleetRoleMissing from './spot-fleet-role-missing.js';
import launchTemplateInvalid from './launch-template-invalid.js';
import deprecatedAl2Image from './deprecated-al2-image.js';
import amiIdNotResolved from './ami-id-not-resolved.js';
import unplaceableJob from './unplaceable-job.js';
import memoryWithinPlacementMargin from './memory-within-placement-margin.js';
import vcpusAboveMaxVcpus from './vcpus-above-max-vcpus.js';
import multinodeUnsupportedEnvironment from './multinode-unsupported-environment.js';
import multinodeInstanceTypeNotLaunchable from './multinode-instance-type-not-launchable.js';
import gpuJobWithoutGpuInstanceType from './gpu-job-without-gpu-instance-type.js';
import gpuNonNvidiaInstanceFamily from './gpu-non-nvidia-instance-family.js';
import gpuMixedInstanceFamilies from './gpu-mixed-instance-families.js';
import gpuImageTypeNotNvidia from './gpu-image-type-not-nvidia.js';
import gpuFamilyUnsupportedByImageType from './gpu-family-unsupported-by-image-type.js';

export const sizingRules: readonly Rule[] = [
  legacyResourceFields,
  missingResourceRequirements,
  invalidResourceValue,
  ec2VcpuBelowOne,
  fargateInvalidSize,
  fargateUnsupportedField,
  fargateExecutionRoleMissing,
  fargatePlatformVersion,
  ec2JobFargateField,
  multinodeNodeRanges,
  multinodeInstanceType,
  eksResourceFormat,
  eksLimitsRequests,
  computeVcpuBounds,
  mixedInstanceArchitectures,
  fargateComputeField,
  allocationStrategyMismatch,
  spotFleetRoleMissing,
  launchTemplateInvalid,
  deprecatedAl2Image,
  amiIdNotResolved,
  unplaceableJob,
  memoryWithinPlacementMargin,
  vcpusAboveMaxVcpus,
  multinodeUnsupportedEnvironment,
  multinodeInstanceTypeNotLaunchable,
  gpuJobWithoutGpuInstanceType,
  gpuNonNvidiaInstanceFamily,
  gpuMixedInstanceFamilies,
  gpuImageTypeNotNvidia,
  gpuFamilyUnsupportedByImageType,
];
