// The price catalog (bundled snapshot, validation, look-ups) and the live pricing path against
// loopback servers that speak the real AWS protocols, with the real SDK clients pointed at them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endsFromIndex, IndexedJsonFile, LazyJson } from '../dist/src/pricing/lazy-json-object.js';
import { BUNDLED_CATALOG_PATH, bundledPriceCatalog, overlayPriceCatalog, parsePriceCatalog, readPriceCatalogFile, PriceCatalogError } from '../dist/src/pricing/price-catalog.js';
import { fargatePrice, onDemandPrice, spotPrice } from '../dist/src/pricing/price-quotes.js';
import { ec2OnDemandPrices, fargateRatesFromItems, parsePriceListItem } from '../dist/src/pricing/live/price-list-items.js';
import { ec2OnDemandFilters, getProducts } from '../dist/src/pricing/live/price-list-api.js';
import { fetchSpotPrices, latestSpotPrices } from '../dist/src/pricing/live/spot-price-history.js';
import { fetchLivePrices, fetchRegionCatalog } from '../dist/src/pricing/live/live-prices.js';
import { PricingCache, pricingCacheDir } from '../dist/src/pricing/live/pricing-cache.js';
import { startPricingServer, type PricingServer, type PriceItem } from './helpers/pricing-server.js';
import { startEc2Server, type Ec2Server, type SpotRecord } from './helpers/ec2-server.js';
import { ROOT } from './helpers/cli.js';

const SHARED = join(ROOT, 'data/sources');
const readShared = (path: string): unknown => JSON.parse(readFileSync(join(SHARED, path), 'utf8'));
/** Real API response shapes, committed under fixtures/pricing-api (see its README). */
const readExample = (file: string): unknown => JSON.parse(readFileSync(join(ROOT, 'fixtures/pricing-api', file), 'utf8'));

// The real m5.large AmazonEC2 item (2021 shape) with the regionCode attribute current items carry,
// and clones of it for other types, regions and operating systems.
const M5_LARGE = readExample('ec2-getproducts-priceitem-m5.large-us-east-1.json') as { product: { attributes: Record<string, string> } };
function ec2Item(overrides: Record<string, string>, usd: string): PriceItem {
  const item = JSON.parse(JSON.stringify(M5_LARGE)) as { product: { attributes: Record<string, string> }; terms: { OnDemand: Record<string, { priceDimensions: Record<string, { pricePerUnit: { USD: string } }> }> } };
  Object.assign(item.product.attributes, { regionCode: 'us-east-1' }, overrides);
  for (const term of Object.values(item.terms.OnDemand)) for (const d of Object.values(term.priceDimensions)) d.pricePerUnit.USD = usd;
  return item;
}
const FARGATE_RESPONSE = readExample('ecs-fargate-getproducts-response-us-east-1.json') as { PriceList: string[] };
const FARGATE_ITEMS = FARGATE_RESPONSE.PriceList.map((s) => JSON.parse(s) as { product: { attributes: Record<string, string> } });
const SPOT_HISTORY = (readExample('ec2-describespotpricehistory-m5.large.json') as { SpotPriceHistory: SpotRecord[] }).SpotPriceHistory;
const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret-example' };

describe('bundled price catalog', () => {
  const catalog = bundledPriceCatalog();

  it('passes the check a user\'s catalog file gets (bundledPriceCatalog reads it without that check), to the same value', () => {
    expect(readPriceCatalogFile(BUNDLED_CATALOG_PATH)).toEqual(catalog);
    const broken = JSON.parse(readFileSync(BUNDLED_CATALOG_PATH, 'utf8')) as { ec2: { onDemand: Record<string, Record<string, unknown>> } };
    broken.ec2.onDemand['us-east-1']!['m5.large'] = 'cheap';
    expect(() => parsePriceCatalog(broken, 'edited snapshot')).toThrow(/ec2\.onDemand\.us-east-1\.m5\.large is not a valid price/);
  });

  it('is read lazily to the same values, braces and escaped quotes inside strings included', () => {
    const text = `{\n "a": { "x\\"}": { "{[": "q\\\\\\"}]", "n": [1, { "b": "\\\\" }] }, "y": -1.5e3 },\n "b": ["}", { "c": null }], "__proto__": { "d": true }\n}`;
    const json = new LazyJson(text, 1);
    const top = json.lazyObject(0, (key, from, to) => (json.isObject(from) ? json.lazyObject(from) : json.parse(from, to)));
    expect(JSON.parse(JSON.stringify(top))).toEqual(JSON.parse(text));
    expect(Object.keys(top)).toEqual(['a', 'b', '__proto__']);
    expect(Object.getPrototypeOf(top)).toBe(Object.prototype);
  });

  it('its generated index gives exactly the collection ends a scan finds, and an index that does not fit is refused', () => {
    const text = readFileSync(BUNDLED_CATALOG_PATH, 'utf8');
    const index = JSON.parse(readFileSync(BUNDLED_CATALOG_PATH.replace(/\.json$/, '.index.json'), 'utf8')) as { length: number; ends: [number, number][] };
    const scanned = (new LazyJson(text, 2) as unknown as { ends: Map<number, number> }).ends;
    expect(endsFromIndex(text, index)).toEqual(scanned);
    expect(endsFromIndex(`${text} `, index)).toBeUndefined(); // the catalog was edited, the index not
    const shifted = { ...index, ends: index.ends.map(([s, e], i) => (i === 5 ? [s + 1, e] : [s, e])) };
    expect(endsFromIndex(text, shifted)).toBeUndefined();
    expect(endsFromIndex(text, { length: text.length, ends: 'x' })).toBeUndefined();
  });

  it('is read from the file through its index\'s members, to the values of the whole text; an index that does not fit is refused or named', () => {
    const text = readFileSync(BUNDLED_CATALOG_PATH, 'utf8');
    const index = JSON.parse(readFileSync(BUNDLED_CATALOG_PATH.replace(/\.json$/, '.index.json'), 'utf8')) as { length: number; members: [number, [string, number, number][]][] };
    const file = IndexedJsonFile.open(BUNDLED_CATALOG_PATH, index)!;
    expect(file).toBeDefined();
    const whole = JSON.parse(text) as { ec2: Record<string, Record<string, unknown>> };
    const top = file.lazyObject(0, (key, from, to) => (key === 'ec2' ? file.lazyObject(from, (_, f, t) => (file.isObject(f) ? file.lazyObject(f) : file.parse(f, t))) : file.parse(from, to)));
    expect(JSON.parse(JSON.stringify(top))).toEqual(whole);
    expect(Object.keys(top)).toEqual(Object.keys(whole));
    expect(IndexedJsonFile.open(BUNDLED_CATALOG_PATH, { ...index, length: index.length + 1 })).toBeUndefined(); // the catalog was edited, the index not
    expect(IndexedJsonFile.open(BUNDLED_CATALOG_PATH, { length: index.length })).toBeUndefined();
    const shifted = IndexedJsonFile.open(BUNDLED_CATALOG_PATH, { ...index, members: index.members.map(([start, list]) => [start, list.map(([k, f, t]) => (start === 0 && k === 'format' ? [k, f + 3, t] : [k, f, t]))]) })!;
    expect(() => shifted.lazyObject(0).format).toThrow(/index does not fit it/);
  });

  it('carries its date and sources, and the figures of the data it was generated from', () => {
    expect(catalog.date).toBe('2026-07-20');
    expect(catalog.source).toMatch(/Karpenter/);
    const karpenter = readShared('ec2/on-demand-prices.json') as { prices: Record<string, Record<string, number>> };
    expect(onDemandPrice(catalog, 'us-east-1', 'm5.large')).toEqual({ usdPerHour: karpenter.prices['us-east-1']!['m5.large'], basis: 'on-demand-list' });
    const sample = readShared('ec2/on-demand-regional-sample.json') as { onDemandLinuxUsdPerHour: Record<string, Record<string, number>> };
    expect(onDemandPrice(catalog, 'eu-west-1', 'm5.large')?.usdPerHour).toBe(sample.onDemandLinuxUsdPerHour['m5.large']!['eu-west-1']);
  });

  it('estimates a type outside the sample from the Region\'s measured ratio for its family, and labels it', () => {
    const sample = readShared('ec2/on-demand-regional-sample.json') as { onDemandLinuxUsdPerHour: Record<string, Record<string, number>> };
    // eu-west-1 / us-east-1 for the sampled c6i types is the family ratio that prices c6i.2xlarge (not sampled there).
    const ratios = ['c6i.large', 'c6i.xlarge', 'c6i.8xlarge', 'c6i.metal'].filter((t) => sample.onDemandLinuxUsdPerHour[t]?.['eu-west-1'] !== undefined).map((t) => sample.onDemandLinuxUsdPerHour[t]!['eu-west-1']! / catalog.ec2.onDemand['us-east-1']![t]!);
    expect(ratios.length).toBeGreaterThan(0);
    const quote = onDemandPrice(catalog, 'eu-west-1', 'c6i.2xlarge')!;
    expect(quote.basis).toBe('on-demand-estimate');
    expect(quote.usdPerHour / catalog.ec2.onDemand['us-east-1']!['c6i.2xlarge']!).toBeCloseTo(ratios[0]!, 3);
    expect(quote.detail).toMatch(/^estimate: the us-east-1 price x [\d.]+, eu-west-1's measured ratio for the c6i family \(leave-one-out error on the exact figures: median [\d.]+%, max [\d.]+%\); not a list price/);
    // A family not sampled in the Region: the Region's ratio; a Region with no exact figure: every Region's median.
    expect(onDemandPrice(catalog, 'eu-west-1', 'c7i.large')?.detail).toMatch(/eu-west-1's measured ratio \(median over its families\)/);
    expect(onDemandPrice(catalog, 'sa-east-1', 'm5.large')?.detail).toMatch(/no exact figure in the Region: the median ratio of every Region/);
    expect(onDemandPrice(catalog, '__proto__', 'toString')).toBeUndefined();
    expect(onDemandPrice(catalog, 'eu-west-1', '__proto__.large')).toBeUndefined();
    // cn-north-1 is in CNY, so it is not in a USD catalog; GovCloud has its own exact lists and no estimates.
    expect(catalog.ec2.onDemand['cn-north-1']).toBeUndefined();
    expect(onDemandPrice(catalog, 'cn-north-1', 'm5.large')).toBeUndefined();
  });

  it('Spot where On-Demand is estimated: the estimate less the advisor\'s typical saving, labelled as both', () => {
    const advisor = readShared('ec2/spot-advisor-data.json') as { spot_advisor: Record<string, { Linux: Record<string, { s: number }> }> };
    const savings = advisor.spot_advisor['eu-west-1']!.Linux['c7i.large']!.s;
    const od = onDemandPrice(catalog, 'eu-west-1', 'c7i.large')!;
    const quote = spotPrice(catalog, 'eu-west-1', 'c7i.large')!;
    expect(quote.basis).toBe('spot-estimate');
    expect(quote.usdPerHour).toBeCloseTo(od.usdPerHour * (1 - savings / 100), 6);
    expect(quote.detail).toMatch(/^estimate: On-Demand less the typical \d+% Spot saving .* the On-Demand figure is itself an estimate: the us-east-1 price x/);
  });

  it('every commercial Region x family it lists has a figure or says why not; the notes give the leave-one-out error', () => {
    const advisor = readShared('ec2/spot-advisor-data.json') as { spot_advisor: Record<string, unknown> };
    const regions = Object.keys(advisor.spot_advisor).filter((r) => r !== 'us-east-1');
    const ratios = catalog.ec2.onDemandRatios!;
    expect(Object.keys(ratios).sort()).toEqual(regions.sort());
    const base = catalog.ec2.onDemand['us-east-1']!;
    for (const [region, entry] of Object.entries(ratios)) {
      expect(Object.keys(entry.families).length, region).toBeGreaterThan(0);
      for (const [family, figure] of Object.entries(entry.families)) {
        if (typeof figure === 'string') {
          expect(figure, `${region} ${family}`).toMatch(/unpriced \(use --live-pricing/);
          continue;
        }
        // A figure: some size of the family is priced in the Region, exactly or as a labelled estimate.
        const sizes = Object.keys(base).filter((t) => t.startsWith(`${family}.`));
        const quotes = sizes.map((t) => onDemandPrice(catalog, region, t)).filter((q) => q !== undefined);
        expect(quotes.length, `${region} ${family}`).toBeGreaterThan(0);
        for (const q of quotes) expect(q.basis === 'on-demand-list' || (q.basis === 'on-demand-estimate' && /^estimate: /.test(q.detail ?? '')), `${region} ${family}`).toBe(true);
      }
    }
    const error = catalog.ec2.onDemandEstimateError!;
    expect(error.family.figures + error.region.figures).toBeGreaterThan(500);
    expect(catalog.notes!.join(' ')).toContain(`family ratio median ${error.family.medianAbsPercent}%, 90th percentile ${error.family.p90AbsPercent}%, max ${error.family.maxAbsPercent}%`);
  });

  it('labels Spot figures as estimates from the Spot Advisor savings', () => {
    const advisor = readShared('ec2/spot-advisor-data.json') as { spot_advisor: Record<string, { Linux: Record<string, { s: number }> }> };
    const savings = advisor.spot_advisor['us-east-1']!.Linux['m5.large']!.s;
    const quote = spotPrice(catalog, 'us-east-1', 'm5.large');
    expect(quote?.basis).toBe('spot-estimate');
    expect(quote?.usdPerHour).toBeCloseTo(0.096 * (1 - savings / 100), 6);
    expect(quote?.detail).toMatch(/estimate.*not a market price/);
    expect(catalog.ec2.spot).toEqual({});
  });

  it('has Fargate us-east-1 rates for x86 and ARM, no listed Fargate Spot rate, and the advertised Spot discount with its source', () => {
    expect(catalog.fargate.spotDiscount).toMatchObject({ upToPercent: 70, source: expect.stringMatching(/up to 70%/) });
    expect(fargatePrice(catalog, 'us-east-1', 'x86_64', false)).toEqual({ rates: { vcpuHour: 0.04048, gbHour: 0.004445 }, ephemeralStorageGbHour: 0.000111, basis: 'fargate-list' });
    expect(fargatePrice(catalog, 'us-east-1', 'arm64', false)?.rates).toEqual({ vcpuHour: 0.03238, gbHour: 0.00356 });
    expect(fargatePrice(catalog, 'us-east-1', 'x86_64', true)).toBeUndefined();
  });

  it('estimates Fargate in every other commercial Region as us-east-1 x the Region\'s EC2 ratio, labelled an estimate', () => {
    const ratios = catalog.ec2.onDemandRatios!;
    const estimates = catalog.fargate.onDemandEstimate!;
    expect(Object.keys(estimates).sort()).toEqual(Object.keys(ratios).sort());
    for (const [region, { ratio }] of Object.entries(ratios)) {
      for (const arch of ['x86_64', 'arm64'] as const) {
        const base = fargatePrice(catalog, 'us-east-1', arch, false)!;
        const quote = fargatePrice(catalog, region, arch, false);
        expect(quote?.basis, `${region} ${arch}`).toBe('fargate-estimate');
        expect(quote!.rates.vcpuHour / base.rates.vcpuHour, region).toBeCloseTo(ratio, 3);
        expect(quote!.rates.gbHour / base.rates.gbHour, region).toBeCloseTo(ratio, 3);
      }
    }
    expect((catalog.notes ?? []).join(' ')).toMatch(/Fargate rates are listed for us-east-1 only\. For the \d+ other commercial Regions .* ESTIMATED/);
  });

  it('is what the committed generator produces from the data', async () => {
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/generate-price-catalog.mjs'), '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('catalog files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'batchlint-catalog-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['wrong format', '{"format":"x"}', /"format" must be/],
    ['a negative price', JSON.stringify({ format: 'batchlint-price-catalog/1', source: 's', date: 'd', currency: 'USD', ec2: { onDemand: { 'us-east-1': { 'm5.large': -1 } } }, fargate: {} }), /ec2\.onDemand\.us-east-1\.m5\.large/],
    ['another currency', JSON.stringify({ format: 'batchlint-price-catalog/1', source: 's', date: 'd', currency: 'CNY', ec2: { onDemand: {} }, fargate: {} }), /currency/],
  ])('rejects %s with a message naming the problem', (_, text, message) => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, text);
    expect(() => readPriceCatalogFile(file)).toThrow(PriceCatalogError);
    expect(() => readPriceCatalogFile(file)).toThrow(message);
  });

  it('overlays live figures on the snapshot: the overlay wins, the rest stays', () => {
    const base = bundledPriceCatalog();
    const overlay = parsePriceCatalog({ format: 'batchlint-price-catalog/1', source: 'live', date: '2026-11-25T00:00:00Z', currency: 'USD', ec2: { onDemand: { 'us-east-1': { 'm5.large': 0.1 } }, spot: { 'us-east-1': { 'm5.large': { usdPerHour: 0.04, zones: { 'us-east-1a': 0.04 } } } } }, fargate: {} }, 'test');
    const merged = overlayPriceCatalog(base, overlay);
    expect(onDemandPrice(merged, 'us-east-1', 'm5.large')?.usdPerHour).toBe(0.1);
    expect(onDemandPrice(merged, 'us-east-1', 'c5.large')?.usdPerHour).toBe(base.ec2.onDemand['us-east-1']!['c5.large']);
    expect(spotPrice(merged, 'us-east-1', 'm5.large')).toMatchObject({ usdPerHour: 0.04, basis: 'spot-market' });
    expect(merged.source).toMatch(/^live \(2026-11-25T00:00:00Z\), over bundled snapshot/);
  });
});

describe('Price List items', () => {
  it('reads the real EC2 item: the OnDemand hourly price, not the Reserved terms', () => {
    const item = parsePriceListItem(JSON.stringify(M5_LARGE))!;
    expect(item.attributes.instanceType).toBe('m5.large');
    expect(ec2OnDemandPrices([item])).toEqual({ 'm5.large': 0.096 });
  });

  it('reads the real Fargate response: x86 and ARM rates and extra storage, skipping Windows and ECS Anywhere', () => {
    const rates = fargateRatesFromItems(FARGATE_RESPONSE.PriceList.map((s) => parsePriceListItem(s)!));
    expect(rates.onDemand).toEqual({ x86_64: { vcpuHour: 0.04048, gbHour: 0.004445 }, arm64: { vcpuHour: 0.03238, gbHour: 0.00356 }, ephemeralStorageGbHour: 0.000111 });
    expect(rates.spot).toEqual({});
  });

  it('skips entries that are not the documented shape', () => {
    expect(parsePriceListItem('not json')).toBeUndefined();
    expect(parsePriceListItem('{"product":1}')).toBeUndefined();
    expect(ec2OnDemandPrices([parsePriceListItem(JSON.stringify(ec2Item({ usagetype: 'HostUsage:m5' }, '1.0')))!])).toEqual({});
  });

  it('keeps the latest Spot price per zone and prices the type at the highest zone', () => {
    const latest = latestSpotPrices(SPOT_HISTORY.map((r) => ({ instanceType: r.InstanceType, availabilityZone: r.AvailabilityZone, usdPerHour: Number(r.SpotPrice), timestamp: new Date(r.Timestamp).toISOString() })));
    const byZone = new Map<string, SpotRecord>();
    for (const r of SPOT_HISTORY) if (!byZone.has(r.AvailabilityZone) || r.Timestamp > byZone.get(r.AvailabilityZone)!.Timestamp) byZone.set(r.AvailabilityZone, r);
    const expected = Object.fromEntries([...byZone].map(([zone, r]) => [zone, Number(r.SpotPrice)]));
    expect(latest['m5.large']!.zones).toEqual(expected);
    expect(latest['m5.large']!.usdPerHour).toBe(Math.max(...Object.values(expected)));
  });
});

describe('live pricing against loopback AWS endpoints', () => {
  let pricing: PricingServer;
  let ec2: Ec2Server;
  let cacheHome: string;
  const items: PriceItem[] = [
    ec2Item({}, '0.0960000000'),
    ec2Item({ instanceType: 'c5.large', usagetype: 'BoxUsage:c5.large' }, '0.0850000000'),
    ec2Item({ instanceType: 'm5.large', regionCode: 'eu-west-1', usagetype: 'EU-BoxUsage:m5.large', location: 'EU (Ireland)' }, '0.1070000000'),
    ec2Item({ operatingSystem: 'Windows' }, '0.1880000000'),
    ...FARGATE_ITEMS,
    // Fargate Spot items in the form third-party code shows (no stored AWS response has them).
    { ...FARGATE_ITEMS.find((i) => i.product.attributes.usagetype === 'USE1-Fargate-vCPU-Hours:perCPU')!, product: { attributes: { ...FARGATE_ITEMS[0]!.product.attributes, usagetype: 'USE1-SpotUsage:Fargate-vCPU-Hours:perCPU' } } },
  ];
  // Pages of 2 items make every multi-item answer paginate.
  beforeAll(async () => {
    pricing = await startPricingServer(items, { pageSize: 2 });
    ec2 = await startEc2Server(SPOT_HISTORY, { pageSize: 40 });
    cacheHome = mkdtempSync(join(tmpdir(), 'batchlint-cache-'));
  });
  afterAll(async () => {
    await pricing.close();
    await ec2.close();
    rmSync(cacheHome, { recursive: true, force: true });
  });

  it('GetProducts sends the documented filters and follows NextToken', async () => {
    pricing.requests.length = 0;
    const found = await getProducts('AmazonECS', { regionCode: 'us-east-1' }, { pricingEndpoint: pricing.url, credentials: CREDENTIALS });
    expect(found).toHaveLength(FARGATE_ITEMS.length + 1);
    expect(pricing.requests.length).toBe(Math.ceil((FARGATE_ITEMS.length + 1) / 2));
    expect(pricing.requests[0]!.body).toMatchObject({ ServiceCode: 'AmazonECS', FormatVersion: 'aws_v1', Filters: [{ Type: 'TERM_MATCH', Field: 'regionCode', Value: 'us-east-1' }] });
    expect(pricing.requests[1]!.body.NextToken).toBe('2');

    pricing.requests.length = 0;
    const ec2Items = await getProducts('AmazonEC2', ec2OnDemandFilters('us-east-1', 'm5.large'), { pricingEndpoint: pricing.url, credentials: CREDENTIALS });
    expect(ec2OnDemandPrices(ec2Items)).toEqual({ 'm5.large': 0.096 });
    const fields = Object.fromEntries(pricing.requests[0]!.body.Filters!.map((f) => [f.Field, f.Value]));
    expect(fields).toEqual({ regionCode: 'us-east-1', instanceType: 'm5.large', operatingSystem: 'Linux', tenancy: 'Shared', preInstalledSw: 'NA', capacitystatus: 'Used', licenseModel: 'No License required' });
  });

  it('DescribeSpotPriceHistory: query protocol, pages followed, latest price per zone', async () => {
    ec2.requests.length = 0;
    const spot = await fetchSpotPrices('us-east-1', ['m5.large'], { ec2Endpoint: ec2.url, credentials: CREDENTIALS }, new Date('2021-02-09T02:00:00Z'));
    expect(ec2.requests.length).toBe(Math.ceil(SPOT_HISTORY.length / 40));
    expect(ec2.requests[0]!.get('InstanceType.1')).toBe('m5.large');
    expect(ec2.requests[0]!.get('ProductDescription.1')).toBe('Linux/UNIX');
    expect(ec2.requests[0]!.get('StartTime')).toBe('2021-02-09T02:00:00Z');
    expect(Object.keys(spot['m5.large']!.zones).sort()).toEqual([...new Set(SPOT_HISTORY.map((r) => r.AvailabilityZone))].sort());
  });

  it('fetches what a cost run needs, caches it on disk, and --refresh-pricing asks again', async () => {
    const env = { XDG_CACHE_HOME: cacheHome, HOME: cacheHome };
    const request = { ec2: new Map([['us-east-1', new Set(['m5.large', 'c5.large'])]]), fargateRegions: new Set(['us-east-1']) };
    const endpoints = { pricingEndpoint: pricing.url, ec2Endpoint: ec2.url, credentials: CREDENTIALS };
    {
      const fresh = await fetchLivePrices(request, { ...endpoints, cache: new PricingCache({ env, refresh: true }) });
      expect(fresh.ec2.onDemand).toEqual({ 'us-east-1': { 'm5.large': 0.096, 'c5.large': 0.085 } });
      expect(fresh.ec2.spot['us-east-1']!['m5.large']!.usdPerHour).toBeGreaterThan(0);
      expect(fresh.fargate.onDemand['us-east-1']).toEqual({ x86_64: { vcpuHour: 0.04048, gbHour: 0.004445 }, arm64: { vcpuHour: 0.03238, gbHour: 0.00356 }, ephemeralStorageGbHour: 0.000111 });
      expect(fresh.fargate.spot).toEqual({});

      const before = pricing.requests.length;
      const again = await fetchLivePrices(request, { ...endpoints, cache: new PricingCache({ env }) });
      expect(pricing.requests.length).toBe(before);
      expect(again.ec2.onDemand).toEqual(fresh.ec2.onDemand);

      await fetchLivePrices(request, { ...endpoints, cache: new PricingCache({ env, refresh: true }) });
      expect(pricing.requests.length).toBeGreaterThan(before);

      // Expired entries are misses.
      const later = pricing.requests.length;
      await fetchLivePrices(request, { ...endpoints, cache: new PricingCache({ env, now: () => Date.now() + 25 * 3600 * 1000 }) });
      expect(pricing.requests.length).toBeGreaterThan(later);
    }
    expect(pricingCacheDir(env)).toBe(join(cacheHome, 'batchlint', 'pricing'));
  });

  it('a whole region for `pricing update`: every Linux type, Spot, Fargate (Spot included when listed)', async () => {
    // The SDK's own endpoint variables, as the CLI tests use them.
    process.env.AWS_ENDPOINT_URL_EC2 = ec2.url;
    process.env.AWS_ENDPOINT_URL_PRICING = pricing.url;
    try {
      const catalog = await fetchRegionCatalog(['us-east-1'], [], { credentials: CREDENTIALS });
      expect(catalog.ec2.onDemand).toEqual({ 'us-east-1': { 'm5.large': 0.096, 'c5.large': 0.085 } });
      expect(catalog.fargate.spot['us-east-1']).toBeUndefined(); // only a vCPU Spot item, no GB one: incomplete rates are dropped
      expect(parsePriceCatalog(JSON.parse(JSON.stringify(catalog)), 'round trip').ec2.spot['us-east-1']!['m5.large']).toBeDefined();
    } finally {
      delete process.env.AWS_ENDPOINT_URL_EC2;
      delete process.env.AWS_ENDPOINT_URL_PRICING;
    }
  });
});
