// Savings the cost rules and the cost report's recommendations share: one more copy per instance
// by trimming memory, Spot instead of On-Demand for jobs that retry reclaims, a CPU type instead of
// a GPU type for jobs that ask for no GPU.
import { DEFAULT_ARM64_FAMILIES, DEFAULT_X86_64_FAMILIES } from '../catalog/batch-instance-keywords.js';
import { loadInstanceCatalog, type InstanceTypeInfo } from '../catalog/instance-catalog.js';
import { fitOnType, type TypeFit } from '../placement/fit.js';
import type { NodeRequirement } from '../model/facts/job-size-facts.js';
import type { MemoryModel } from '../placement/memory-model.js';
import type { PriceCatalog } from '../pricing/price-catalog.js';
import { onDemandPrice, spotPrice, type InstancePrice } from '../pricing/price-quotes.js';

/** Default for "just above": at most this share of the job's memory would have to go. */
export const DEFAULT_MAX_MEMORY_TRIM_PERCENT = 10;

export interface ExtraCopy {
  /** MEMORY (MiB) at or below which one more copy fits. */
  memoryMiB: number;
  copies: number;
  nextCopies: number;
}

/**
 * When memory is what limits the copies per instance and a trim of at most `maxTrimPercent` of the
 * job's memory lets one more copy fit (vCPUs and GPUs allowing), the memory that would.
 */
export function extraCopyByMemory(node: Pick<NodeRequirement, 'vcpus' | 'memoryMiB' | 'gpus'>, fit: TypeFit, maxTrimPercent = DEFAULT_MAX_MEMORY_TRIM_PERCENT): ExtraCopy | undefined {
  const memory = node.memoryMiB?.value;
  if (memory === undefined || memory <= 0 || fit.copies <= 0) return undefined;
  const next = fit.copies + 1;
  const vcpus = node.vcpus?.value;
  if (vcpus !== undefined && vcpus > 0 && Math.floor(fit.availableVcpus / vcpus + 1e-9) < next) return undefined;
  const gpus = node.gpus?.value;
  if (gpus !== undefined && gpus > 0 && Math.floor(fit.gpus / gpus) < next) return undefined;
  const target = Math.floor(fit.availableMiB / next);
  if (target <= 0 || target >= memory) return undefined;
  if (((memory - target) * 100) / memory > maxTrimPercent) return undefined;
  return { memoryMiB: target, copies: fit.copies, nextCopies: next };
}

/** The Spot figure for the same type, for On-Demand environments serving jobs that retry reclaims. */
export function spotAlternative(catalog: PriceCatalog, region: string, instanceType: string): { onDemand: InstancePrice; spot: InstancePrice } | undefined {
  const onDemand = onDemandPrice(catalog, region, instanceType);
  const spot = spotPrice(catalog, region, instanceType);
  return onDemand && spot && spot.usdPerHour < onDemand.usdPerHour ? { onDemand, spot } : undefined;
}

export function isGpuType(type: InstanceTypeInfo): boolean {
  return (type.gpu?.count ?? 0) > 0;
}

/**
 * The cheapest type of Batch's default families (default_x86_64 or default_arm64, by architecture)
 * that holds the same number of copies or more per dollar: what a CPU-only environment would run the
 * job on. Returns the cost per instance-hour per copy.
 */
export function cheapestCpuAlternative(node: Pick<NodeRequirement, 'vcpus' | 'memoryMiB' | 'gpus'>, architecture: 'x86_64' | 'arm64', catalog: PriceCatalog, region: string, model?: MemoryModel): { type: string; usdPerHourPerCopy: number; copies: number } | undefined {
  const instances = loadInstanceCatalog();
  const families = architecture === 'arm64' ? DEFAULT_ARM64_FAMILIES : DEFAULT_X86_64_FAMILIES;
  let best: { type: string; usdPerHourPerCopy: number; copies: number } | undefined;
  for (const family of families) {
    for (const type of instances.familyMembers(family)) {
      if (type.metal) continue;
      const fit = fitOnType(node, type, model);
      if (fit.copies <= 0 || fit.withinMargin) continue;
      const price = onDemandPrice(catalog, region, type.name);
      if (!price) continue;
      // BEST_FIT would launch the cheapest type that fits; compare per copy to be fair to both.
      const perCopy = price.usdPerHour / fit.copies;
      if (!best || price.usdPerHour < best.usdPerHourPerCopy * best.copies) best = { type: type.name, usdPerHourPerCopy: perCopy, copies: fit.copies };
    }
  }
  return best;
}
