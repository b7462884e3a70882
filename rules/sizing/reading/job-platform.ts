// Where a job definition runs decides which sizing rules apply. `platformCapabilities` defaults to
// EC2 and must not be set for EKS jobs ([API:RegisterJobDefinition]):
// https://docs.aws.amazon.com/batch/latest/APIReference/API_RegisterJobDefinition.html
import type { JobDefinitionData } from '../../../src/model/aws-types.generated.js';
import { field, isRecord } from '../../../src/model/values.js';

/**
 * `fargate`, `ec2` (the default), `eks`, or `undefined` when it cannot be told (an unknown value, or a
 * capability this version does not know, such as MANAGED_INSTANCES): rules then stay silent.
 */
export type JobPlatform = 'fargate' | 'ec2' | 'eks';

export function jobPlatformOf(jobDefinition: JobDefinitionData): JobPlatform | undefined {
  const jd: unknown = jobDefinition;
  const eks = field(jd, 'eksProperties');
  if (isRecord(eks)) return 'eks';
  if (eks !== undefined && eks !== null) return undefined;
  const capabilities = field(jd, 'platformCapabilities');
  if (capabilities === undefined) return 'ec2';
  if (!Array.isArray(capabilities)) return undefined;
  if (capabilities.length === 0) return 'ec2';
  if (capabilities.some((c) => typeof c !== 'string')) return undefined;
  // Enum values are case-sensitive: a misspelt capability is schema-enum's finding, not ours.
  const set = new Set(capabilities as string[]);
  if (set.size === 1 && set.has('FARGATE')) return 'fargate';
  if (set.size === 1 && set.has('EC2')) return 'ec2';
  return undefined;
}
