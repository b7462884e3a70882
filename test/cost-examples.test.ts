// The worked examples of docs/cost.md, run: each example's configuration (the ```json block after
// `<!-- example NAME OPTIONS -->`) is priced, and every `<!-- pin NAME PATH VALUE -->` (the hand
// computation from the public prices, shown in the doc beside the tool's output) must match the
// tool within 1%. A pin of `null` means no figure may be given.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { estimateCosts } from '../dist/src/cost/estimate-costs.js';
import { bundledPriceCatalog } from '../dist/src/pricing/price-catalog.js';
import { ROOT } from './helpers/cli.js';

const doc = readFileSync(join(ROOT, 'docs/cost.md'), 'utf8');
const examples = [...doc.matchAll(/<!-- example (\S+) (\{.*?\}) -->\s*```json\n([\s\S]*?)```/g)].map((m) => ({ name: m[1]!, options: JSON.parse(m[2]!) as Record<string, unknown>, config: m[3]! }));
const pins = [...doc.matchAll(/<!-- pin (\S+) (\S+) (\S+) -->/g)].map((m) => ({ name: m[1]!, path: m[2]!, value: m[3] === 'null' ? null : m[3] === 'true' ? true : Number(m[3]) }));

const dir = mkdtempSync(join(tmpdir(), 'batchlint-cost-examples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `estimates[0].costPerJobUsd`, `idleFloors[0].monthlyUsd`, `estimates[ce=od].costPerJobUsd`. */
function pick(report: unknown, path: string): unknown {
  let value: unknown = report;
  for (const part of path.split('.')) {
    const m = /^(\w+)\[(\d+|(\w+)=([\w.-]+))\]$/.exec(part);
    if (m) {
      const list = (value as Record<string, unknown[]>)[m[1]!]!;
      value = m[3] ? list.find((x) => String((x as Record<string, unknown>)[m[3] === 'ce' ? 'computeEnvironment' : m[3]!]) === m[4]) : list[Number(m[2])];
    } else value = (value as Record<string, unknown>)[part];
  }
  return value;
}

describe('docs/cost.md worked examples', () => {
  it('has an example for each point of the model, each with pins', () => {
    expect(examples.map((e) => e.name)).toEqual(expect.arrayContaining(['array-short', 'lone-short', 'idle-floor', 'bid-cap', 'fargate-spot', 'region', 'strategy-best-fit', 'strategy-progressive', 'strategy-capacity', 'strategy-price-capacity']));
    for (const e of examples) expect(pins.filter((p) => p.name === e.name).length, e.name).toBeGreaterThan(0);
    expect(pins.every((p) => examples.some((e) => e.name === p.name))).toBe(true);
  });

  it.each(examples.map((e) => e.name))('%s: the tool agrees with the hand computation within 1%%', async (name) => {
    const example = examples.find((e) => e.name === name)!;
    const sub = join(dir, name);
    mkdirSync(sub);
    writeFileSync(join(sub, 'batch.json'), example.config);
    const result = await lintPaths(['batch.json'], { cwd: sub, rules: [] });
    const report = estimateCosts(result.model, { catalog: bundledPriceCatalog(), ...example.options });
    for (const pin of pins.filter((p) => p.name === name)) {
      const actual = pick(report, pin.path);
      const hand = pin.value;
      if (typeof hand !== 'number') expect(actual, pin.path).toBe(hand);
      else {
        expect(typeof actual, pin.path).toBe('number');
        expect(Math.abs((actual as number) - hand) / hand, `${pin.path}: ${String(actual)} vs ${hand} by hand`).toBeLessThanOrEqual(0.01);
      }
    }
  });
});
