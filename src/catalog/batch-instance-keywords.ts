// The instance families behind AWS Batch's `instanceTypes` keywords.
// https://docs.aws.amazon.com/batch/latest/userguide/instance-type-compute-table.html
// https://docs.aws.amazon.com/batch/latest/userguide/optimal-default-instance-troubleshooting.html
// https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html (instanceTypes)

/** `default_x86_64`: "m6i, c6i, r6i, and c7i" in every Region that supports Batch. */
export const DEFAULT_X86_64_FAMILIES: readonly string[] = ['m6i', 'c6i', 'r6i', 'c7i'];

/** `default_arm64`: "m6g, c6g, r6g, and c7g" in every Region that supports Batch. */
export const DEFAULT_ARM64_FAMILIES: readonly string[] = ['m6g', 'c6g', 'r6g', 'c7g'];

/**
 * From this date `optimal` behaves like `default_x86_64` ("selects instance types from modern m, c,
 * and r instance families based on regional availability"); Batch updated ENABLED and VALID
 * environments. Environments that were not updated keep the legacy, per-Region families below.
 */
export const OPTIMAL_CHANGE_DATE = '2025-11-01';

/** How `optimal` is read: as Batch does today, or as it did before 2025-11-01 (rule option `optimal`). */
export type OptimalBehavior = 'default_x86_64' | 'legacy';

/**
 * The legacy `optimal` families by Region. The table names the third row "m6, c6, r6"; we read it as
 * the Intel m6i, c6i and r6i families, the x86 families of that generation that default_x86_64 uses.
 */
export const LEGACY_OPTIMAL_FAMILIES: readonly { families: readonly string[]; regions: readonly string[] }[] = [
  {
    families: ['m4', 'c4', 'r4'],
    regions: ['ap-northeast-1', 'ap-northeast-2', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ca-central-1', 'cn-north-1', 'cn-northwest-1', 'eu-central-1', 'eu-west-1', 'eu-west-2', 'sa-east-1', 'us-east-1', 'us-east-2', 'us-gov-west-1', 'us-west-1', 'us-west-2'],
  },
  {
    families: ['m5', 'c5', 'r5'],
    regions: ['af-south-1', 'ap-east-1', 'ap-northeast-3', 'ap-south-2', 'ap-southeast-3', 'ap-southeast-4', 'ca-west-1', 'eu-central-2', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-3', 'il-central-1', 'me-central-1', 'me-south-1', 'us-gov-east-1', 'us-isob-east-1', 'us-iso-east-1', 'us-isof-south-1', 'us-isof-east-1', 'eu-isoe-west-1', 'us-northeast-1'],
  },
  { families: ['m6i', 'c6i', 'r6i'], regions: ['ap-southeast-5', 'ap-southeast-7', 'ap-east-2', 'mx-central-1'] },
];

/**
 * The families `optimal` stands for. Legacy behaviour in an unknown Region (files without ARNs) is
 * the union of every row: a job that fits none of them fits no Region's `optimal`.
 */
export function optimalFamilies(behavior: OptimalBehavior, region?: string): readonly string[] {
  if (behavior === 'default_x86_64') return DEFAULT_X86_64_FAMILIES;
  const row = region ? LEGACY_OPTIMAL_FAMILIES.find((r) => r.regions.includes(region)) : undefined;
  return row ? row.families : LEGACY_OPTIMAL_FAMILIES.flatMap((r) => r.families);
}

export const INSTANCE_KEYWORDS = ['optimal', 'default_x86_64', 'default_arm64'] as const;
export type InstanceKeyword = (typeof INSTANCE_KEYWORDS)[number];

export function keywordFamilies(keyword: InstanceKeyword, behavior: OptimalBehavior, region?: string): readonly string[] {
  switch (keyword) {
    case 'optimal':
      return optimalFamilies(behavior, region);
    case 'default_x86_64':
      return DEFAULT_X86_64_FAMILIES;
    case 'default_arm64':
      return DEFAULT_ARM64_FAMILIES;
  }
}
