// What a managed EC2/Spot compute environment costs with no job at all. Batch keeps minvCpus running
// even when the environment is DISABLED, scales down to it but never below, and bills it in whole
// instances (batch-facts §2.1, §2.2); desiredvCpus, where a template sets it, is what Batch starts
// from. So the floor is max(minvCpus, desiredvCpus) vCPUs around the clock, rounded up to whole
// instances of the allowed type that makes it cheapest: a lower bound on the bill.
import type { BatchResource } from '../model/resource.js';
import { known } from '../model/facts/fact.js';
import { computeEnvironmentFacts, isUnmanaged, provisionedAs } from '../model/facts/compute-environment-facts.js';
import type { PriceCatalog } from '../pricing/price-catalog.js';
import type { PriceBasis } from '../pricing/price-quotes.js';
import { HOURS_PER_MONTH } from './billing.js';
import { pricedEnvironmentTypes, type PricedType } from './environment-prices.js';

export interface IdleFloor {
  computeEnvironment: string;
  file: string;
  region: string;
  /** vCPUs kept running; null when set by a value known only at deploy time. */
  vCpus: number | null;
  from: 'minvCpus' | 'desiredvCpus' | 'none';
  instanceType: string | null;
  instances: number;
  usdPerHour: number | null;
  monthlyUsd: number | null;
  priceBasis: PriceBasis | null;
  note?: string;
}

/** The cheapest whole-instance cover of `vcpus` among the environment's priced types. */
export function cheapestCover(priced: readonly PricedType[], vcpus: number): { type: PricedType; instances: number; usdPerHour: number } | undefined {
  let best: { type: PricedType; instances: number; usdPerHour: number } | undefined;
  for (const p of priced) {
    const instances = Math.ceil(vcpus / p.type.vcpus);
    const usdPerHour = instances * p.price.usdPerHour;
    if (!best || usdPerHour < best.usdPerHour - 1e-12 || (Math.abs(usdPerHour - best.usdPerHour) <= 1e-12 && instances < best.instances)) best = { type: p, instances, usdPerHour };
  }
  return best;
}

const round = (n: number): number => Number(n.toPrecision(6));

/** undefined for Fargate and unmanaged environments (nothing idles there). */
export function idleFloor(ce: BatchResource<'computeEnvironment'>, region: string, catalog: PriceCatalog): IdleFloor | undefined {
  const facts = computeEnvironmentFacts(ce);
  if (isUnmanaged(facts) || !provisionedAs(facts, 'EC2', 'SPOT')) return undefined;
  const { minvCpus, desiredvCpus } = facts.resources;
  const base = { computeEnvironment: ce.name, file: ce.source.document.file, region, instanceType: null, instances: 0, usdPerHour: null, monthlyUsd: null, priceBasis: null };
  const setAtDeploy = (f: typeof minvCpus): boolean => (f.certainty === 'unknown' && !f.invalid) || f.certainty === 'maybeAbsent';
  if (setAtDeploy(minvCpus) || setAtDeploy(desiredvCpus)) {
    return { ...base, vCpus: null, from: 'minvCpus', note: 'minvCpus or desiredvCpus is set at deploy time, so the idle floor is not known' };
  }
  const min = Math.max(0, known(minvCpus) ?? 0);
  const desired = Math.max(0, known(desiredvCpus) ?? 0);
  const vCpus = Math.max(min, desired);
  const from = vCpus === 0 ? 'none' : desired > min ? 'desiredvCpus' : 'minvCpus';
  if (vCpus === 0) return { ...base, vCpus, from, usdPerHour: 0, monthlyUsd: 0 };
  const cover = cheapestCover(pricedEnvironmentTypes(ce, region, catalog)?.priced ?? [], vCpus);
  if (!cover) return { ...base, vCpus, from, note: `no price in the catalog for ${region} for the types the environment may launch; use --live-pricing` };
  return {
    ...base,
    vCpus,
    from,
    instanceType: cover.type.type.name,
    instances: cover.instances,
    usdPerHour: round(cover.usdPerHour),
    monthlyUsd: round(cover.usdPerHour * HOURS_PER_MONTH),
    priceBasis: cover.type.price.basis,
  };
}
