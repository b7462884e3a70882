#!/usr/bin/env node
// Where `lint` spends its time on the bench corpus: builds the corpus once (or reuses --corpus DIR),
// then times the floor and `lintPaths` from dist/ in CPU seconds (user + system of this process; the
// steady measure on a shared machine) and wall seconds, median of --runs. With --profile FILE, one
// more lint run is recorded with the inspector and summarised as self time by function and by module.
//
//   node scripts/bench/profile-lint.mjs [--resources 12000] [--runs 3] [--corpus DIR] [--profile out.cpuprofile] [--top 40]
//   node scripts/bench/profile-lint.mjs --read out.cpuprofile [--top 40]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate-corpus.mjs';
import { floor } from './floor.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const { lintPaths } = await import(join(root, 'dist/src/lint-files.js'));
const top = Number(option('top', 40));

// --read FILE: only summarise a profile written before.
if (option('read')) {
  summarise(JSON.parse(readFileSync(option('read'), 'utf8')), top);
  process.exit(0);
}

const resources = Number(option('resources', 12000));
const runs = Number(option('runs', 3));
let corpus = option('corpus');
if (!corpus || !existsSync(corpus)) {
  corpus ??= join(tmpdir(), `batchlint-profile-corpus-${resources}`);
  const unit = Math.round(resources / 12);
  generateCorpus({ out: corpus, jobDefinitions: unit * 10, computeEnvironments: unit, queues: unit, files: Math.round(resources / 6), seed: 1 });
}

async function measure(fn) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { value, seconds: Number(process.hrtime.bigint() - start) / 1e9, cpuSeconds: (used.user + used.system) / 1e6 };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function medianOf(fn) {
  await fn(); // warm the file cache and the JIT
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await measure(fn));
  return { value: all[0].value, seconds: median(all.map((r) => r.seconds)), cpuSeconds: median(all.map((r) => r.cpuSeconds)) };
}

const floorRun = await medianOf(() => floor(corpus));
const lintRun = await medianOf(() => lintPaths([corpus], { cwd: tmpdir() }));
const load = loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`corpus ${corpus}: ${lintRun.value.resources} resources, ${lintRun.value.files} files, ${lintRun.value.findings.length} findings`);
console.log(`floor: ${floorRun.seconds.toFixed(2)} s wall, ${floorRun.cpuSeconds.toFixed(2)} s CPU`);
console.log(`lint:  ${lintRun.seconds.toFixed(2)} s wall, ${lintRun.cpuSeconds.toFixed(2)} s CPU`);
console.log(`ratio: ${(lintRun.seconds / floorRun.seconds).toFixed(2)} wall, ${(lintRun.cpuSeconds / floorRun.cpuSeconds).toFixed(2)} CPU (median of ${runs}; load ${load})`);

const profileFile = option('profile');
if (profileFile) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  await lintPaths([corpus], { cwd: tmpdir() });
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  writeFileSync(profileFile, JSON.stringify(profile));
  summarise(profile, top);
}

/** Self time per function and per module, and inclusive time per function, from the samples' time deltas. */
function summarise(profile, top) {
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = new Map();
  const moduleOf = new Map();
  for (const { id, callFrame: f } of profile.nodes) {
    const file = f.url.startsWith('file:') ? relative(root, fileURLToPath(f.url)) : f.url || '(native)';
    moduleOf.set(id, file);
    name.set(id, `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`);
  }
  const fns = new Map();
  const modules = new Map();
  const inclusive = new Map();
  const add = (map, key, micros) => map.set(key, (map.get(key) ?? 0) + micros);
  let total = 0;
  profile.samples.forEach((id, i) => {
    const micros = profile.timeDeltas[i] ?? 0;
    total += micros;
    add(fns, name.get(id), micros);
    add(modules, moduleOf.get(id), micros);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) seen.add(name.get(at));
    for (const fn of seen) add(inclusive, fn, micros);
  });
  const print = (title, map) => {
    console.log(`\n${title} (total ${(total / 1e6).toFixed(2)} s)`);
    for (const [key, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(micros / 1e3).toFixed(0).padStart(7)} ms ${((100 * micros) / total).toFixed(1).padStart(5)}%  ${key}`);
  };
  print('self time by module', modules);
  print('self time by function', fns);
  print('inclusive time by function', inclusive);
}
