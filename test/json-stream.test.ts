// Large JSON files are streamed (src/source/json-stream.ts): the same values, findings and
// positions as the whole-file path, and a broken large file is still a finding with its position.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonFile } from '../dist/src/source/json-document.js';
import { JsonStreamParser, KEEP_EVERYTHING } from '../dist/src/source/json-stream.js';
import { planSelection } from '../dist/src/loaders/terraform/plan-selection.js';
import type { JsonPath } from '../dist/src/source/source-document.js';
import { runCli } from './helpers/cli.js';

const GENERATOR = join(__dirname, '..', 'scripts', 'bench', 'generate-large-inputs.mjs');
const STREAM_ALL = { BATCHLINT_STREAM_JSON_BYTES: '1' };

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'batchlint-stream-'));
}

/** Streams `text` in pieces of `size` bytes; units are read again from the same bytes. */
function streamText(text: string, size: number, selection = KEEP_EVERYTHING) {
  const bytes = Buffer.from(text);
  const parser = new JsonStreamParser('x.json', selection, (start: number, end: number) => bytes.subarray(start, end).toString('utf8'));
  for (let i = 0; i < bytes.length; i += size) if (!parser.push(bytes.subarray(i, i + size))) break;
  return parser.end();
}

/** Every path to a value of `value`, with the paths one level past each (missing ones). */
function pathsOf(value: unknown, path: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  out.push(path);
  if (Array.isArray(value)) {
    value.forEach((v, i) => pathsOf(v, [...path, i], out));
    out.push([...path, value.length]);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
    out.push([...path, 'missing']);
  }
  return out;
}

describe('the streaming JSON reader', () => {
  it('gives JSON.parse values and the whole-file path positions, whatever the chunking', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), fc.integer({ min: 1, max: 7 }), fc.boolean(), (json, size, pretty) => {
        const text = pretty ? JSON.stringify(JSON.parse(json), null, 2).replace(/\n/g, size % 2 ? '\r\n' : '\n') : json;
        const whole = parseJsonFile('x.json', text);
        const streamed = streamText(text, size);
        expect(streamed.problems).toEqual(whole.problems);
        expect(streamed.documents.map((d) => d.value)).toEqual(whole.documents.map((d) => d.value));
        const value = whole.documents[0]?.value;
        for (const path of pathsOf(value)) {
          for (const key of [false, true]) expect(streamed.documents[0]!.document.locate(path, { key })).toEqual(whole.documents[0]!.document.locate(path, { key }));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads escapes, non-ASCII text cut between chunks, __proto__ and duplicate keys as JSON.parse does', () => {
    const text = '{\n  "a\\u0041": "caf\u00e9 \ud83d\ude00 \\n \\"q\\"",\n  "__proto__": {"x": 1},\n  "list": [{"k": 1, "k": 2}, -0.5e-3, true, null],\n  "list": []\n}\n';
    for (const size of [1, 2, 3, 5]) {
      const whole = parseJsonFile('x.json', text);
      const streamed = streamText(text, size);
      expect(streamed.documents[0]!.value).toEqual(JSON.parse(text));
      expect(Object.getPrototypeOf(streamed.documents[0]!.value)).toBe(Object.prototype);
      expect(streamed.problems).toEqual(whole.problems);
      expect(streamed.problems.map((p) => p.message)).toEqual(['Duplicate key "k": JSON parsers keep only the last one', 'Duplicate key "list": JSON parsers keep only the last one']);
      expect(streamed.documents[0]!.document.locate(['__proto__', 'x'])).toEqual(whole.documents[0]!.document.locate(['__proto__', 'x']));
    }
  });

  it.each([
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3, /comma expected/],
    ['a bare word', '{"a": [1, 2, nope]}', 1, 14, /unexpected character/],
    ['a trailing comma', '[1, 2,]', 1, 7, /value expected/],
    ['a leading zero', '{"a": 012}', 1, 7, /invalid number/],
    ['a bad escape', '{"a": "x\\q"}', 1, 9, /invalid escape character/],
    ['a raw newline in a string', '{"a": "x\ny"}', 1, 9, /invalid character in string/],
    ['a cut-off file', '{"a": [1, 2', 1, 12, /closing bracket expected/],
    ['text after the document', '{"a": 1} {"b": 2}', 1, 10, /end of file expected/],
  ])('reports %s with its line and column', (_name, text, line, column, message) => {
    for (const size of [1, 4, 1000]) {
      const streamed = streamText(text, size);
      expect(streamed.documents).toEqual([]);
      expect(streamed.problems).toHaveLength(1);
      expect(streamed.problems[0]!.message).toMatch(message);
      expect(streamed.problems[0]!.range).toMatchObject({ line, column });
      expect(streamed.problems[0]!.syntax).toBe(true);
    }
  });

  it('refuses binary content, bad UTF-8 and nesting past the limit as the whole-file path does', () => {
    expect(streamText('{"a": "\u0000"}', 3).problems.map((p) => p.message)).toEqual(['Binary content (NUL bytes); not a JSON or YAML file']);
    const bad = new JsonStreamParser('x.json');
    bad.push(Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22]));
    expect(bad.end().problems.map((p) => p.message)).toEqual(['Invalid UTF-8; JSON and YAML files must be UTF-8 encoded']);
    const deep = `${'['.repeat(300)}${']'.repeat(300)}`;
    expect(streamText(deep, 7).problems).toEqual(parseJsonFile('x.json', deep).problems);
    expect(streamText('  \n ', 2)).toMatchObject({ documents: [], problems: [] });
  });

  it('builds only the aws_batch_* parts of a plan and keeps their positions', () => {
    const plan = {
      format_version: '1.2',
      prior_state: { values: { root_module: { resources: [{ type: 'aws_batch_job_queue', values: { name: 'old' } }] } } },
      planned_values: {
        root_module: {
          resources: [
            { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', values: { bucket: 'b' } },
            { values: { name: 'q' }, address: 'aws_batch_job_queue.q', mode: 'managed', type: 'aws_batch_job_queue' },
          ],
          child_modules: [{ address: 'module.m', resources: [{ address: 'module.m.aws_instance.i', type: 'aws_instance', values: { ami: 'x' } }] }],
        },
      },
      resource_changes: [{ address: 'aws_s3_bucket.b', type: 'aws_s3_bucket', change: { after: {} } }, { address: 'aws_batch_job_queue.q', type: 'aws_batch_job_queue', change: { after_unknown: { arn: true } } }],
    };
    const text = JSON.stringify(plan, null, 1);
    const streamed = streamText(text, 16, planSelection);
    const whole = parseJsonFile('x.json', text);
    expect(streamed.documents[0]!.value).toEqual({
      format_version: '1.2',
      planned_values: { root_module: { resources: [null, plan.planned_values.root_module.resources[1]], child_modules: [{ address: 'module.m', resources: [null] }] } },
      resource_changes: [null, plan.resource_changes[1]],
    });
    const at = (path: JsonPath) => [streamed.documents[0]!.document.locate(path), whole.documents[0]!.document.locate(path)];
    for (const path of [['planned_values', 'root_module', 'resources', 1, 'values', 'name'], ['resource_changes', 1, 'change', 'after_unknown', 'arn'], ['planned_values', 'root_module', 'resources', 0]]) {
      const [a, b] = at(path);
      expect(a).toEqual(b);
    }
  });
});

describe('a large file through the CLI', () => {
  const d = tempDir();
  const plan = join(d, 'plan.json');
  const describeOutput = join(d, 'describe.json');
  execFileSync(process.execPath, [GENERATOR, '--plan', plan, '--plan-mb', '3', '--per-module', '400', '--batch-every', '20']);
  execFileSync(process.execPath, [GENERATOR, '--describe', describeOutput, '--revisions', '500']);

  it.each([['a plan', 'plan.json'], ['a describe output', 'describe.json']])('reports the same findings streamed as whole (%s)', (_name, file) => {
    const whole = runCli(['lint', '-f', 'json', file], { cwd: d });
    const streamed = runCli(['lint', '-f', 'json', file], { cwd: d, env: STREAM_ALL });
    const findings = JSON.parse(whole.stdout).findings as { ruleId: string; location: { line: number } }[];
    expect(findings.length).toBeGreaterThan(50);
    expect(findings.every((f) => f.location.line > 0)).toBe(true);
    expect(streamed.stdout).toBe(whole.stdout);
    expect(streamed.code).toBe(whole.code);
  });

  it('reports a broken large file as a parse error with its line and column', () => {
    const text = readFileSync(describeOutput, 'utf8');
    const lines = text.split('\n');
    const target = lines.findIndex((l, i) => i > lines.length / 2 && l.trim() === '"revision": 2,');
    lines[target] = lines[target]!.replace(',', '');
    writeFileSync(join(d, 'broken.json'), lines.join('\n'));
    const column = lines[target + 1]!.indexOf('"') + 1;
    for (const env of [{}, STREAM_ALL]) {
      const r = runCli(['lint', '-f', 'json', 'broken.json'], { cwd: d, env });
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).findings).toEqual([
        expect.objectContaining({ ruleId: 'parse-error', message: 'Invalid JSON: comma expected', location: expect.objectContaining({ file: 'broken.json', line: target + 2, column }) }),
      ]);
    }
  });
});
