// Reading AWS Price List Query API items (GetProducts `PriceList` entries, each a JSON *string*) into
// prices. Shape: product.attributes{...}, terms.OnDemand.<sku.offerTerm>.priceDimensions.<rate>
// .pricePerUnit.USD (a decimal string). Pure functions: the SDK call lives in price-list-api.ts.
// https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_pricing_GetProducts.html
import type { Architecture } from '../price-quotes.js';

export interface PriceListItem {
  attributes: Record<string, string>;
  /** USD per unit of each OnDemand price dimension, with its unit and range. */
  onDemand: { usd: number; unit: string; beginRange: string }[];
  publicationDate?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One PriceList entry; undefined when it is not the documented shape (it is skipped, not trusted). */
export function parsePriceListItem(entry: unknown): PriceListItem | undefined {
  let item: unknown = entry;
  // The SDK hands the strings over as LazyJsonString, a String object.
  if (typeof entry === 'string' || entry instanceof String) {
    try {
      item = JSON.parse(String(entry));
    } catch {
      return undefined;
    }
  }
  if (!isObject(item) || !isObject(item.product) || !isObject(item.product.attributes)) return undefined;
  const attributes: Record<string, string> = {};
  for (const [k, v] of Object.entries(item.product.attributes)) if (typeof v === 'string') attributes[k] = v;
  const onDemand: PriceListItem['onDemand'] = [];
  const terms = isObject(item.terms) && isObject(item.terms.OnDemand) ? item.terms.OnDemand : {};
  for (const term of Object.values(terms)) {
    if (!isObject(term) || !isObject(term.priceDimensions)) continue;
    for (const dimension of Object.values(term.priceDimensions)) {
      if (!isObject(dimension) || !isObject(dimension.pricePerUnit)) continue;
      const usd = Number(dimension.pricePerUnit.USD);
      if (typeof dimension.pricePerUnit.USD !== 'string' || !Number.isFinite(usd)) continue;
      onDemand.push({ usd, unit: typeof dimension.unit === 'string' ? dimension.unit : '', beginRange: typeof dimension.beginRange === 'string' ? dimension.beginRange : '0' });
    }
  }
  return { attributes, onDemand, publicationDate: typeof item.publicationDate === 'string' ? item.publicationDate : undefined };
}

/** The first-tier hourly price (tiered items start at beginRange 0). */
function hourlyPrice(item: PriceListItem): number | undefined {
  const first = item.onDemand.filter((d) => d.beginRange === '0' || d.beginRange === '');
  return (first[0] ?? item.onDemand[0])?.usd;
}

/**
 * EC2 On-Demand instance-hour prices by type. Only `BoxUsage` usage types are instance-hours
 * (us-east-1 has none of the region prefixes, `USE2-BoxUsage:...` elsewhere); dedicated hosts,
 * reservations and capacity blocks use other usage types and are skipped.
 */
export function ec2OnDemandPrices(items: readonly PriceListItem[]): Record<string, number> {
  const prices: Record<string, number> = {};
  for (const item of items) {
    const type = item.attributes.instanceType;
    const usage = item.attributes.usagetype ?? '';
    if (!type || !/(^|-)BoxUsage:/.test(usage)) continue;
    if (item.attributes.marketoption && item.attributes.marketoption !== 'OnDemand') continue;
    const price = hourlyPrice(item);
    if (price === undefined || price <= 0) continue;
    // The filters already pin OS, tenancy, software and licence; if two items still match, the
    // lower price is the plain instance (the other carries an extra such as a SQL licence).
    const current = prices[type];
    prices[type] = current === undefined ? price : Math.min(current, price);
  }
  return prices;
}

export interface FargateLiveRates {
  onDemand: Partial<Record<Architecture, { vcpuHour?: number; gbHour?: number }>> & { ephemeralStorageGbHour?: number };
  spot: Partial<Record<Architecture, { vcpuHour?: number; gbHour?: number }>>;
}

/**
 * Fargate rates from AmazonECS items, recognised by usage type (region prefix optional):
 * `Fargate-vCPU-Hours:perCPU`, `Fargate-GB-Hours`, `Fargate-ARM-vCPU-Hours:perCPU`,
 * `Fargate-ARM-GB-Hours`, `Fargate-EphemeralStorage-GB-Hours`, and the Spot forms
 * `SpotUsage:Fargate-...`. Windows items are skipped (batchlint prices Linux jobs).
 */
export function fargateRatesFromItems(items: readonly PriceListItem[]): FargateLiveRates {
  const rates: FargateLiveRates = { onDemand: {}, spot: {} };
  for (const item of items) {
    const usage = item.attributes.usagetype ?? '';
    const price = hourlyPrice(item);
    if (price === undefined) continue;
    const match = /(?:^|-)(SpotUsage:)?Fargate-(ARM-)?(vCPU-Hours:perCPU|GB-Hours|EphemeralStorage-GB-Hours)$/.exec(usage);
    if (!match) continue;
    const spot = Boolean(match[1]);
    const arch: Architecture = match[2] ? 'arm64' : 'x86_64';
    const what = match[3];
    if (what === 'EphemeralStorage-GB-Hours') {
      if (!spot && !match[2]) rates.onDemand.ephemeralStorageGbHour = price;
      continue;
    }
    const target = spot ? rates.spot : rates.onDemand;
    const entry = (target[arch] ??= {});
    if (what === 'GB-Hours') entry.gbHour = price;
    else entry.vcpuHour = price;
  }
  return rates;
}
