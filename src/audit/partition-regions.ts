import { partitionOf } from '../model/partition.js';

// The regions `--all-regions` visits, by partition. Source: botocore 1.43.67 `data/partitions.json`
// (the same region list the SDK's endpoint resolver carries), without the `*-global` pseudo-regions.
// A region where Batch is not offered, or that is not enabled for the account, is reported as such
// and the others are audited (see run-audit.ts).
const REGIONS_BY_PARTITION: Record<string, readonly string[]> = {
  aws: [
    'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1',
    'ap-south-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5',
    'ap-southeast-6', 'ap-southeast-7', 'ca-central-1', 'ca-west-1', 'eu-central-1', 'eu-central-2', 'eu-north-1',
    'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'il-central-1', 'me-central-1', 'me-south-1',
    'mx-central-1', 'sa-east-1', 'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2',
  ],
  'aws-cn': ['cn-north-1', 'cn-northwest-1'],
  'aws-us-gov': ['us-gov-east-1', 'us-gov-west-1'],
};

/** Every region of the partition of `homeRegion` (the commercial partition when it is unknown). */
export function partitionRegions(homeRegion: string | undefined): readonly string[] {
  return REGIONS_BY_PARTITION[partitionOf(homeRegion ?? 'us-east-1')] ?? [];
}

/** A region code as AWS writes them; anything else is a usage error rather than a failed request. */
export function isRegionCode(value: string): boolean {
  return /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/.test(value);
}
