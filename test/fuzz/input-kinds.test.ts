// The bounded fuzz suite CI runs: 120 generated cases per input kind (FUZZ_RUNS=N for more) (prototype names in
// keys and types, wrong-shaped values, intrinsics with any argument, control characters in names and
// values), each linted as `batchlint lint FILE` is, must give no crash, no internal finding, no hang,
// no unescaped control character and nothing on stderr. `npm run fuzz` runs the same cases by the
// hundred thousand. On failure fast-check prints the seed: FUZZ_SEED=<seed> replays the run.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCase } from './harness.js';
import { INPUT_KINDS, inputKindArbitraries, type FuzzCase, type InputKind } from './input-kinds.js';
import { loadSeeds } from './seeds.js';
import { ROOT } from '../helpers/cli.js';

const RUNS_PER_KIND = Number(process.env.FUZZ_RUNS ?? 120);
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : undefined;

const work = mkdtempSync(join(tmpdir(), 'batchlint-fuzz-ci-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const arbitraries = inputKindArbitraries(loadSeeds(ROOT));

/** What a failing case shows: its failures and how to lint it by hand. */
async function failuresOf(c: FuzzCase, dir: string): Promise<string[]> {
  const { failures } = await runCase(c, dir);
  return failures.map((f) => `${f.class}: ${f.detail}${f.frame ? ` (at ${f.frame})` : ''}`);
}

describe('fuzzing every input kind (bounded)', () => {
  it.each(INPUT_KINDS)('%s: no crash, internal finding, hang, unescaped control character or library stderr', async (kind: InputKind) => {
    const dir = join(work, kind);
    await fc.assert(
      fc.asyncProperty(arbitraries[kind], async (c) => {
        expect(await failuresOf(c, dir), `${c.kind} case from ${c.from}, linted as ${JSON.stringify(c.fileName)}:\n${c.text.slice(0, 2000)}`).toEqual([]);
      }),
      // No shrinking here (it would run hundreds more lints): the message has the seed, and
      // `npm run fuzz -- --kind <kind>` shrinks and saves each distinct failure.
      { numRuns: RUNS_PER_KIND, endOnFailure: true, ...(SEED !== undefined ? { seed: SEED } : {}) },
    );
  }, 300_000);
});

const REPRODUCERS = join(ROOT, 'test', 'fuzz', 'reproducers');
const reproducers = readdirSync(REPRODUCERS)
  .filter((f) => f.endsWith('.meta.json'))
  .map((f) => {
    const meta = JSON.parse(readFileSync(join(REPRODUCERS, f), 'utf8')) as { lintAs: string; kind: InputKind; signature: string };
    return { name: f.replace(/\.meta\.json$/, ''), meta, text: readFileSync(join(REPRODUCERS, f.replace(/\.meta\.json$/, '')), 'utf8') };
  });

describe('reproducers of failures the fuzzer found (regression inputs)', () => {
  it('there are reproducers to replay', () => {
    expect(reproducers.length).toBeGreaterThan(0);
  });
  it.each(reproducers)('$name', async ({ meta, text }) => {
    expect(await failuresOf({ kind: meta.kind, from: 'reproducer', fileName: meta.lintAs, text }, join(work, 'reproducers'))).toEqual([]);
  });
});
