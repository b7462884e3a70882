// Property-based hardening: whatever the bytes or values, loaders and engine never throw, no rule
// crashes (an `internal` finding would show it), every output format stays valid, and the run ends.
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Ajv from 'ajv';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSourceText } from '../dist/src/source/read-source-file.js';
import { lintPaths } from '../dist/src/lint-files.js';
import { formatJson } from '../dist/src/reporters/json-reporter.js';
import { formatText } from '../dist/src/reporters/text-reporter.js';
import { summarize } from '../dist/src/engine/summary.js';
import { RULES } from '../dist/rules/index.js';
import { ROOT } from './helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'batchlint-prop-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const validateReport = new Ajv.default({ allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8')));

const SEEDS = [
  'fixtures/missing-timeout/good/job-definition.json',
  'fixtures/samples/api/create-compute-environment.json',
  'fixtures/samples/api/describe-job-queues.json',
  'fixtures/samples/api/create-scheduling-policy.json',
  'fixtures/privileged-container/bad/fargate.json',
].map((f) => JSON.parse(readFileSync(join(ROOT, f), 'utf8')) as unknown);

/** Every path to a value inside a JSON value. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

function replaceAt(root: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = replacement;
  return copy;
}

let counter = 0;
async function lintText(name: string, text: string | Uint8Array) {
  const dir = join(work, String(counter++));
  const { mkdirSync } = await import('node:fs');
  mkdirSync(dir);
  writeFileSync(join(dir, name), text);
  const result = await lintPaths([name], { cwd: dir });
  const input = { version: 'test', findings: result.findings, summary: summarize(result.findings, result.files, result.resources), rules: RULES };
  const json = JSON.parse(formatJson(input));
  expect(validateReport(json), JSON.stringify(validateReport.errors)).toBe(true);
  expect(formatText(input, { color: false }).length).toBeGreaterThan(0);
  rmSync(dir, { recursive: true, force: true });
  return result;
}

const internal = (findings: { category: string; message: string }[]): string[] => findings.filter((f) => f.category === 'internal').map((f) => f.message);

describe('property-based hardening', () => {
  it('parsing arbitrary bytes never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), fc.constantFrom('json', 'yaml'), (bytes, format) => {
        const parsed = parseSourceText(bytes, 'x', format as 'json' | 'yaml');
        expect(Array.isArray(parsed.documents) && Array.isArray(parsed.problems)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('parsing arbitrary strings (JSON-ish and YAML-ish) never throws', () => {
    const jsonish = fc.stringMatching(/^[{}[\]":,\sa-z0-9\\-]{0,80}$/);
    const yamlish = fc.stringMatching(/^[-:#&*!|>'"{}[\],\sa-z0-9\n\t]{0,120}$/);
    fc.assert(
      fc.property(fc.oneof(jsonish, yamlish), fc.constantFrom('json', 'yaml'), (text, format) => {
        parseSourceText(new TextEncoder().encode(text), 'x', format as 'json' | 'yaml');
      }),
      { numRuns: 1000 },
    );
  });

  it('any JSON value in place of any field of a real configuration: no crash, no rule crash, valid reports', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: SEEDS.length - 1 }).chain((i) => fc.tuple(fc.constant(SEEDS[i]), fc.constantFrom(...pathsOf(SEEDS[i])))),
        fc.jsonValue({ maxDepth: 3 }),
        fc.boolean(),
        async ([seed, path], value, asYaml) => {
          const mutated = replaceAt(seed, path, value);
          const text = asYaml ? stringify(mutated) : JSON.stringify(mutated, null, 2);
          const result = await lintText(asYaml ? 'c.yaml' : 'c.json', text);
          expect(internal(result.findings)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('arbitrary YAML documents and bundles: no crash, no rule crash', async () => {
    const resourceLike = fc.record(
      {
        jobDefinitionName: fc.string(),
        computeEnvironmentName: fc.string(),
        jobQueueName: fc.string(),
        name: fc.string(),
        fairsharePolicy: fc.jsonValue({ maxDepth: 2 }),
        type: fc.oneof(fc.constantFrom('container', 'multinode', 'MANAGED'), fc.jsonValue({ maxDepth: 1 })),
        containerProperties: fc.jsonValue({ maxDepth: 3 }),
        computeResources: fc.jsonValue({ maxDepth: 3 }),
        nodeProperties: fc.jsonValue({ maxDepth: 4 }),
        eksProperties: fc.jsonValue({ maxDepth: 4 }),
        ecsProperties: fc.jsonValue({ maxDepth: 4 }),
        computeEnvironmentOrder: fc.jsonValue({ maxDepth: 2 }),
        retryStrategy: fc.jsonValue({ maxDepth: 3 }),
        timeout: fc.jsonValue({ maxDepth: 2 }),
        platformCapabilities: fc.jsonValue({ maxDepth: 1 }),
        tags: fc.jsonValue({ maxDepth: 1 }),
      },
      { requiredKeys: [] },
    );
    const document = fc.oneof(
      resourceLike,
      fc.record({ jobDefinitions: fc.array(resourceLike, { maxLength: 3 }), computeEnvironments: fc.array(resourceLike, { maxLength: 2 }), jobQueues: fc.array(resourceLike, { maxLength: 2 }) }, { requiredKeys: [] }),
      fc.jsonValue({ maxDepth: 4 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(document, { minLength: 1, maxLength: 3 }), async (docs) => {
        const text = docs.map((d) => stringify(d)).join('---\n');
        const result = await lintText('d.yaml', text);
        expect(internal(result.findings)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('mutated real fixtures (bytes deleted, inserted, swapped): no crash', async () => {
    const texts = ['fixtures/privileged-container/bad/everywhere.yaml', 'fixtures/samples/api/bundle-multi-document.yaml', 'fixtures/samples/api/describe-job-definitions.json'].map((f) => [f, readFileSync(join(ROOT, f), 'utf8')] as const);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...texts),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('delete', 'insert', 'swap'), fc.constantFrom(':', '-', ' ', '\n', '{', '}', '[', '"', '\t', '#', '&', '*', '!', 'x')), { minLength: 1, maxLength: 5 }),
        async ([file, text], edits) => {
          let t = text;
          for (const [pos, op, ch] of edits) {
            const at = pos % Math.max(1, t.length);
            t = op === 'delete' ? t.slice(0, at) + t.slice(at + 1) : op === 'insert' ? t.slice(0, at) + ch + t.slice(at) : t.slice(0, at) + ch + t.slice(at + 1);
          }
          const result = await lintText(file.endsWith('.json') ? 'm.json' : 'm.yaml', t);
          expect(internal(result.findings)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
