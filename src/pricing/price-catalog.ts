// The price catalog the cost advisor reads: the bundled snapshot (data/price-catalog.json, generated
// by scripts/generate-price-catalog.mjs), a file written by `batchlint pricing update`, or either
// overlaid with live Price List / Spot price history figures. All prices are USD.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lookup, setField } from '../model/values.js';
import { endsFromIndex, IndexedJsonFile, LazyJson } from './lazy-json-object.js';

export const CATALOG_FORMAT = 'batchlint-price-catalog/1';

export interface FargateRates {
  vcpuHour: number;
  gbHour: number;
}

/** Fargate rates of one region (or of Fargate Spot in one region). */
export interface FargateRegionRates {
  x86_64?: FargateRates;
  arm64?: FargateRates;
  /** Per GB-hour of ephemeral storage configured above the 20 GiB included. */
  ephemeralStorageGbHour?: number;
}

/** A Spot market price from DescribeSpotPriceHistory: the latest price in each availability zone. */
export interface SpotMarketPrice {
  /** Per instance-hour; the highest zone's price, since the subnets (not batchlint) decide the zone. */
  usdPerHour: number;
  zones: Record<string, number>;
  /** Newest timestamp among the zone prices. */
  observedAt?: string;
}

export type RatioLevel = 'family' | 'region' | 'all-regions';

export interface RegionRatios {
  ratio: number;
  level: 'region' | 'all-regions';
  families: Record<string, [number, RatioLevel] | string>;
}

export interface PriceCatalog {
  format: typeof CATALOG_FORMAT;
  /** What the figures come from, printed by every report. */
  source: string;
  /** Snapshot date (YYYY-MM-DD, or an ISO timestamp for live figures). */
  date: string;
  currency: 'USD';
  sources?: unknown[];
  notes?: string[];
  ec2: {
    /** region -> instance type -> USD per instance-hour (Linux, shared tenancy). */
    onDemand: Record<string, Record<string, number>>;
    /**
     * Regional estimates for types without an exact figure: us-east-1 price x the Region's measured
     * ratio, for the family (`family`), the Region (`region`) or every Region (`all-regions`); a string
     * says why a family has no figure. Generated with its leave-one-out error (onDemandEstimateError).
     */
    onDemandRatios?: Record<string, RegionRatios>;
    onDemandEstimateError?: Record<RatioLevel, { figures: number; medianAbsPercent: number; p90AbsPercent: number; maxAbsPercent: number }>;
    /** region -> type -> [typical savings %, interruption band] where the On-Demand figure is an estimate. */
    spotAdvisor?: Record<string, Record<string, [number, number]>>;
    /** region -> instance type -> Spot market price. */
    spot: Record<string, Record<string, SpotMarketPrice>>;
    /**
     * region -> instance type -> [estimated USD/h, typical savings %, interruption band] from the Spot
     * Instance Advisor (band 0 = <5% ... 4 = >20%; absent in older catalogs).
     */
    spotEstimate: Record<string, Record<string, [number, number] | [number, number, number]>>;
  };
  fargate: {
    onDemand: Record<string, FargateRegionRates>;
    spot: Record<string, FargateRegionRates>;
    /** region -> rates estimated as us-east-1 x the Region's EC2 On-Demand ratio, where none is listed. */
    onDemandEstimate?: Record<string, FargateRegionRates & { ratio: number; level: string }>;
    /**
     * Where no Fargate Spot rate is listed: the advertised discount ("up to N%" off On-Demand) and its
     * source, from which a labelled range is given (N% off to the On-Demand rate).
     */
    spotDiscount?: { upToPercent: number; source: string };
  };
}

/** A catalog file that cannot be used: the CLI reports it as a usage error. */
export class PriceCatalogError extends Error {
  override name = 'PriceCatalogError';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPrice = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function checkRegionMap(value: unknown, where: string, checkEntry: (entry: unknown, at: string) => boolean): void {
  if (!isObject(value)) throw new PriceCatalogError(`${where} must be an object of regions`);
  for (const [region, entries] of Object.entries(value)) {
    if (!isObject(entries)) throw new PriceCatalogError(`${where}.${region} must be an object`);
    for (const [key, entry] of Object.entries(entries)) {
      if (!checkEntry(entry, `${where}.${region}.${key}`)) throw new PriceCatalogError(`${where}.${region}.${key} is not a valid price`);
    }
  }
}

const isRates = (v: unknown): boolean => isObject(v) && isPrice(v.vcpuHour) && isPrice(v.gbHour);
const isFargateEntry = (key: string, v: unknown): boolean => (key === 'ephemeralStorageGbHour' ? isPrice(v) : isRates(v));

/** Checks a parsed catalog document; throws PriceCatalogError naming the first problem. */
export function parsePriceCatalog(value: unknown, origin: string): PriceCatalog {
  try {
    checkPriceCatalog(value);
    return normalized(value as Record<string, unknown>);
  } catch (error) {
    if (error instanceof PriceCatalogError) throw new PriceCatalogError(`price catalog ${origin}: ${error.message}`);
    throw error;
  }
}

/** The catalog with its optional parts filled in (the value has passed checkPriceCatalog). */
function normalized(value: Record<string, unknown>): PriceCatalog {
  const ec2 = value.ec2 as Record<string, unknown>;
  const fargate = value.fargate as Record<string, unknown>;
  const estimates = (fargate.onDemandEstimate ?? {}) as Record<string, unknown>;
  const discount = fargate.spotDiscount;
  return {
    ...(value as unknown as PriceCatalog),
    ec2: { ...ec2, onDemand: ec2.onDemand, spot: ec2.spot ?? {}, spotEstimate: ec2.spotEstimate ?? {} } as PriceCatalog['ec2'],
    fargate: { onDemand: fargate.onDemand ?? {}, spot: fargate.spot ?? {}, ...(Object.keys(estimates).length > 0 ? { onDemandEstimate: estimates } : {}), ...(discount ? { spotDiscount: discount } : {}) } as PriceCatalog['fargate'],
  };
}

/** Throws PriceCatalogError naming the first problem of a parsed catalog document. */
function checkPriceCatalog(value: unknown): void {
  if (!isObject(value)) throw new PriceCatalogError('not a JSON object');
  if (value.format !== CATALOG_FORMAT) throw new PriceCatalogError(`"format" must be "${CATALOG_FORMAT}"`);
  if (typeof value.source !== 'string' || typeof value.date !== 'string') throw new PriceCatalogError('"source" and "date" must be strings');
  if (value.currency !== 'USD') throw new PriceCatalogError('"currency" must be "USD"');
  const ec2 = value.ec2;
  const fargate = value.fargate;
  if (!isObject(ec2) || !isObject(fargate)) throw new PriceCatalogError('"ec2" and "fargate" must be objects');
  checkRegionMap(ec2.onDemand, 'ec2.onDemand', isPrice);
  if (ec2.onDemandRatios !== undefined) {
    if (!isObject(ec2.onDemandRatios)) throw new PriceCatalogError('ec2.onDemandRatios must be an object of regions');
    for (const [region, entry] of Object.entries(ec2.onDemandRatios)) {
      if (!isObject(entry) || !isPrice(entry.ratio) || !isObject(entry.families)) throw new PriceCatalogError(`ec2.onDemandRatios.${region} must hold { ratio, level, families }`);
      for (const [family, f] of Object.entries(entry.families)) {
        if (typeof f !== 'string' && !(Array.isArray(f) && isPrice(f[0]) && typeof f[1] === 'string')) throw new PriceCatalogError(`ec2.onDemandRatios.${region}.families.${family} is not a ratio`);
      }
    }
  }
  // Savings can be negative: the advisor shows some pools typically above On-Demand.
  checkRegionMap(ec2.spotAdvisor ?? {}, 'ec2.spotAdvisor', (v) => Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' && Number.isFinite(v[0]) && v[0] < 100 && isPrice(v[1]));
  checkRegionMap(ec2.spot ?? {}, 'ec2.spot', (v) => isObject(v) && isPrice(v.usdPerHour) && isObject(v.zones));
  checkRegionMap(ec2.spotEstimate ?? {}, 'ec2.spotEstimate', (v) => Array.isArray(v) && (v.length === 2 || (v.length === 3 && isPrice(v[2]))) && isPrice(v[0]) && isPrice(v[1]));
  for (const part of ['onDemand', 'spot'] as const) {
    const regions = fargate[part] ?? {};
    if (!isObject(regions)) throw new PriceCatalogError(`fargate.${part} must be an object of regions`);
    for (const [region, rates] of Object.entries(regions)) {
      if (!isObject(rates) || !Object.entries(rates).every(([k, v]) => isFargateEntry(k, v))) {
        throw new PriceCatalogError(`fargate.${part}.${region} must hold { x86_64, arm64: { vcpuHour, gbHour }, ephemeralStorageGbHour }`);
      }
    }
  }
  const estimates = fargate.onDemandEstimate ?? {};
  if (!isObject(estimates)) throw new PriceCatalogError('fargate.onDemandEstimate must be an object of regions');
  for (const [region, rates] of Object.entries(estimates)) {
    if (!isObject(rates) || !Object.entries(rates).every(([k, v]) => (k === 'ratio' ? isPrice(v) : k === 'level' ? typeof v === 'string' : isFargateEntry(k, v)))) {
      throw new PriceCatalogError(`fargate.onDemandEstimate.${region} must hold { x86_64, arm64: { vcpuHour, gbHour }, ephemeralStorageGbHour, ratio, level }`);
    }
  }
  const discount = fargate.spotDiscount;
  if (discount !== undefined && !(isObject(discount) && isPrice(discount.upToPercent) && (discount.upToPercent as number) < 100 && typeof discount.source === 'string')) {
    throw new PriceCatalogError('fargate.spotDiscount must be { upToPercent (0-99), source }');
  }
}

export function readPriceCatalogFile(path: string): PriceCatalog {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PriceCatalogError(`cannot read price catalog "${path}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new PriceCatalogError(`price catalog "${path}" is not valid JSON: ${(error as Error).message}`);
  }
  return parsePriceCatalog(parsed, `"${path}"`);
}

export const BUNDLED_CATALOG_PATH = fileURLToPath(new URL('../../../data/price-catalog.json', import.meta.url));

let bundled: PriceCatalog | undefined;

/** data/price-catalog.index.json: where the catalog's objects end, written with it by its generator. */
function bundledIndex(): unknown {
  try {
    return JSON.parse(readFileSync(BUNDLED_CATALOG_PATH.replace(/\.json$/, '.index.json'), 'utf8'));
  } catch {
    return undefined; // the catalog is then scanned
  }
}

function lazyText(index: unknown): LazyJson {
  const text = readFileSync(BUNDLED_CATALOG_PATH, 'utf8');
  return new LazyJson(text, 2, endsFromIndex(text, index));
}

/**
 * The committed snapshot, read once per process. It is not checked field by field as a user's file
 * is: that check cost more than parsing (a tenth of a one-template lint), and the snapshot is ours,
 * checked by test/price-catalog.test.ts against the same parsePriceCatalog.
 */
export function bundledPriceCatalog(): PriceCatalog {
  if (!bundled) {
    // The EC2 sections (region -> type -> figure) are parsed a Region at a time, when read; with the
    // index's members, read from the file a Region at a time too.
    const index = bundledIndex();
    const json = IndexedJsonFile.open(BUNDLED_CATALOG_PATH, index) ?? lazyText(index);
    const regions = (_: string, from: number, to: number): unknown => (json.isObject(from) ? json.lazyObject(from) : json.parse(from, to));
    const top = json.lazyObject(0, (key, from, to) => (key === 'ec2' ? json.lazyObject(from, regions) : json.parse(from, to)));
    bundled = normalized(top);
  }
  return bundled;
}

/** An empty catalog with the given provenance: what live sources fill. */
export function emptyPriceCatalog(source: string, date: string): PriceCatalog {
  return { format: CATALOG_FORMAT, source, date, currency: 'USD', ec2: { onDemand: {}, spot: {}, spotEstimate: {} }, fargate: { onDemand: {}, spot: {} } };
}

function mergeRegions<T>(base: Record<string, Record<string, T>>, overlay: Record<string, Record<string, T>>): Record<string, Record<string, T>> {
  const merged: Record<string, Record<string, T>> = { ...base };
  for (const [region, entries] of Object.entries(overlay)) setField(merged, region, { ...lookup(merged, region), ...entries });
  return merged;
}

/** The overlay's figures win; the provenance names both. */
export function overlayPriceCatalog(base: PriceCatalog, overlay: PriceCatalog): PriceCatalog {
  return {
    ...base,
    source: `${overlay.source} (${overlay.date}), over ${base.source}`,
    date: overlay.date,
    notes: [...(overlay.notes ?? []), ...(base.notes ?? [])],
    ec2: {
      ...(base.ec2.onDemandRatios ? { onDemandRatios: base.ec2.onDemandRatios } : {}),
      ...(base.ec2.onDemandEstimateError ? { onDemandEstimateError: base.ec2.onDemandEstimateError } : {}),
      ...(base.ec2.spotAdvisor ? { spotAdvisor: base.ec2.spotAdvisor } : {}),
      onDemand: mergeRegions(base.ec2.onDemand, overlay.ec2.onDemand),
      spot: mergeRegions(base.ec2.spot, overlay.ec2.spot),
      spotEstimate: mergeRegions(base.ec2.spotEstimate, overlay.ec2.spotEstimate),
    },
    fargate: {
      onDemand: mergeRegions(base.fargate.onDemand as Record<string, Record<string, unknown>>, overlay.fargate.onDemand as Record<string, Record<string, unknown>>) as PriceCatalog['fargate']['onDemand'],
      spot: mergeRegions(base.fargate.spot as Record<string, Record<string, unknown>>, overlay.fargate.spot as Record<string, Record<string, unknown>>) as PriceCatalog['fargate']['spot'],
      ...(overlay.fargate.spotDiscount ?? base.fargate.spotDiscount ? { spotDiscount: overlay.fargate.spotDiscount ?? base.fargate.spotDiscount } : {}),
    },
  };
}
