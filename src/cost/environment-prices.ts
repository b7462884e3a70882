// Prices of what a compute environment may launch, for the cost rules (which run offline on the
// bundled catalog). Region: the resource's (from its ARN or a live audit), else the rule's `region`
// option (default us-east-1), and every message names it.
import { environmentInstanceTypes } from '../catalog/environment-instance-types.js';
import type { InstanceTypeExpansion } from '../catalog/expand-instance-types.js';
import { loadInstanceCatalog, type InstanceCatalog, type InstanceTypeInfo } from '../catalog/instance-catalog.js';
import { option } from '../engine/rule-options.js';
import { computeEnvironmentFacts, provisionedAs } from '../model/facts/compute-environment-facts.js';
import { regionOfArn } from '../graph/resource-reference.js';
import type { BatchResource } from '../model/resource.js';
import { bundledPriceCatalog, type PriceCatalog } from '../pricing/price-catalog.js';
import { ec2Price, type InstancePrice } from '../pricing/price-quotes.js';
import { DEFAULT_COST_REGION } from './estimate-costs.js';

/** The `region` option of the cost rules. */
export const COST_RULE_REGION_OPTION = { region: option.string(DEFAULT_COST_REGION, { description: 'Region whose prices are used for resources without an ARN (default us-east-1)' }) };

export function costRegion(resource: BatchResource, options: Readonly<Record<string, unknown>>): string {
  const option = typeof options.region === 'string' && options.region !== '' ? options.region : undefined;
  return resource.region ?? regionOfArn(resource.arn) ?? option ?? DEFAULT_COST_REGION;
}

export interface PricedType {
  type: InstanceTypeInfo;
  price: InstancePrice;
  usdPerVcpuHour: number;
}

export interface PricedEnvironmentTypes {
  readonly priced: readonly PricedType[];
  readonly unresolved: number;
}

// Per expansion (environments that list the same types share one), catalog, Region and capacity: the
// cost rules price an environment's types once per rule, and many environments alike the same types.
const pricedByExpansion = new WeakMap<InstanceTypeExpansion, WeakMap<PriceCatalog, Map<string, PricedEnvironmentTypes>>>();

/**
 * The environment's allowed types that the catalog prices (On-Demand for EC2, Spot for SPOT); undefined
 * for Fargate/unmanaged. The list is shared between the readers: read only.
 */
export function pricedEnvironmentTypes(ce: BatchResource<'computeEnvironment'>, region: string, catalog: PriceCatalog = bundledPriceCatalog(), instances: InstanceCatalog = loadInstanceCatalog()): PricedEnvironmentTypes | undefined {
  const expansion = environmentInstanceTypes(ce, instances, { region });
  if (!expansion) return undefined;
  const capacity = provisionedAs(computeEnvironmentFacts(ce), 'SPOT') ? 'spot' : 'on-demand';
  let byCatalog = pricedByExpansion.get(expansion);
  if (!byCatalog) pricedByExpansion.set(expansion, (byCatalog = new WeakMap()));
  let byKey = byCatalog.get(catalog);
  if (!byKey) byCatalog.set(catalog, (byKey = new Map()));
  const key = `${region}|${capacity}`;
  let result = byKey.get(key);
  if (!result) byKey.set(key, (result = priceTypes(expansion, catalog, region, capacity)));
  return result;
}

function priceTypes(expansion: InstanceTypeExpansion, catalog: PriceCatalog, region: string, capacity: 'spot' | 'on-demand'): PricedEnvironmentTypes {
  const priced: PricedType[] = [];
  for (const type of expansion.types) {
    const price = ec2Price(catalog, region, type.name, capacity);
    if (price && type.vcpus > 0) priced.push({ type, price, usdPerVcpuHour: price.usdPerHour / type.vcpus });
  }
  return { priced, unresolved: expansion.unresolved.length + (expansion.types.length - priced.length) };
}

export function formatUsdAmount(value: number): string {
  if (value >= 1000) return `$${Math.round(value).toLocaleString('en-US')}`;
  if (value >= 1) return `$${value.toFixed(2)}`;
  return `$${Number(value.toPrecision(2))}`;
}
