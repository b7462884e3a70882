#!/usr/bin/env node
// Generates data/price-catalog.json, the bundled offline price catalog of the cost advisor, from the
// reference data in data/sources (described in its README, sections 4-7). Only real published
// figures become prices. The one estimate it carries, Spot, is kept apart (`ec2.spotEstimate`) and
// says so: the data has no current Spot market snapshot, only the Spot Instance Advisor's typical
// savings, so an estimated Spot price is On-Demand x (1 - savings). Regional On-Demand figures for
// types outside the sample are estimated from price ratios measured on the sample (below), labelled
// as estimates, with their leave-one-out error in the notes.
//
// Usage: node scripts/generate-price-catalog.mjs [--shared DIR] [--out FILE] [--check]
//   --check exits with 1 when the committed file differs from what the data produces.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const argValue = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? resolve(args[i + 1]) : fallback;
};
const shared = argValue('--shared', resolve(root, 'data/sources'));
const out = argValue('--out', join(root, 'data/price-catalog.json'));
const read = (path) => JSON.parse(readFileSync(join(shared, path), 'utf8'));

const karpenter = read('ec2/on-demand-prices.json');
const regional = read('ec2/on-demand-regional-sample.json');
const advisor = read('ec2/spot-advisor-data.json');
const fargate = read('fargate/fargate-pricing.json');

const sortKeys = (record) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const round = (value, digits) => Number(value.toFixed(digits));

// EC2 Linux On-Demand, region -> type -> USD per hour. Karpenter's lists are generated from the
// Price List API; cn-north-1 is in CNY, so it stays out of a USD catalog.
const onDemand = {};
const conflicts = [];
for (const [region, prices] of Object.entries(karpenter.prices)) {
  if (!String(karpenter._meta.currency[region] ?? '').startsWith('USD')) continue;
  onDemand[region] = { ...prices };
}
// The SkyPilot sample adds real figures for 43 types in other regions; where it overlaps the
// Karpenter list (us-east-1) the two agree, and Karpenter's figure is kept if they ever differ.
for (const [type, byRegion] of Object.entries(regional.onDemandLinuxUsdPerHour)) {
  for (const [region, price] of Object.entries(byRegion)) {
    onDemand[region] ??= {};
    const existing = onDemand[region][type];
    if (existing === undefined) onDemand[region][type] = price;
    else if (existing !== price) conflicts.push(`${region} ${type}: ${existing} (karpenter) vs ${price} (skypilot)`);
  }
}

// Regional On-Demand estimates. Exact figures outside us-east-1 exist only for the sampled types, so a
// type without one is estimated as its us-east-1 price x the Region's measured price ratio for its
// family (median over the family's sampled types), else the Region's ratio (median over its families),
// else, in a Region with no exact figure at all, the median of every Region's ratio. Every such figure
// is labelled an estimate, and its error is measured leave-one-out on the exact figures held.
const BASE = 'us-east-1';
const base = onDemand[BASE];
const familyOf = (type) => type.split('.')[0];
const median = (values) => {
  const v = [...values].sort((a, b) => a - b);
  return v.length === 0 ? undefined : v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
// region -> family -> type -> ratio, from the exact figures of commercial Regions other than the base.
const commercial = [...new Set([...Object.keys(advisor.spot_advisor), ...regional.regions])].filter((r) => r !== BASE && !r.startsWith('us-gov-') && !r.startsWith('cn-')).sort();
const measured = {};
for (const [type, byRegion] of Object.entries(regional.onDemandLinuxUsdPerHour)) {
  if (base[type] === undefined) continue;
  for (const [region, price] of Object.entries(byRegion)) {
    if (region === BASE || !commercial.includes(region)) continue;
    ((measured[region] ??= {})[familyOf(type)] ??= {})[type] = price / base[type];
  }
}
const familyRatio = (region, family, skip) => median(Object.entries(measured[region]?.[family] ?? {}).filter(([t]) => t !== skip).map(([, r]) => r));
const regionRatio = (region, skip) => median(Object.keys(measured[region] ?? {}).map((f) => familyRatio(region, f, skip)).filter((r) => r !== undefined));
const allRegionsRatio = (skipRegion) => median(Object.keys(measured).filter((r) => r !== skipRegion).map((r) => regionRatio(r)).filter((r) => r !== undefined));

// Leave-one-out: each exact figure predicted without itself (family, else Region level), and each
// Region's figures predicted from the other Regions' median (the level used where a Region has none).
const errorStats = (errors) => {
  const abs = errors.map(Math.abs).sort((a, b) => a - b);
  const pct = (x) => Number((x * 100).toFixed(2));
  return { figures: abs.length, medianAbsPercent: pct(median(abs) ?? 0), p90AbsPercent: pct(abs[Math.floor(abs.length * 0.9)] ?? 0), maxAbsPercent: pct(abs[abs.length - 1] ?? 0) };
};
const looFamily = [];
const looRegion = [];
const looAllRegions = [];
for (const [region, families] of Object.entries(measured)) {
  const others = allRegionsRatio(region);
  for (const [family, types] of Object.entries(families)) {
    for (const [type, ratio] of Object.entries(types)) {
      const f = familyRatio(region, family, type);
      if (f !== undefined) looFamily.push(f / ratio - 1);
      else {
        const r = regionRatio(region, type);
        if (r !== undefined) looRegion.push(r / ratio - 1);
      }
      if (others !== undefined) looAllRegions.push(others / ratio - 1);
    }
  }
}
const estimateError = { family: errorStats(looFamily), region: errorStats(looRegion), allRegions: errorStats(looAllRegions) };

// The families each commercial Region offers (the Spot Instance Advisor's Linux list, plus sampled
// types), each with the ratio that prices it and the level it comes from, or why it has none.
const baseFamilies = new Set(Object.keys(base).map(familyOf));
const regionalRatios = {};
const allRegions = allRegionsRatio();
for (const region of commercial) {
  const offered = new Set([...Object.keys(advisor.spot_advisor[region]?.Linux ?? {}), ...Object.keys(regional.onDemandLinuxUsdPerHour).filter((t) => regional.onDemandLinuxUsdPerHour[t][region] !== undefined)].map(familyOf));
  const own = regionRatio(region);
  const families = {};
  for (const family of [...offered].sort()) {
    const f = familyRatio(region, family);
    if (!baseFamilies.has(family)) families[family] = 'no us-east-1 price for this family to scale from: unpriced (use --live-pricing or `batchlint pricing update`)';
    else if (f !== undefined) families[family] = [round(f, 4), 'family'];
    else if (own !== undefined) families[family] = [round(own, 4), 'region'];
    else families[family] = [round(allRegions, 4), 'all-regions'];
  }
  regionalRatios[region] = { ratio: round(own ?? allRegions, 4), level: own !== undefined ? 'region' : 'all-regions', families };
}

// Estimated Spot: On-Demand x (1 - typical savings %) from the Spot Instance Advisor feed, only where
// both figures exist for the same region and type. Stored as [estimated USD/h, savings %].
const spotEstimate = {};
// Where the On-Demand figure is itself an estimate (a regional ratio), the advisor's [savings %, band]
// is kept as is, and the Spot figure is computed at look-up from the estimated On-Demand price.
const spotAdvisor = {};
for (const [region, byOs] of Object.entries(advisor.spot_advisor)) {
  const linux = byOs.Linux ?? {};
  for (const [type, { s, r }] of Object.entries(linux)) {
    const od = onDemand[region]?.[type];
    if (typeof s !== 'number') continue;
    if (od === undefined) {
      if (regionalRatios[region] && base[type] !== undefined && Number.isInteger(r)) (spotAdvisor[region] ??= {})[type] = [s, r];
      continue;
    }
    spotEstimate[region] ??= {};
    // The third entry is the advisor's frequency-of-interruption band (0 = <5% ... 4 = >20%): the
    // offline capacity signal for the SPOT_*_OPTIMIZED strategies.
    spotEstimate[region][type] = Number.isInteger(r) ? [round(od * (1 - s / 100), 6), s, r] : [round(od * (1 - s / 100), 6), s];
  }
}

const fargateOnDemand = {};
for (const [region, rates] of Object.entries(fargate.onDemand)) {
  fargateOnDemand[region] = {
    x86_64: { vcpuHour: rates.linux_x86_64.vcpuHour, gbHour: rates.linux_x86_64.gbHour },
    arm64: { vcpuHour: rates.linux_arm64.vcpuHour, gbHour: rates.linux_arm64.gbHour },
    ephemeralStorageGbHour: rates.ephemeralStorageGbHourAbove20GB.price,
  };
}

// Fargate rates outside us-east-1: no regional Fargate figure is held offline, so each commercial Region's
// rates are ESTIMATED as the us-east-1 rates x the Region's EC2 On-Demand price ratio (the same ratio that
// prices its EC2 types), labelled as estimates. Their error cannot be measured here (there is no regional
// Fargate figure to leave out); --live-pricing gives the listed rates.
const fargateOnDemandEstimate = {};
const fargateBase = fargateOnDemand[BASE];
if (fargateBase) {
  for (const region of commercial) {
    if (fargateOnDemand[region]) continue;
    const { ratio, level } = regionalRatios[region];
    const scale = (rates) => ({ vcpuHour: round(rates.vcpuHour * ratio, 6), gbHour: round(rates.gbHour * ratio, 7) });
    fargateOnDemandEstimate[region] = { x86_64: scale(fargateBase.x86_64), arm64: scale(fargateBase.arm64), ephemeralStorageGbHour: round(fargateBase.ephemeralStorageGbHour * ratio, 7), ratio, level };
  }
}

const catalog = {
  $comment: 'Generated by scripts/generate-price-catalog.mjs from data/sources; do not edit. Regenerate with `node scripts/generate-price-catalog.mjs`.',
  format: 'batchlint-price-catalog/1',
  source: 'bundled snapshot: EC2 On-Demand from the AWS Price List via Karpenter (us-east-1, GovCloud) and the SkyPilot catalog (43 types in 24 regions); Spot estimated from the AWS Spot Instance Advisor; Fargate us-east-1 rates (other Regions estimated from their EC2 price ratio)',
  date: '2026-07-20',
  currency: 'USD',
  sources: [
    {
      id: 'karpenter',
      figures: ['on-demand'],
      covers: 'ec2.onDemand for us-east-1, us-gov-east-1, us-gov-west-1',
      what: 'aws/karpenter-provider-aws pkg/providers/pricing/zz_generated.pricing_aws*.go, generated from the AWS Price List API',
      commit: karpenter._meta.source.commit,
      date: '2026-07-20',
    },
    {
      id: 'skypilot',
      figures: ['on-demand'],
      covers: 'ec2.onDemand for 43 instance types in other regions',
      what: `${regional._meta.source.repo} ${regional._meta.source.path} (Price column, transcribed)`,
      commit: regional._meta.source.commit,
      date: 'unknown (agrees with the 2026-07-20 us-east-1 list)',
    },
    {
      id: 'spot-advisor',
      figures: ['spot'],
      covers: 'ec2.spotEstimate: typical Spot savings %, NOT a market price',
      what: 'AWS Spot Instance Advisor feed https://spot-bid-advisor.s3.amazonaws.com/spot-advisor-data.json, via alexei-led/spotinfo',
      commit: '5eedf20a99614443af215f4aaf09bd10805cac72',
      date: '2025-06-28',
    },
    {
      id: 'fargate',
      figures: ['fargate'],
      covers: 'fargate.onDemand for us-east-1',
      what: 'AWS Price List GetProducts (AmazonECS, us-east-1, publication 2022-11-21), unchanged in 2026 secondary sources (Vantage, CloudBurn, Wring, FactualMinds)',
      url: 'https://aws.amazon.com/fargate/pricing/',
      date: '2022-11-21 (confirmed unchanged 2026-06)',
    },
  ],
  notes: [
    'EC2 prices are Linux, shared tenancy, no pre-installed software, USD per instance-hour.',
    'ec2.spot (Spot market prices) is empty in the bundled snapshot: the data holds no current Spot price snapshot (its only one is m5.large in us-east-1 from 2021, too old to use). Use --live-pricing or `batchlint pricing update` for real Spot prices.',
    'ec2.spotEstimate values are [estimated USD/h, savings %, interruption band]: On-Demand x (1 - typical savings) from the Spot Instance Advisor, and its frequency-of-interruption band (0 <5%, 1 5-10%, 2 10-15%, 3 15-20%, 4 >20%). They are estimates and every report labels them so. Where the On-Demand figure is itself a regional estimate, ec2.spotAdvisor keeps [savings %, band] and Spot is that estimate less the saving, labelled as both.',
    `Regions other than us-east-1 and GovCloud have exact On-Demand figures only for the 43 sampled types. Any other type is ESTIMATED as its us-east-1 price x the Region's measured price ratio (ec2.onDemandRatios): for its family where the family was sampled in the Region, else the Region's median over its families, else (${commercial.filter((r) => !measured[r]).length} Regions with no exact figure: ${commercial.filter((r) => !measured[r]).join(', ')}) the median of every Region's ratio. Every such figure is labelled an estimate.`,
    `Estimate error, measured leave-one-out on the ${looFamily.length + looRegion.length} exact regional figures held (ec2.onDemandEstimateError): family ratio median ${estimateError.family.medianAbsPercent}%, 90th percentile ${estimateError.family.p90AbsPercent}%, max ${estimateError.family.maxAbsPercent}% (${estimateError.family.figures} figures); Region ratio median ${estimateError.region.medianAbsPercent}%, max ${estimateError.region.maxAbsPercent}% (${estimateError.region.figures}); all-Regions median (each Region left out) median ${estimateError.allRegions.medianAbsPercent}%, 90th percentile ${estimateError.allRegions.p90AbsPercent}%, max ${estimateError.allRegions.maxAbsPercent}% (${estimateError.allRegions.figures}).`,
    `Fargate rates are listed for us-east-1 only. For the ${Object.keys(fargateOnDemandEstimate).length} other commercial Regions (fargate.onDemandEstimate) they are ESTIMATED as the us-east-1 rates x the Region's EC2 On-Demand price ratio (ec2.onDemandRatios), and labelled estimates; their error cannot be measured offline, as no regional Fargate figure is held (the EC2 ratio's own error is above). Whether Fargate is offered in a Region is not in this data.`,
    'Fargate Spot has no fixed published rate (AWS markets "up to 70%" off): fargate.spot is empty, and reports give Fargate Spot as a labelled range from 70% off to the On-Demand rate (fargate.spotDiscount); --live-pricing gives the listed rate.',
    'Fargate bills the vCPU and memory configured for the task; 20 GiB of ephemeral storage is included and extra configured storage is billed per GB-hour.',
  ],
  ec2: {
    onDemand: sortKeys(Object.fromEntries(Object.entries(onDemand).map(([r, p]) => [r, sortKeys(p)]))),
    spot: {},
    // region -> { ratio, level, families: { family: [ratio, level] | why not } }: estimates for types without an exact figure.
    onDemandRatios: sortKeys(regionalRatios),
    onDemandEstimateError: estimateError,
    spotEstimate: sortKeys(Object.fromEntries(Object.entries(spotEstimate).map(([r, p]) => [r, sortKeys(p)]))),
    // region -> type -> [typical savings %, interruption band], for types whose On-Demand figure is estimated.
    spotAdvisor: sortKeys(Object.fromEntries(Object.entries(spotAdvisor).map(([r, p]) => [r, sortKeys(p)]))),
  },
  fargate: {
    onDemand: sortKeys(fargateOnDemand),
    spot: {},
    // No fixed Fargate Spot rate is published; AWS markets "up to 70%" off (batch-facts §11.1, third-party
    // quotes). Reports give a labelled range from that discount to the On-Demand rate.
    // region -> estimated rates (us-east-1 x the Region's EC2 ratio, with that ratio and its level).
    onDemandEstimate: sortKeys(fargateOnDemandEstimate),
    spotDiscount: { upToPercent: 70, source: 'AWS Fargate pricing page, "up to 70%" off On-Demand, as quoted by Wring 2026-03-10 (https://www.wring.co/blog/aws-fargate-pricing-guide); no fixed rate is published' },
  },
};

// One entry per line keeps the committed file reviewable in diffs without making it huge.
function render(value, indent = '') {
  if (Array.isArray(value) && value.some((v) => (typeof v === 'object' && v !== null) || (typeof v === 'string' && v.length > 60))) {
    return `[\n${value.map((v) => `${indent} ${JSON.stringify(v)}`).join(',\n')}\n${indent}]`;
  }
  if (Array.isArray(value) || value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const leaf = entries.every(([, v]) => typeof v !== 'object' || Array.isArray(v));
  const inner = indent + ' ';
  if (leaf && entries.length > 8) return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n${indent}}`;
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${render(v, inner)}`).join(',\n')}\n${indent}}`;
}
const text = `${render(catalog)}\n`;

/**
 * Where each object and array of the catalog text less than four deep ends (start -> end offsets),
 * for data/price-catalog.index.json: src/pricing/lazy-json-object.ts reads the bundled catalog
 * a Region at a time, and this index spares it a scan of the whole text at every start-up. The same
 * walk as collectionEnds there (a generator cannot import the TypeScript sources).
 */
function collectionEnds(json, maxDepth) {
  const ends = [];
  const open = [];
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '"') {
      for (i++; i < json.length && json[i] !== '"'; i++) if (json[i] === '\\') i++;
    } else if (c === '{' || c === '[') open.push(i);
    else if (c === '}' || c === ']') {
      const start = open.pop();
      if (open.length < maxDepth) ends.push([start, i + 1]);
    }
  }
  return ends.sort((a, b) => a[0] - b[0]);
}
/**
 * The members (key, start and end of the value) of every object less than three deep: the top, `ec2`
 * and its sections, the objects the catalog reads lazily. With them the catalog reads from the file
 * only the values it needs (a Region's prices), not the whole 580 KB text at every start-up. Offsets
 * are characters, and bytes too: the text is ASCII (checked here; otherwise no members are written).
 */
function objectMembers(json, ends) {
  const byStart = new Map(ends);
  const members = [];
  const skip = (i) => {
    while (/\s/.test(json[i])) i++;
    return i;
  };
  const visit = (start, depth) => {
    const list = [];
    let i = skip(start + 1);
    while (json[i] !== '}') {
      let keyEnd = i + 1;
      while (json[keyEnd] !== '"') keyEnd += json[keyEnd] === '\\' ? 2 : 1;
      const key = JSON.parse(json.slice(i, keyEnd + 1));
      const from = skip(skip(keyEnd + 1) + 1); // past the colon
      let to = byStart.get(from);
      if (to === undefined) {
        to = from;
        if (json[to] === '"') {
          to++;
          while (json[to] !== '"') to += json[to] === '\\' ? 2 : 1;
          to++;
        } else while (!/[,}\]\s]/.test(json[to])) to++;
      }
      list.push([key, from, to]);
      if (json[from] === '{' && depth < 2) visit(from, depth + 1);
      i = skip(to);
      if (json[i] === ',') i = skip(i + 1);
    }
    members.push([start, list]);
  };
  visit(skip(0), 0);
  return members.sort((a, b) => a[0] - b[0]);
}
const indexOut = out.replace(/\.json$/, '.index.json');
const ends = collectionEnds(text, 4);
const ascii = /^[\x00-\x7f]*$/.test(text);
const indexText = `${JSON.stringify({ $comment: 'Generated by scripts/generate-price-catalog.mjs with price-catalog.json; do not edit.', length: text.length, ends, ...(ascii ? { members: objectMembers(text, ends) } : {}) })}\n`;

if (args.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    // missing counts as different
  }
  let currentIndex = '';
  try {
    currentIndex = readFileSync(indexOut, 'utf8');
  } catch {
    // missing counts as different
  }
  if (current !== text || currentIndex !== indexText) {
    console.error(`${current !== text ? out : indexOut} is out of date: run node scripts/generate-price-catalog.mjs`);
    process.exit(1);
  }
} else {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  writeFileSync(indexOut, indexText);
  const count = (byRegion) => Object.values(byRegion).reduce((n, types) => n + Object.keys(types).length, 0);
  console.log(`wrote ${out}: ${count(catalog.ec2.onDemand)} On-Demand figures in ${Object.keys(catalog.ec2.onDemand).length} regions, ${count(catalog.ec2.spotEstimate)} Spot estimates, Fargate ${Object.keys(fargateOnDemand).join(', ')}`);
}
if (conflicts.length > 0) console.error(`kept Karpenter's figure where the sources disagree:\n  ${conflicts.join('\n  ')}`);
