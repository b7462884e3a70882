// Fetches the live figures a cost run needs (On-Demand per instance type, Spot per zone, Fargate per
// region) through the cache, and returns them as a catalog to overlay on the offline one.
import pLimit from 'p-limit';
import { emptyPriceCatalog, type FargateRegionRates, type PriceCatalog } from '../price-catalog.js';
import type { AwsClientOptions } from './aws-client-options.js';
import { ec2OnDemandFilters, getProducts } from './price-list-api.js';
import { ec2OnDemandPrices, fargateRatesFromItems, type FargateLiveRates } from './price-list-items.js';
import { fetchSpotPrices } from './spot-price-history.js';
import type { PricingCache } from './pricing-cache.js';
import type { SpotMarketPrice } from '../price-catalog.js';
import { lookup, setField } from '../../model/values.js';

export interface LivePriceRequest {
  /** region -> instance types to price (On-Demand and Spot). */
  ec2: Map<string, Set<string>>;
  /** Regions whose Fargate rates are needed. */
  fargateRegions: Set<string>;
}

export interface LivePriceOptions extends AwsClientOptions {
  cache?: PricingCache;
  /** Concurrent GetProducts calls (the Price List API throttles bursts). */
  concurrency?: number;
}

function toRegionRates(rates: FargateLiveRates['onDemand'] | FargateLiveRates['spot'], storage?: number): FargateRegionRates {
  const out: FargateRegionRates = {};
  for (const arch of ['x86_64', 'arm64'] as const) {
    const r = rates[arch];
    if (r?.vcpuHour !== undefined && r.gbHour !== undefined) out[arch] = { vcpuHour: r.vcpuHour, gbHour: r.gbHour };
  }
  if (storage !== undefined) out.ephemeralStorageGbHour = storage;
  return out;
}

async function cached<T>(cache: PricingCache | undefined, key: string, fetch: () => Promise<T>): Promise<T> {
  const hit = cache?.get<T>(key);
  if (hit) return hit.value;
  const value = await fetch();
  cache?.set(key, value);
  return value;
}

/** A new, empty entry for a region, added as an own key. */
function regionEntry(byRegion: Record<string, Record<string, number>>, region: string): Record<string, number> {
  const entry: Record<string, number> = {};
  setField(byRegion, region, entry);
  return entry;
}

export async function fetchLivePrices(request: LivePriceRequest, options: LivePriceOptions = {}): Promise<PriceCatalog> {
  const limit = pLimit(options.concurrency ?? 4);
  const catalog = emptyPriceCatalog('AWS Price List Query API and EC2 Spot price history (live)', new Date().toISOString());
  const jobs: Promise<void>[] = [];

  for (const [region, typeSet] of request.ec2) {
    const types = [...typeSet].sort();
    for (const type of types) {
      jobs.push(
        limit(async () => {
          const price = await cached(options.cache, `ec2-on-demand|${region}|${type}`, async () => ec2OnDemandPrices(await getProducts('AmazonEC2', ec2OnDemandFilters(region, type), options))[type] ?? null);
          // Region and type names come from the input (an ARN's region may read `__proto__`): own keys only.
          if (price !== null) setField(lookup(catalog.ec2.onDemand, region) ?? regionEntry(catalog.ec2.onDemand, region), type, price);
        }),
      );
    }
    if (types.length > 0) {
      jobs.push(
        limit(async () => {
          const spot = await cached(options.cache, `ec2-spot|${region}|${types.join(',')}`, () => fetchSpotPrices(region, types, options));
          if (Object.keys(spot).length > 0) setField(catalog.ec2.spot, region, { ...lookup(catalog.ec2.spot, region), ...(spot as Record<string, SpotMarketPrice>) });
        }),
      );
    }
  }
  for (const region of request.fargateRegions) {
    jobs.push(
      limit(async () => {
        const rates = await cached(options.cache, `fargate|${region}`, async () => fargateRatesFromItems(await getProducts('AmazonECS', { regionCode: region }, options)));
        const onDemand = toRegionRates(rates.onDemand, rates.onDemand.ephemeralStorageGbHour);
        const spot = toRegionRates(rates.spot);
        if (Object.keys(onDemand).length > 0) setField(catalog.fargate.onDemand, region, onDemand);
        if (Object.keys(spot).length > 0) setField(catalog.fargate.spot, region, spot);
      }),
    );
  }
  await Promise.all(jobs);
  return catalog;
}

/** A whole region (or the given types), uncached: what `batchlint pricing update` writes. */
export async function fetchRegionCatalog(regions: readonly string[], instanceTypes: readonly string[], options: AwsClientOptions = {}): Promise<PriceCatalog> {
  const catalog = emptyPriceCatalog('AWS Price List Query API and EC2 Spot price history, via batchlint pricing update', new Date().toISOString());
  catalog.notes = ['EC2 prices are Linux, shared tenancy, no pre-installed software, USD per instance-hour. Spot prices are the latest per availability zone; the catalog figure is the highest zone.'];
  for (const region of regions) {
    const onDemand: Record<string, number> = {};
    if (instanceTypes.length === 0) Object.assign(onDemand, ec2OnDemandPrices(await getProducts('AmazonEC2', ec2OnDemandFilters(region), options)));
    else for (const type of instanceTypes) Object.assign(onDemand, ec2OnDemandPrices(await getProducts('AmazonEC2', ec2OnDemandFilters(region, type), options)));
    if (Object.keys(onDemand).length > 0) catalog.ec2.onDemand[region] = onDemand;
    const spot = await fetchSpotPrices(region, instanceTypes, options);
    if (Object.keys(spot).length > 0) catalog.ec2.spot[region] = spot;
    const rates = fargateRatesFromItems(await getProducts('AmazonECS', { regionCode: region }, options));
    const fargateOnDemand = toRegionRates(rates.onDemand, rates.onDemand.ephemeralStorageGbHour);
    const fargateSpot = toRegionRates(rates.spot);
    if (Object.keys(fargateOnDemand).length > 0) catalog.fargate.onDemand[region] = fargateOnDemand;
    if (Object.keys(fargateSpot).length > 0) catalog.fargate.spot[region] = fargateSpot;
  }
  return catalog;
}
