// Which instance type a compute environment's allocation strategy would launch for a job, priced.
// https://docs.aws.amazon.com/batch/latest/userguide/allocation-strategies.html
// - BEST_FIT (the default): "the best fitting instance type ... with the lowest cost": the cheapest
//   type that holds the job.
// - BEST_FIT_PROGRESSIVE: starts like BEST_FIT, then adds other types large enough, preferring a lower
//   cost per vCPU: the cheapest fitting type is the first choice, the rest is a range.
// - SPOT_CAPACITY_OPTIMIZED / SPOT_PRICE_CAPACITY_OPTIMIZED: weigh the chance of interruption (and
//   price); which type wins depends on Spot capacity at launch, so the estimate takes the cheapest
//   fitting type and shows the range.
import type { TypeFit } from '../placement/fit.js';
import type { PriceCatalog } from '../pricing/price-catalog.js';
import { ec2Price, type InstancePrice } from '../pricing/price-quotes.js';
import { lookup } from '../model/values.js';
import { ec2InstanceCost } from './billing.js';
import type { CostRange } from './cost-report.js';

export interface PricedFit {
  fit: TypeFit;
  price: InstancePrice;
  /** One job's share of the instance for the duration: price x billed time / copies. */
  costPerJobUsd: number;
}

export interface InstanceChoice {
  chosen: PricedFit;
  range: CostRange | null;
  choice: string;
  /** Fitting types the catalog has no price for in the region (not considered). */
  unpriced: string[];
}

export function priceFits(fits: readonly TypeFit[], catalog: PriceCatalog, region: string, capacity: 'on-demand' | 'spot', durationSeconds: number): { priced: PricedFit[]; unpriced: string[] } {
  const priced: PricedFit[] = [];
  const unpriced: string[] = [];
  for (const fit of fits) {
    if (fit.copies <= 0) continue;
    const price = ec2Price(catalog, region, fit.type.name, capacity);
    if (!price) unpriced.push(fit.type.name);
    else priced.push({ fit, price, costPerJobUsd: ec2InstanceCost(price.usdPerHour, durationSeconds) / fit.copies });
  }
  return { priced, unpriced };
}

const STRATEGY_WORDS: Record<string, string> = {
  BEST_FIT: 'BEST_FIT launches the cheapest type that fits',
  BEST_FIT_PROGRESSIVE: 'BEST_FIT_PROGRESSIVE starts with the cheapest type that fits and may add others (range shown)',
  SPOT_CAPACITY_OPTIMIZED: 'SPOT_CAPACITY_OPTIMIZED picks by Spot capacity, so the type is not known in advance: cheapest fitting type assumed (range shown)',
  SPOT_PRICE_CAPACITY_OPTIMIZED: 'SPOT_PRICE_CAPACITY_OPTIMIZED weighs price and Spot capacity, so the type is not known in advance: cheapest fitting type assumed (range shown)',
};

/** The type the strategy would pick among the priced fits; undefined when none is priced. */
export function chooseInstance(priced: readonly PricedFit[], unpriced: readonly string[], strategy: string | undefined): InstanceChoice | undefined {
  // A type that fits only within the memory model's margin may never be used; prefer the others.
  const sure = priced.filter((p) => !p.fit.withinMargin);
  const pool = sure.length > 0 ? sure : priced;
  if (pool.length === 0) return undefined;
  const byPrice = [...pool].sort((a, b) => a.price.usdPerHour - b.price.usdPerHour || b.fit.copies - a.fit.copies || a.fit.type.name.localeCompare(b.fit.type.name));
  const chosen = byPrice[0]!;
  const byJob = [...pool].sort((a, b) => a.costPerJobUsd - b.costPerJobUsd || a.fit.type.name.localeCompare(b.fit.type.name));
  const key = (strategy ?? 'BEST_FIT').toUpperCase();
  const low = byJob[0]!;
  const high = byJob[byJob.length - 1]!;
  const range = key === 'BEST_FIT' || pool.length < 2 ? null : { lowUsd: low.costPerJobUsd, highUsd: high.costPerJobUsd, lowInstanceType: low.fit.type.name, highInstanceType: high.fit.type.name, types: pool.length };
  const words = lookup(STRATEGY_WORDS, key) ?? `${key}: cheapest fitting type assumed`;
  return { chosen, range, choice: `${words}${strategy ? '' : ' (BEST_FIT is the default)'}`, unpriced: [...unpriced] };
}
