// Which instance type a compute environment's allocation strategy launches for a job, priced by the
// cost per job of the submission packed on it (src/cost/packing.ts), not by the price per instance-hour.
// https://docs.aws.amazon.com/batch/latest/userguide/allocation-strategies.html (batch-facts §2.3)
// - BEST_FIT (the default): the best-fitting, lowest-cost type; Batch waits for more of that type
//   rather than launching another, so there is no range over types.
// - BEST_FIT_PROGRESSIVE: the same first choice, then larger or other types when the preferred lack
//   capacity: the range runs to the dearest fitting type.
// - SPOT_CAPACITY_OPTIMIZED: the deepest Spot pools first. The offline capacity signal is the AWS Spot
//   Instance Advisor's interruption band (lowest band = deepest pools), then cost per job.
// - SPOT_PRICE_CAPACITY_OPTIMIZED: pools that are deep and cheap: among the types within one band of
//   the lowest, the lowest cost per job.
// bidPercentage caps what Spot may cost (batch-facts §2.2): a type whose typical Spot price is above
// the cap is left out (the environment will rarely launch it), never priced above the cap.
import type { TypeFit } from '../placement/fit.js';
import type { PriceCatalog } from '../pricing/price-catalog.js';
import { ec2Price, onDemandPrice, spotInterruptionBand, SPOT_INTERRUPTION_BANDS, type InstancePrice } from '../pricing/price-quotes.js';
import type { CostRange } from './cost-report.js';
import { packedPerJobUsd, packSubmission } from './packing.js';

export interface PricedFit {
  fit: TypeFit;
  price: InstancePrice;
  /** The submission's cost per job on this type (src/cost/packing.ts). */
  costPerJobUsd: number;
  /** Spot Instance Advisor interruption band (0 = <5% ... 4 = >20%); undefined when not known. */
  band?: number;
}

export interface AboveCap {
  type: string;
  spotUsdPerHour: number;
  capUsdPerHour: number;
}

export interface InstanceChoice {
  chosen: PricedFit;
  range: CostRange | null;
  choice: string;
  /** Fitting types the catalog has no price for in the region (not considered). */
  unpriced: string[];
}

export interface SubmissionShape {
  durationSeconds: number;
  /** Jobs submitted together; undefined: a busy queue (every slot filled, the packed best case). */
  jobs?: number;
  maxvCpus?: number;
  /** Spot only: the cap as a percentage of On-Demand (100 when not set). */
  bidPercentage?: number;
}

export interface PricedFits {
  readonly priced: readonly PricedFit[];
  readonly unpriced: readonly TypeFit[];
  readonly aboveCap: readonly AboveCap[];
}

// Placement shares its lists of fitting types between the jobs of one size on environments alike
// (place-job.ts), and the cost rules price each of them for every such job: the prices of one list are
// the same for all of them, so they are made once per list, catalog, Region, capacity and shape (200
// templates priced ~17 MB of the same quotes again and again). The lists returned are shared: read only.
const pricedByFits = new WeakMap<readonly TypeFit[], WeakMap<PriceCatalog, Map<string, PricedFits>>>();

export function priceFits(fits: readonly TypeFit[], catalog: PriceCatalog, region: string, capacity: 'on-demand' | 'spot', shape: SubmissionShape): PricedFits {
  let byCatalog = pricedByFits.get(fits);
  if (!byCatalog) pricedByFits.set(fits, (byCatalog = new WeakMap()));
  let byKey = byCatalog.get(catalog);
  if (!byKey) byCatalog.set(catalog, (byKey = new Map()));
  const key = `${region}|${capacity}|${shape.durationSeconds}|${shape.jobs ?? ''}|${shape.maxvCpus ?? ''}|${shape.bidPercentage ?? ''}`;
  let result = byKey.get(key);
  if (!result) byKey.set(key, (result = priceEach(fits, catalog, region, capacity, shape)));
  return result;
}

function priceEach(fits: readonly TypeFit[], catalog: PriceCatalog, region: string, capacity: 'on-demand' | 'spot', shape: SubmissionShape): PricedFits {
  const priced: PricedFit[] = [];
  const unpriced: TypeFit[] = [];
  const aboveCap: AboveCap[] = [];
  for (const fit of fits) {
    if (fit.copies <= 0) continue;
    const price = ec2Price(catalog, region, fit.type.name, capacity);
    if (!price) {
      unpriced.push(fit);
      continue;
    }
    if (capacity === 'spot') {
      const od = onDemandPrice(catalog, region, fit.type.name);
      const cap = od ? (od.usdPerHour * (shape.bidPercentage ?? 100)) / 100 : undefined;
      if (cap !== undefined && price.usdPerHour > cap + 1e-12) {
        aboveCap.push({ type: fit.type.name, spotUsdPerHour: price.usdPerHour, capUsdPerHour: cap });
        continue;
      }
    }
    const costPerJobUsd =
      shape.jobs === undefined
        ? packedPerJobUsd({ usdPerHour: price.usdPerHour, copies: fit.copies, durationSeconds: shape.durationSeconds })
        : packSubmission({ usdPerHour: price.usdPerHour, copies: fit.copies, instanceVcpus: fit.type.vcpus, durationSeconds: shape.durationSeconds, jobs: shape.jobs, ...(shape.maxvCpus !== undefined ? { maxvCpus: shape.maxvCpus } : {}) }).perJobUsd;
    const band = capacity === 'spot' ? spotInterruptionBand(catalog, region, fit.type.name) : undefined;
    priced.push({ fit, price, costPerJobUsd, ...(band !== undefined ? { band } : {}) });
  }
  return { priced, unpriced, aboveCap };
}

const byJobCost = (a: PricedFit, b: PricedFit): number => a.costPerJobUsd - b.costPerJobUsd || a.price.usdPerHour - b.price.usdPerHour || a.fit.type.name.localeCompare(b.fit.type.name);
const UNKNOWN_BAND = SPOT_INTERRUPTION_BANDS.length;
const bandOf = (p: PricedFit): number => p.band ?? UNKNOWN_BAND;
const bandLabel = (p: PricedFit): string => (p.band === undefined ? 'no interruption data' : `interruption ${SPOT_INTERRUPTION_BANDS[p.band]}`);
const usd = (n: number): string => `$${Number(n.toPrecision(3))}`;

/**
 * The type the strategy launches among the priced fits, with the reason in words; undefined when none
 * is priced, or a string saying why no figure is given (a fitting size without a price that the
 * strategy could prefer: never silently replaced by another size).
 */
export function chooseInstance(priced: readonly PricedFit[], unpriced: readonly TypeFit[], strategy: string | undefined, capacity: 'on-demand' | 'spot'): InstanceChoice | string | undefined {
  // A type that fits only within the memory model's margin may never be used; prefer the others.
  const sure = priced.filter((p) => !p.fit.withinMargin);
  const pool = sure.length > 0 ? sure : priced;
  if (pool.length === 0) return undefined;
  const key = (strategy ?? 'BEST_FIT').toUpperCase();
  const byJob = [...pool].sort(byJobCost);
  let chosen = byJob[0]!;
  let reason: string;
  const of = `${pool.length} fitting priced type${pool.length === 1 ? '' : 's'}`;
  if (key === 'SPOT_CAPACITY_OPTIMIZED') {
    chosen = [...pool].sort((a, b) => bandOf(a) - bandOf(b) || byJobCost(a, b))[0]!;
    reason = `SPOT_CAPACITY_OPTIMIZED launches from the deepest Spot pools: ${chosen.fit.type.name} has the lowest interruption band of the ${of} (${bandLabel(chosen)}, AWS Spot Instance Advisor, used as the capacity signal), then the lowest cost per job`;
  } else if (key === 'SPOT_PRICE_CAPACITY_OPTIMIZED') {
    const lowest = Math.min(...pool.map(bandOf));
    const deep = pool.filter((p) => bandOf(p) <= lowest + 1).sort(byJobCost);
    chosen = deep[0]!;
    reason = `SPOT_PRICE_CAPACITY_OPTIMIZED weighs capacity and price: ${chosen.fit.type.name} is the lowest cost per job among the ${deep.length} of ${of} within one interruption band of the deepest pools (${bandLabel(chosen)}, AWS Spot Instance Advisor, used as the capacity signal)`;
  } else if (key === 'BEST_FIT_PROGRESSIVE') {
    reason = `BEST_FIT_PROGRESSIVE starts with the lowest cost per job, ${chosen.fit.type.name}, of the ${of}, and adds larger or other types when it lacks capacity (range shown)`;
  } else {
    reason = `BEST_FIT launches the lowest cost per job, ${chosen.fit.type.name}, of the ${of}, and waits for more of it rather than launching another type${strategy ? '' : ' (BEST_FIT is the default)'}`;
  }
  // A fitting type without a price that is no larger than the chosen one may be what Batch launches.
  const smallerUnpriced = unpriced.filter((fit) => fit.type.vcpus <= chosen.fit.type.vcpus).map((fit) => fit.type.name);
  if (capacity === 'on-demand' && smallerUnpriced.length > 0 && key.startsWith('BEST_FIT')) {
    const candidates = smallerUnpriced.slice(0, 4).join(', ');
    return `unpriced: ${candidates}${smallerUnpriced.length > 4 ? ', ...' : ''} fit${smallerUnpriced.length === 1 ? 's' : ''} and ${smallerUnpriced.length === 1 ? 'has' : 'have'} no On-Demand price in the catalog; ${key} may launch ${smallerUnpriced.length === 1 ? 'it' : 'them'}, so no other size is priced in ${smallerUnpriced.length === 1 ? 'its' : 'their'} place`;
  }
  const low = byJob[0]!;
  const high = byJob[byJob.length - 1]!;
  const range = key === 'BEST_FIT' || pool.length < 2 ? null : { lowUsd: low.costPerJobUsd, highUsd: high.costPerJobUsd, lowInstanceType: low.fit.type.name, highInstanceType: high.fit.type.name, types: pool.length };
  return { chosen, range, choice: `${reason}; ${usd(chosen.price.usdPerHour)}/h, ${chosen.fit.copies} per instance`, unpriced: unpriced.map((fit) => fit.type.name) };
}
