// Current EC2 Spot prices from DescribeSpotPriceHistory: with StartTime = now the API returns, per
// availability zone, the last price change before that time, which is the price in effect.
// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSpotPriceHistory.html
import { silenceSdkNodeVersionWarning } from '../../aws/sdk-quiet.js';
import type { _InstanceType } from '@aws-sdk/client-ec2';
import type { SpotMarketPrice } from '../price-catalog.js';
import { sdkConfig, type AwsClientOptions } from './aws-client-options.js';

export interface SpotPriceRecord {
  instanceType: string;
  availabilityZone: string;
  usdPerHour: number;
  timestamp: string;
}

const LINUX = new Set(['Linux/UNIX', 'Linux/UNIX (Amazon VPC)']);

/** Keeps the newest price per (type, zone) and folds the zones into one price per type. */
export function latestSpotPrices(records: readonly SpotPriceRecord[]): Record<string, SpotMarketPrice> {
  const newest = new Map<string, SpotPriceRecord>();
  for (const r of records) {
    const key = `${r.instanceType}\u0000${r.availabilityZone}`;
    const seen = newest.get(key);
    if (!seen || r.timestamp > seen.timestamp) newest.set(key, r);
  }
  const byType: Record<string, SpotMarketPrice> = {};
  for (const r of newest.values()) {
    const entry = (byType[r.instanceType] ??= { usdPerHour: 0, zones: {}, observedAt: r.timestamp });
    entry.zones[r.availabilityZone] = r.usdPerHour;
    entry.usdPerHour = Math.max(entry.usdPerHour, r.usdPerHour);
    if (entry.observedAt === undefined || r.timestamp > entry.observedAt) entry.observedAt = r.timestamp;
  }
  return byType;
}

/** Latest Linux Spot price per zone for the given types (all types when the list is empty). */
export async function fetchSpotPrices(region: string, instanceTypes: readonly string[], options: AwsClientOptions = {}, now = new Date()): Promise<Record<string, SpotMarketPrice>> {
  silenceSdkNodeVersionWarning();
  const { EC2Client, paginateDescribeSpotPriceHistory } = await import('@aws-sdk/client-ec2');
  const client = new EC2Client(sdkConfig(region, options.ec2Endpoint, options));
  const records: SpotPriceRecord[] = [];
  try {
    const pages = paginateDescribeSpotPriceHistory(
      { client, pageSize: 1000 },
      {
        StartTime: now,
        ProductDescriptions: ['Linux/UNIX'],
        ...(instanceTypes.length > 0 ? { InstanceTypes: [...instanceTypes] as _InstanceType[] } : {}),
      },
    );
    for await (const page of pages) {
      for (const p of page.SpotPriceHistory ?? []) {
        const price = Number(p.SpotPrice);
        if (!p.InstanceType || !p.AvailabilityZone || !Number.isFinite(price) || !LINUX.has(String(p.ProductDescription))) continue;
        records.push({ instanceType: p.InstanceType, availabilityZone: p.AvailabilityZone, usdPerHour: price, timestamp: p.Timestamp ? p.Timestamp.toISOString() : '' });
      }
    }
  } finally {
    client.destroy();
  }
  return latestSpotPrices(records);
}
