// Looking prices up in a catalog. Every quote says what it rests on, so a report can tell a list
// price from a market price from an estimate; a missing figure is `undefined`, never a guess.
import type { FargateRates, PriceCatalog } from './price-catalog.js';
// Region and type names come from user input: every table is read through `lookup` (own keys only).
import { lookup } from '../model/values.js';

export type PriceBasis = 'on-demand-list' | 'on-demand-estimate' | 'spot-market' | 'spot-estimate' | 'fargate-list' | 'fargate-estimate' | 'fargate-spot-list' | 'fargate-spot-estimate';

export interface InstancePrice {
  usdPerHour: number;
  basis: PriceBasis;
  /** For estimates and market prices: how the figure was obtained. */
  detail?: string;
}

export interface FargatePrice {
  rates: FargateRates;
  /** Extra ephemeral storage per GB-hour above the 20 GiB included, when the catalog has it. */
  ephemeralStorageGbHour?: number;
  basis: PriceBasis;
}

export type Architecture = 'x86_64' | 'arm64';

/** The Region whose exact list the regional ratios scale. */
export const RATIO_BASE_REGION = 'us-east-1';

const LEVEL_WORDS = { family: 'measured ratio for the {family} family', region: 'measured ratio (median over its families)', 'all-regions': 'no exact figure in the Region: the median ratio of every Region' } as const;

/** An exact list price, else an estimate from the Region's measured price ratio (labelled as one). */
export function onDemandPrice(catalog: PriceCatalog, region: string, instanceType: string): InstancePrice | undefined {
  const price = lookup(lookup(catalog.ec2.onDemand, region), instanceType);
  if (price !== undefined) return { usdPerHour: price, basis: 'on-demand-list' };
  const base = lookup(lookup(catalog.ec2.onDemand, RATIO_BASE_REGION), instanceType);
  const ratios = lookup(catalog.ec2.onDemandRatios, region);
  if (base === undefined || !ratios) return undefined;
  const family = instanceType.split('.')[0] ?? instanceType;
  const listed = lookup(ratios.families, family);
  if (typeof listed === 'string') return undefined;
  const [ratio, level] = listed ?? [ratios.ratio, ratios.level];
  const error = catalog.ec2.onDemandEstimateError?.[level];
  const measured = error ? ` (leave-one-out error on the exact figures: median ${error.medianAbsPercent}%, max ${error.maxAbsPercent}%)` : '';
  const offered = listed ? '' : `; ${family} is not in the Region's listed offerings, so it may not be offered there`;
  return {
    usdPerHour: Number((base * ratio).toPrecision(6)),
    basis: 'on-demand-estimate',
    detail: `estimate: the ${RATIO_BASE_REGION} price x ${ratio}, ${region}'s ${LEVEL_WORDS[level].replace('{family}', family)}${measured}${offered}; not a list price (--live-pricing gives the exact figure)`,
  };
}

/** Why a type has no On-Demand figure in the Region, for the report. */
export function whyUnpriced(catalog: PriceCatalog, region: string, instanceType: string): string {
  const ratios = lookup(catalog.ec2.onDemandRatios, region);
  const listed = ratios ? lookup(ratios.families, instanceType.split('.')[0] ?? instanceType) : undefined;
  if (typeof listed === 'string') return listed;
  if (!ratios && lookup(catalog.ec2.onDemand, region) === undefined) return `the catalog has no figure or price ratio for ${region}`;
  return `no ${RATIO_BASE_REGION} price for ${instanceType} to scale from`;
}

/** A Spot market price when the catalog has one (live or `pricing update`), else the Spot Advisor estimate. */
export function spotPrice(catalog: PriceCatalog, region: string, instanceType: string): InstancePrice | undefined {
  const market = lookup(lookup(catalog.ec2.spot, region), instanceType);
  if (market) {
    const zones = Object.entries(market.zones);
    const range = zones.length > 1 ? `, ${Math.min(...zones.map(([, p]) => p))}-${Math.max(...zones.map(([, p]) => p))} across ${zones.length} zones` : '';
    return { usdPerHour: market.usdPerHour, basis: 'spot-market', detail: `Spot market price${market.observedAt ? ` at ${market.observedAt}` : ''}, highest zone${range}` };
  }
  const estimate = lookup(lookup(catalog.ec2.spotEstimate, region), instanceType);
  if (!estimate) {
    const advisor = lookup(lookup(catalog.ec2.spotAdvisor, region), instanceType);
    const od = advisor ? onDemandPrice(catalog, region, instanceType) : undefined;
    if (!advisor || !od) return undefined;
    return {
      usdPerHour: Number((od.usdPerHour * (1 - advisor[0] / 100)).toPrecision(6)),
      basis: 'spot-estimate',
      detail: `estimate: On-Demand less the typical ${advisor[0]}% Spot saving (AWS Spot Instance Advisor), not a market price; the On-Demand figure is itself an ${od.detail ?? 'estimate'}`,
    };
  }
  return {
    usdPerHour: estimate[0],
    basis: 'spot-estimate',
    detail: `estimate: On-Demand less the typical ${estimate[1]}% Spot saving (AWS Spot Instance Advisor), not a market price`,
  };
}

/** The AWS Spot Instance Advisor's frequency-of-interruption bands, by index. */
export const SPOT_INTERRUPTION_BANDS = ['<5%', '5-10%', '10-15%', '15-20%', '>20%'] as const;

/** The type's interruption band in the region (the third entry of a Spot estimate), when the catalog has it. */
export function spotInterruptionBand(catalog: PriceCatalog, region: string, instanceType: string): number | undefined {
  const band = lookup(lookup(catalog.ec2.spotEstimate, region), instanceType)?.[2] ?? lookup(lookup(catalog.ec2.spotAdvisor, region), instanceType)?.[1];
  return typeof band === 'number' && Number.isInteger(band) && band >= 0 && band < SPOT_INTERRUPTION_BANDS.length ? band : undefined;
}

export function ec2Price(catalog: PriceCatalog, region: string, instanceType: string, capacity: 'on-demand' | 'spot'): InstancePrice | undefined {
  return capacity === 'spot' ? spotPrice(catalog, region, instanceType) : onDemandPrice(catalog, region, instanceType);
}

export function fargatePrice(catalog: PriceCatalog, region: string, architecture: Architecture, spot: boolean): FargatePrice | undefined {
  const regionRates = lookup(spot ? catalog.fargate.spot : catalog.fargate.onDemand, region);
  const rates = regionRates?.[architecture];
  if (!rates) {
    // No listed On-Demand rate: the Region's estimate (us-east-1 x its EC2 price ratio), labelled as such.
    const estimate = spot ? undefined : lookup(catalog.fargate.onDemandEstimate, region);
    const estimated = estimate?.[architecture];
    return estimated ? { rates: estimated, ephemeralStorageGbHour: estimate.ephemeralStorageGbHour, basis: 'fargate-estimate' } : undefined;
  }
  // Fargate Spot storage is billed like On-Demand storage when the Spot entry does not list it.
  const storage = regionRates?.ephemeralStorageGbHour ?? lookup(catalog.fargate.onDemand, region)?.ephemeralStorageGbHour;
  return { rates, ephemeralStorageGbHour: storage, basis: spot ? 'fargate-spot-list' : 'fargate-list' };
}

/**
 * Fargate Spot where the catalog lists no rate: the advertised discount off the On-Demand rates (the
 * low end) and the On-Demand rates themselves (the high end), with the discount's source.
 */
export function fargateSpotEstimate(catalog: PriceCatalog, region: string, architecture: Architecture): { low: FargatePrice; high: FargatePrice; upToPercent: number; source: string } | undefined {
  const discount = catalog.fargate.spotDiscount;
  const high = fargatePrice(catalog, region, architecture, false);
  if (!discount || !high) return undefined;
  const keep = 1 - discount.upToPercent / 100;
  return {
    low: { rates: { vcpuHour: high.rates.vcpuHour * keep, gbHour: high.rates.gbHour * keep }, ...(high.ephemeralStorageGbHour !== undefined ? { ephemeralStorageGbHour: high.ephemeralStorageGbHour } : {}), basis: 'fargate-spot-estimate' },
    high,
    upToPercent: discount.upToPercent,
    source: discount.source,
  };
}
