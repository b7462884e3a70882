#!/usr/bin/env node
// `npm run bench`: measures batchlint against the floor of reading, parsing and schema-validating
// the same files, on a generated corpus. Prints a table; with --json, one JSON object on the last
// line: { resources, files, floorSeconds, lintSeconds, ratio, peakRssMb, scaling, costPairs, costSeconds, ... }.
//
//   npm run bench -- [--json] [--resources 10000] [--skip-scaling] [--keep]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globby } from 'globby';
import { parseAllDocuments } from 'yaml';
import { generateCorpus } from './generate-corpus.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const asJson = flag('json');
const log = (...args) => {
  if (!asJson) console.log(...args);
  else console.error(...args);
};

if (!existsSync(join(root, 'dist/src/lint-files.js'))) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}
const { lintPaths } = await import(join(root, 'dist/src/lint-files.js'));
const validators = await import(join(root, 'dist/src/schema/validators.generated.js'));

/** Job definitions are 10/12 of the resources, compute environments and queues 1/12 each (10k : 1k : 1k). */
function corpusFor(resources, out) {
  const unit = Math.round(resources / 12);
  return generateCorpus({ out, jobDefinitions: unit * 10, computeEnvironments: unit, queues: unit, files: Math.round(resources / 6), seed: 1 });
}

const KIND_KEYS = [['jobDefinitionName', 'jobDefinition'], ['computeEnvironmentName', 'computeEnvironment'], ['jobQueueName', 'jobQueue']];
const LISTS = { jobDefinitions: 'jobDefinition', computeEnvironments: 'computeEnvironment', jobQueues: 'jobQueue', schedulingPolicies: 'schedulingPolicy' };
function validateDocument(value) {
  let count = 0;
  const one = (item, kind) => {
    validators[kind](item);
    count++;
  };
  const single = (item) => {
    for (const [key, kind] of KIND_KEYS) if (item && typeof item === 'object' && key in item) return one(item, kind);
  };
  if (Array.isArray(value)) value.forEach(single);
  else if (value && typeof value === 'object') {
    single(value);
    for (const [key, kind] of Object.entries(LISTS)) if (Array.isArray(value[key])) value[key].forEach((item) => one(item, kind));
  }
  return count;
}

/** The floor: read every file, parse it, validate each resource with the compiled schemas. Nothing else. */
async function floor(dir) {
  const files = await globby(['**/*.json', '**/*.yaml', '**/*.yml'], { cwd: dir, absolute: true, gitignore: true, ignore: ['**/node_modules/**'] });
  let resources = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.json')) resources += validateDocument(JSON.parse(text));
    else for (const doc of parseAllDocuments(text)) resources += validateDocument(doc.toJS());
  }
  return { files: files.length, resources };
}

async function timed(fn) {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { value, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

/** Best of n runs (the least disturbed by the rest of the machine). */
async function best(n, fn) {
  let result;
  for (let i = 0; i < n; i++) {
    const r = await timed(fn);
    if (!result || r.seconds < result.seconds) result = r;
  }
  return result;
}

function runProcess(args, cwd = root) {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/env', ['time', '-f', '%M', process.execPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rssKb = Number((r.stderr.trim().split('\n').pop() ?? '').trim());
  return { seconds, peakRssMb: Number.isFinite(rssKb) ? rssKb / 1024 : null, status: r.status };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const work = mkdtempSync(join(tmpdir(), 'batchlint-bench-'));
const size = option('resources', 12000);
const corpus = join(work, 'corpus');
const shape = corpusFor(size, corpus);
log(`corpus: ${shape.resources} resources in ${shape.files} files (${corpus})`);

// Warm the file cache and the JIT once, then measure.
await floor(corpus);
const floorRun = await best(3, () => floor(corpus));
const lintRun = await best(3, () => lintPaths([corpus], { cwd: work }));
const cli = runProcess([join(root, 'bin/batchlint.js'), 'lint', corpus, '-f', 'json', '-o', join(work, 'report.json')], work);
const lintResult = lintRun.value;
log(`floor (read + parse + validate): ${floorRun.seconds.toFixed(2)} s, ${floorRun.value.resources} resources`);
log(`lint in-process:                 ${lintRun.seconds.toFixed(2)} s, ${lintResult.resources} resources, ${lintResult.findings.length} findings (${Math.round(lintResult.resources / lintRun.seconds)} resources/s)`);
log(`lint CLI process:                ${cli.seconds.toFixed(2)} s, peak RSS ${cli.peakRssMb?.toFixed(0)} MB`);
const ratio = lintRun.seconds / floorRun.seconds;
log(`ratio lint/floor:                ${ratio.toFixed(2)} (target <= 2.0)`);

let scaling = null;
if (!flag('skip-scaling')) {
  const big = join(work, 'corpus-10x');
  const bigShape = corpusFor(size * 10, big);
  const bigRun = await best(1, () => lintPaths([big], { cwd: work }));
  scaling = bigRun.seconds / lintRun.seconds;
  log(`lint at ${bigShape.resources} resources: ${bigRun.seconds.toFixed(2)} s; scaling 10x resources = ${scaling.toFixed(2)}x time (target <= 11)`);
  rmSync(big, { recursive: true, force: true });
}

// Start-up: the CLI against a bare node, median of repeated runs.
const small = join(root, 'fixtures/missing-timeout/good/job-definition.json');
const repeat = (args) => median(Array.from({ length: 7 }, () => runProcess(args).seconds));
const nodeBare = repeat(['-e', '0']);
const version = repeat([join(root, 'bin/batchlint.js'), '--version']);
const oneFile = repeat([join(root, 'bin/batchlint.js'), 'lint', small]);
log(`node -e 0: ${(nodeBare * 1000).toFixed(0)} ms; batchlint --version: ${(version * 1000).toFixed(0)} ms (${(version / nodeBare).toFixed(2)}x, target <= 2.5); one small file: ${(oneFile * 1000).toFixed(0)} ms (${(oneFile / nodeBare).toFixed(2)}x, target <= 6)`);

// The cost advisor over 10,000 job-definition/queue pairs: 5,000 job definitions, each inferred onto
// the two EC2 queues of the corpus (placement, instance choice and pricing for every pair).
const costCorpus = join(work, 'cost-corpus');
generateCorpus({ out: costCorpus, jobDefinitions: 5000, computeEnvironments: 2, queues: 2, files: 250, seed: 2 });
const costModel = (await lintPaths([costCorpus], { cwd: work, rules: [] })).model;
const { estimateCosts } = await import(join(root, 'dist/src/cost/estimate-costs.js'));
const { bundledPriceCatalog } = await import(join(root, 'dist/src/pricing/price-catalog.js'));
const catalog = bundledPriceCatalog();
const costRun = await timed(() => estimateCosts(costModel, { catalog }));
const costPairs = new Set(costRun.value.estimates.map((e) => `${e.jobDefinition}|${e.jobQueue}`)).size;
const costSeconds = costRun.seconds;
log(`cost advisor: ${costPairs} job-definition/queue pairs (${costRun.value.estimates.length} estimates, one per compute environment) in ${costSeconds.toFixed(2)} s`);

// The yardstick: cfn-lint, where it is installed, on the same CloudFormation templates.
let cfnLint = null;
const hasCfnLint = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' }).status === 0;
if (hasCfnLint) {
  const templates = join(work, 'templates');
  mkdirSync(templates);
  const template = readFileSync(join(root, 'fixtures/iac/cloudformation/batch-stack.yaml'), 'utf8');
  for (let i = 0; i < 50; i++) writeFileSync(join(templates, `stack-${i}.yaml`), template);
  const time = (cmd, args) => {
    const start = process.hrtime.bigint();
    spawnSync(cmd, args, { cwd: templates, encoding: 'utf8', maxBuffer: 1 << 28 });
    return Number(process.hrtime.bigint() - start) / 1e9;
  };
  const cfnSeconds = time('cfn-lint', ['--', ...Array.from({ length: 50 }, (_, i) => `stack-${i}.yaml`)]);
  const ourSeconds = time(process.execPath, [join(root, 'bin/batchlint.js'), 'lint', '.', '-f', 'json', '-o', join(work, 'cfn-report.json')]);
  cfnLint = { templates: 50, cfnLintSeconds: Number(cfnSeconds.toFixed(3)), batchlintSeconds: Number(ourSeconds.toFixed(3)) };
  log(`50 CloudFormation templates: cfn-lint ${cfnSeconds.toFixed(2)} s, batchlint ${ourSeconds.toFixed(2)} s`);
}

if (!flag('keep')) rmSync(work, { recursive: true, force: true });
const summary = {
  resources: lintResult.resources,
  files: lintResult.files,
  floorSeconds: Number(floorRun.seconds.toFixed(3)),
  lintSeconds: Number(lintRun.seconds.toFixed(3)),
  cliSeconds: Number(cli.seconds.toFixed(3)),
  ratio: Number(ratio.toFixed(3)),
  peakRssMb: cli.peakRssMb === null ? null : Number(cli.peakRssMb.toFixed(1)),
  scaling: scaling === null ? null : Number(scaling.toFixed(3)),
  costPairs,
  costSeconds: Number(costSeconds.toFixed(3)),
  startupVersionRatio: Number((version / nodeBare).toFixed(2)),
  startupOneFileRatio: Number((oneFile / nodeBare).toFixed(2)),
  cfnLint,
};
console.log(JSON.stringify(summary));
