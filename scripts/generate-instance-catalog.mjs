#!/usr/bin/env node
// Generates data/instance-catalog.json, the offline EC2 instance catalog the placement rules, the
// `explain` command and the cost advisor read, from the reference data in data/sources/ec2/
// (described in data/sources/README.md). The output is committed: the product works from a
// fresh clone (the inputs are vendored). Run it again when data/sources is refreshed:
//
//   node scripts/generate-instance-catalog.mjs [--data data/sources] [--check]
//
// --check exits with 1 when the committed file differs from what the data would produce.
//
// The file is compact on purpose (it is read on every run that places jobs): one array row per
// instance type, GPU models and regions as indexes into shared tables, regions as a bit mask.
// Family, size and the metal flag are not stored: they are the two halves of the name
// (`<family>.<size>`, https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-type-names.html),
// and the generator checks that this agrees with the source's own `family` and `size` fields.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dataArg = args.indexOf('--data');
const DATA = dataArg >= 0 ? resolve(args[dataArg + 1]) : resolve(ROOT, 'data/sources');
const OUT = join(ROOT, 'data/instance-catalog.json');

const read = (path) => JSON.parse(readFileSync(join(DATA, path), 'utf8'));
const specs = read('ec2/instance-types.json');
const names = read('ec2/instance-type-names.json');
const prices = read('ec2/on-demand-prices.json');
const sample = read('ec2/on-demand-regional-sample.json');
const spot = read('ec2/spot-advisor-data.json');

// --- regions where each type is offered (positive evidence only: absence means "not known") ---
const regionsByType = new Map();
const offer = (type, region) => {
  if (!regionsByType.has(type)) regionsByType.set(type, new Set());
  regionsByType.get(type).add(region);
};
for (const [region, byType] of Object.entries(prices.prices)) for (const type of Object.keys(byType)) offer(type, region);
for (const [region, byOs] of Object.entries(spot.spot_advisor)) for (const type of Object.keys(byOs.Linux ?? {})) offer(type, region);
for (const [type, byRegion] of Object.entries(sample.onDemandLinuxUsdPerHour)) {
  for (const region of Object.keys(byRegion)) offer(type, region);
}
const regions = [...new Set([...regionsByType.values()].flatMap((s) => [...s]))].sort();
if (regions.length > 52) throw new Error(`${regions.length} regions do not fit a 53-bit mask`);
const regionIndex = new Map(regions.map((r, i) => [r, i]));

// --- rows ---
const gpuModels = [];
const accelerators = [];
const indexIn = (table, value) => {
  if (value === null || value === undefined) return -1;
  let i = table.indexOf(value);
  if (i < 0) i = table.push(value) - 1;
  return i;
};
const ARCH = { x86_64: 0, arm64: 1 };
const rows = [];
for (const t of [...specs.instanceTypes].sort((a, b) => a.instanceType.localeCompare(b.instanceType))) {
  const dot = t.instanceType.indexOf('.');
  const family = t.instanceType.slice(0, dot);
  const size = t.instanceType.slice(dot + 1);
  if (family !== t.family || size !== t.size) throw new Error(`${t.instanceType}: name does not split into family ${t.family} and size ${t.size}`);
  if (!(t.architecture in ARCH)) throw new Error(`${t.instanceType}: architecture ${t.architecture}`);
  if (!Number.isInteger(t.vcpu) || !Number.isInteger(t.memoryMiB)) throw new Error(`${t.instanceType}: vcpu/memory missing`);
  const gpu = t.gpuCount > 0 ? indexIn(gpuModels, `${t.gpuManufacturer}:${t.gpuName}`) : -1;
  const accelerator = t.acceleratorCount > 0 ? indexIn(accelerators, t.acceleratorName) : -1;
  let mask = 0;
  for (const r of regionsByType.get(t.instanceType) ?? []) mask += 2 ** regionIndex.get(r);
  rows.push([t.instanceType, t.vcpu, t.memoryMiB, ARCH[t.architecture], t.gpuCount ?? 0, gpu, t.acceleratorCount ?? 0, accelerator, mask]);
}
// Rows grouped by family, each family smallest first (vCPUs, then memory, then name): the order
// familyMembers gives. `families` says where each family's rows are, so that reading the catalog
// builds nothing up front (src/catalog/instance-catalog.ts).
const familyOf = (row) => row[0].slice(0, row[0].indexOf('.'));
const familyOrder = [...new Set(rows.map(familyOf))];
const familyRank = new Map(familyOrder.map((f, i) => [f, i]));
rows.sort((a, b) => familyRank.get(familyOf(a)) - familyRank.get(familyOf(b)) || a[1] - b[1] || a[2] - b[2] || a[0].localeCompare(b[0]));
const families = {};
rows.forEach((row, i) => {
  const family = familyOf(row);
  if (families[family]) families[family][1]++;
  else families[family] = [i, 1];
});
const specified = new Set(rows.map((r) => r[0]));
const unspecified = names.instanceTypes.filter((n) => !specified.has(n)).sort();

const specDate = /@[0-9a-f]+ \((\d{4}-\d{2}-\d{2})\)/.exec(Object.keys(specs._meta.source.files)[0])?.[1];
const catalog = {
  _meta: {
    description: 'EC2 instance types for AWS Batch placement: vCPUs, memory, GPUs, architecture and the regions where each is known to be offered. Generated by scripts/generate-instance-catalog.mjs; do not edit.',
    snapshotDate: specDate,
    sources: [
      { what: 'vCPUs, memory (MiB), architecture, GPUs, accelerators', from: `aws/karpenter-provider-aws website/content/en/docs/reference/instance-types.md (${Object.keys(specs._meta.source.files).join('; ')}), generated by Karpenter from EC2 DescribeInstanceTypes in us-east-1`, license: specs._meta.license },
      { what: 'instance type names without specs (EC2 API InstanceType enum)', from: `boto/botocore ${names._meta.source.tag} ${names._meta.source.path}`, license: 'Apache-2.0' },
      { what: 'regions (On-Demand prices)', from: `aws/karpenter-provider-aws @${prices._meta.source.commit} pkg/providers/pricing (us-east-1, GovCloud 2026-07-20; cn-north-1 2024-11-06)`, license: 'Apache-2.0' },
      { what: 'regions (Spot Instance Advisor feed, Linux)', from: 'https://spot-bid-advisor.s3.amazonaws.com/spot-advisor-data.json as embedded in alexei-led/spotinfo @5eedf20a (2025-06-28)', license: 'AWS data; spotinfo Apache-2.0' },
      { what: 'regions (On-Demand price sample, 43 types)', from: `skypilot-org/skypilot-catalog ${sample._meta.source.path} @${sample._meta.source.commit}`, license: 'unconfirmed' },
    ],
    collected: '2026-11-25 (data/sources/README.md)',
    families: 'family -> [first row, number of rows]: the rows of a family are consecutive, smallest first',
    columns: ['name', 'vcpus', 'memoryMiB', 'architecture (0 x86_64, 1 arm64)', 'gpuCount', 'gpuModel (index into gpuModels, -1 none)', 'acceleratorCount', 'accelerator (index into accelerators, -1 none)', 'regions (bit i set: offered in regions[i]; 0: not known)'],
    regionsNote: 'Positive evidence only: a region missing from a type\'s mask means the sources do not say, not that the type is unavailable there.',
  },
  regions,
  gpuModels,
  accelerators,
  types: rows,
  families,
  unspecified,
};

const text = `{\n${Object.entries(catalog)
  .map(([key, value]) =>
    key === 'types'
      ? `"types":[\n${value.map((r) => JSON.stringify(r)).join(',\n')}\n]`
      : `${JSON.stringify(key)}:${JSON.stringify(value, null, key === '_meta' ? 1 : 0)}`,
  )
  .join(',\n')}\n}\n`;

if (args.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {}
  if (current !== text) {
    console.error('data/instance-catalog.json is out of date: run node scripts/generate-instance-catalog.mjs');
    process.exit(1);
  }
  console.log('data/instance-catalog.json is up to date');
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}: ${rows.length} types, ${unspecified.length} names without specs, ${regions.length} regions, ${text.length} bytes`);
}
