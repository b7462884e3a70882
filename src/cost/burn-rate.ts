// The most a compute environment can spend per hour: maxvCpus, the only ceiling Batch puts on what it
// launches (batch-facts §2.2; some strategies may exceed it by one instance), at the dearest price per
// vCPU-hour among the allowed types. Fargate: the vCPU rate plus the most memory Fargate allows per
// vCPU. The `max-vcpus-burn-rate` rule and the cost report's totals both read it.
import type { BatchResource } from '../model/resource.js';
import type { InstanceCatalog } from '../catalog/instance-catalog.js';
import { known } from '../model/facts/fact.js';
import { computeEnvironmentFacts, isFargateEnvironment, isUnmanaged, provisionedAs } from '../model/facts/compute-environment-facts.js';
import { FARGATE_MEMORY_BY_VCPU } from '../model/fargate-sizes.js';
import type { PriceCatalog } from '../pricing/price-catalog.js';
import { fargatePrice, type PriceBasis } from '../pricing/price-quotes.js';
import { pricedEnvironmentTypes, type PricedType } from './environment-prices.js';

/** The most memory Fargate lets a task have per vCPU (GiB): 8 (2 GiB on 0.25 vCPU, 16 GiB on 2 vCPUs). */
export const FARGATE_MAX_GIB_PER_VCPU = Math.max(...[...FARGATE_MEMORY_BY_VCPU].map(([vcpus, memory]) => Math.max(...memory) / 1024 / vcpus));

export interface BurnRate {
  maxvCpus: number;
  usdPerVcpuHour: number;
  usdPerHour: number;
  /** The dearest type, or `Fargate`. */
  what: string;
  basis: PriceBasis;
}

/** undefined for unmanaged environments, without maxvCpus, or without a price. */
export function worstCaseBurn(ce: BatchResource<'computeEnvironment'>, region: string, catalog: PriceCatalog, instances?: InstanceCatalog): BurnRate | undefined {
  const facts = computeEnvironmentFacts(ce);
  if (isUnmanaged(facts)) return undefined;
  const max = known(facts.resources.maxvCpus);
  if (max === undefined || max <= 0) return undefined;
  if (isFargateEnvironment(facts)) {
    const price = fargatePrice(catalog, region, 'x86_64', provisionedAs(facts, 'FARGATE_SPOT'));
    if (!price) return undefined;
    const perVcpu = price.rates.vcpuHour + FARGATE_MAX_GIB_PER_VCPU * price.rates.gbHour;
    return { maxvCpus: max, usdPerVcpuHour: perVcpu, usdPerHour: max * perVcpu, what: 'Fargate', basis: price.basis };
  }
  // The first of the dearest per vCPU (the list is shared: not sorted in place).
  const dearest = pricedEnvironmentTypes(ce, region, catalog, instances)?.priced.reduce<PricedType | undefined>((best, p) => (!best || p.usdPerVcpuHour > best.usdPerVcpuHour ? p : best), undefined);
  if (!dearest) return undefined;
  return { maxvCpus: max, usdPerVcpuHour: dearest.usdPerVcpuHour, usdPerHour: max * dearest.usdPerVcpuHour, what: dearest.type.name, basis: dearest.price.basis };
}
