// `npm run fuzz`: many generated cases through the harness, counted per failure class and input
// kind; the first case of each distinct failure is shrunk by fast-check and saved to .fuzz/.
// scripts/fuzz.mjs bundles this file and runs it in a child process it watches for hangs and deaths.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { FAILURE_CLASSES, runCase, visible, type Failure, type FailureClass } from './harness.js';
import { INPUT_KINDS, inputKindArbitraries, type FuzzCase, type InputKind } from './input-kinds.js';
import { loadSeeds } from './seeds.js';

interface Options {
  cases: number;
  seed: number;
  kinds: InputKind[];
  root: string;
  out: string;
  /** Only write case `seed` of `kinds[0]` to the output folder (the parent does this after a hang or death). */
  dump: boolean;
  shrink: boolean;
}

function parseArgs(argv: string[]): Options {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const kind = get('kind');
  if (kind !== undefined && !(INPUT_KINDS as readonly string[]).includes(kind)) throw new Error(`--kind must be one of ${INPUT_KINDS.join(', ')}`);
  const root = resolve(get('root') ?? process.cwd());
  return {
    cases: Number(get('cases') ?? 100_000),
    seed: Number(get('seed') ?? (Date.now() ^ (Math.random() * 0x100000000)) >>> 0) | 0,
    kinds: kind ? [kind as InputKind] : [...INPUT_KINDS],
    root,
    out: resolve(get('out') ?? join(root, '.fuzz')),
    dump: argv.includes('--dump'),
    shrink: !argv.includes('--no-shrink'),
  };
}

/** Case i of a campaign: its input kind and its own fast-check seed, so one case can be replayed alone. */
function caseAt(options: Options, i: number): { kind: InputKind; seed: number } {
  return { kind: options.kinds[i % options.kinds.length]!, seed: (options.seed + i) | 0 };
}

function generate(arbitrary: fc.Arbitrary<FuzzCase>, seed: number): FuzzCase {
  return fc.sample(arbitrary, { seed, numRuns: 1 })[0]!;
}

/** The smallest case fast-check finds that still fails with the same signature (bounded: 150 lint runs). */
async function shrink(arbitrary: fc.Arbitrary<FuzzCase>, seed: number, signature: string, workDir: string): Promise<FuzzCase | undefined> {
  let runs = 0;
  const result = await fc.check(
    fc.asyncProperty(arbitrary, async (c) => {
      if (++runs > 150) return true; // budget spent: keep the smallest failing case found so far
      const { failures } = await runCase(c, workDir);
      return !failures.some((f) => f.signature === signature);
    }),
    { seed, numRuns: 1 },
  );
  return result.counterexample?.[0];
}

function safeName(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60);
}

function saveCase(out: string, label: string, c: FuzzCase, meta: Record<string, unknown>): string {
  mkdirSync(out, { recursive: true });
  const extension = /\.[a-z.]+$/i.exec(c.fileName)?.[0] ?? '.txt';
  const file = join(out, `${safeName(label)}${extension}`);
  writeFileSync(file, c.text);
  // The name to lint it under (it may carry control characters), JSON-escaped.
  writeFileSync(`${file}.meta.json`, JSON.stringify({ lintAs: c.fileName, kind: c.kind, from: c.from, ...meta }, null, 2) + '\n');
  return file;
}

interface Distinct {
  failure: Failure;
  count: number;
  kind: InputKind;
  seed: number;
  reproducer?: string;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const seeds = loadSeeds(options.root);
  const arbitraries = inputKindArbitraries(seeds);
  if (options.dump) {
    const c = generate(arbitraries[options.kinds[0]!], options.seed);
    console.log(saveCase(options.out, `case-${options.kinds[0]}-${options.seed}`, c, { seed: options.seed }));
    return 0;
  }
  const workDir = mkdtempSync(join(tmpdir(), 'batchlint-fuzz-'));
  const counts = new Map<InputKind, Record<FailureClass | 'cases', number> & { maxMs: number }>();
  for (const k of options.kinds) counts.set(k, { cases: 0, crash: 0, internal: 0, hang: 0, control: 0, stderr: 0, maxMs: 0 });
  const distinct = new Map<string, Distinct>();
  console.log(`batchlint fuzz: ${options.cases} cases, seed ${options.seed}, input kinds ${options.kinds.join(', ')}`);
  const started = performance.now();
  let lastReport = started;
  for (let i = 0; i < options.cases; i++) {
    const { kind, seed } = caseAt(options, i);
    process.send?.({ type: 'case', i, kind, seed });
    const c = generate(arbitraries[kind], seed);
    const { failures, elapsedMs } = await runCase(c, workDir);
    const row = counts.get(kind)!;
    row.cases++;
    row.maxMs = Math.max(row.maxMs, elapsedMs);
    for (const cls of new Set(failures.map((f) => f.class))) row[cls]++;
    for (const f of failures) {
      const known = distinct.get(f.signature);
      if (known) {
        known.count++;
        continue;
      }
      const entry: Distinct = { failure: f, count: 1, kind, seed };
      distinct.set(f.signature, entry);
      const small = options.shrink && f.class !== 'hang' ? ((await shrink(arbitraries[kind], seed, f.signature, workDir)) ?? c) : c;
      entry.reproducer = saveCase(options.out, `${f.class}-${distinct.size}-${kind}`, small, { seed, signature: f.signature, detail: f.detail, frame: f.frame ?? null, replay: `npm run fuzz -- --cases 1 --kind ${kind} --seed ${seed}` });
      console.log(`new ${f.class} (case ${i}, ${kind}, seed ${seed}): ${f.detail.slice(0, 160)}${f.frame ? `\n    at ${f.frame}` : ''}\n    reproducer: ${entry.reproducer}`);
    }
    if (performance.now() - lastReport > 30_000) {
      lastReport = performance.now();
      console.log(`... ${i + 1} cases, ${(((i + 1) * 1000) / (lastReport - started)).toFixed(0)} cases/s`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  rmSync(workDir, { recursive: true, force: true });

  const header = ['input kind', 'cases', ...FAILURE_CLASSES, 'max ms'];
  const rows = [...counts].map(([k, r]) => [k, String(r.cases), ...FAILURE_CLASSES.map((cls) => String(r[cls])), r.maxMs.toFixed(0)]);
  const total = ['total', String(options.cases), ...FAILURE_CLASSES.map((cls) => String([...counts.values()].reduce((s, r) => s + r[cls], 0))), Math.max(...[...counts.values()].map((r) => r.maxMs)).toFixed(0)];
  console.log(`\nCases with at least one failure of each class (a case can count in several):\n${table([header, ...rows, total])}`);
  console.log(`\n${options.cases} cases in ${seconds.toFixed(1)} s (${(options.cases / seconds).toFixed(0)} cases/s), seed ${options.seed}`);
  if (distinct.size > 0) {
    console.log(`\n${distinct.size} distinct failures (signature: cases, first case):`);
    for (const d of [...distinct.values()].sort((a, b) => b.count - a.count)) {
      console.log(`- [${d.failure.class}] ${visible(d.failure.signature)}: ${d.count}; ${d.kind} seed ${d.seed}; ${d.reproducer ?? ''}`);
    }
  }
  const failed = total.slice(2, 2 + FAILURE_CLASSES.length).some((n) => n !== '0');
  console.log(failed ? `\nFAILED (replay one case: npm run fuzz -- --cases 1 --kind <kind> --seed <seed>)` : '\nOK: zero crashes, internal findings, hangs, unescaped control characters and library stderr output');
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
