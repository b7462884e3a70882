// How AWS turns running time into money, for the capacity Batch launches. AWS Batch itself adds no
// charge (https://aws.amazon.com/batch/pricing/).
//
// EC2 (Linux, On-Demand and Spot): per second with a 60-second minimum.
//   https://aws.amazon.com/about-aws/whats-new/2017/10/announcing-amazon-ec2-per-second-billing/
// Fargate: vCPU and memory configured for the task, per second rounded up, 1-minute minimum; 20 GiB
// of ephemeral storage included, configured storage above it billed per GB-hour.
//   https://aws.amazon.com/fargate/pricing/
import type { FargatePrice } from '../pricing/price-quotes.js';

export const EC2_MINIMUM_BILLED_SECONDS = 60;
export const FARGATE_MINIMUM_BILLED_SECONDS = 60;
export const FARGATE_INCLUDED_STORAGE_GIB = 20;
/** The average month: 365 days x 24 h / 12 = 730 hours, as AWS's own pricing examples use. */
export const HOURS_PER_MONTH = 730;
export const DAYS_PER_MONTH = HOURS_PER_MONTH / 24;

export function billedSeconds(durationSeconds: number, minimumSeconds: number): number {
  return Math.max(minimumSeconds, Math.ceil(durationSeconds));
}

/** One instance for the duration (60-second minimum). */
export function ec2InstanceCost(usdPerHour: number, durationSeconds: number): number {
  return (usdPerHour * billedSeconds(durationSeconds, EC2_MINIMUM_BILLED_SECONDS)) / 3600;
}

export interface FargateTaskSize {
  vcpus: number;
  memoryMiB: number;
  /** Configured ephemeral storage (GiB); 20 when not set. */
  ephemeralStorageGiB?: number;
}

/** The hourly rate of one task of this size (Fargate bills memory per GB: MiB / 1024). */
export function fargateHourlyRate(price: FargatePrice, size: FargateTaskSize): number {
  const extraStorage = Math.max(0, (size.ephemeralStorageGiB ?? FARGATE_INCLUDED_STORAGE_GIB) - FARGATE_INCLUDED_STORAGE_GIB);
  return size.vcpus * price.rates.vcpuHour + (size.memoryMiB / 1024) * price.rates.gbHour + extraStorage * (price.ephemeralStorageGbHour ?? 0);
}

/** One task for the duration (1-minute minimum). */
export function fargateTaskCost(price: FargatePrice, size: FargateTaskSize, durationSeconds: number): number {
  return (fargateHourlyRate(price, size) * billedSeconds(durationSeconds, FARGATE_MINIMUM_BILLED_SECONDS)) / 3600;
}
