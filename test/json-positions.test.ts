// Finding positions in a JSON file come from a one-pass scanner of strict JSON (src/source/json-document.ts),
// which must give every value and key the span jsonc-parser's events give (the reference it replaced).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { visit } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { jsonPositions, parseJsonFile } from '../dist/src/source/json-document.js';
import { flattenPositions, locateInTree, PositionTreeBuilder, type FlatPositions } from '../dist/src/source/position-tree.js';
import type { JsonPath } from '../dist/src/source/source-document.js';
import { ROOT } from './helpers/cli.js';

function reference(text: string): FlatPositions | undefined {
  const builder = new PositionTreeBuilder();
  visit(text, {
    onObjectBegin: (offset) => builder.open(offset, true),
    onObjectEnd: (offset, length) => builder.close(offset + length),
    onArrayBegin: (offset) => builder.open(offset, false),
    onArrayEnd: (offset, length) => builder.close(offset + length),
    onObjectProperty: (name, offset, length) => builder.key(name, offset, offset + length),
    onLiteralValue: (_value, offset, length) => builder.scalar(offset, offset + length),
  });
  return flattenPositions(builder.root);
}

/** Every path of the value, and one missing key below each (located on its parent). */
function pathsOf(value: unknown, path: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  out.push(path, [...path, 'missing']);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  return out;
}

/** The spans of every path (value and key) in both trees. */
function spans(text: string): { scanned: string[]; expected: string[] } {
  const whole: [number, number] = [0, text.length];
  const scanned = jsonPositions(text);
  const expected = reference(text);
  const paths = pathsOf(JSON.parse(text));
  const at = (tree: FlatPositions | undefined): string[] => paths.flatMap((p) => [false, true].map((key) => `${JSON.stringify(p)} ${key}: ${locateInTree(tree, p, key, whole).join('-')}`));
  return { scanned: at(scanned), expected: at(expected) };
}

describe('JSON positions', () => {
  it.each([
    '{"a": 1, "b": [true, false, null, -1.5e+3, "x\\"y"], "c": {}}',
    '  [ ]  ',
    '[[], {}, [{}], {"": ""}]',
    '{"a\\u0041": {"b\\n": [1]}, "a": 2, "a": 3}',
    '{\r\n\t"k" :\t"v" ,\r\n\t"n":\n{ "deep" : [ 1 ,2 ] }\n}',
    '"just a string"',
    '42',
  ])('match jsonc-parser on %j', (text) => {
    const { scanned, expected } = spans(text);
    expect(scanned).toEqual(expected);
  });

  it('match jsonc-parser on every JSON fixture', () => {
    const files = readdirSync(join(ROOT, 'fixtures'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(join(ROOT, 'fixtures', file), 'utf8');
      try {
        JSON.parse(text);
      } catch {
        continue; // broken on purpose: never located through a tree
      }
      const { scanned, expected } = spans(text);
      expect(scanned, file).toEqual(expected);
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('match jsonc-parser on generated JSON, however it is spaced', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const { scanned, expected } = spans(text);
        expect(scanned).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('duplicate keys of a JSON file', () => {
  const problems = (text: string): string[] => parseJsonFile('f.json', text).problems.map((p) => `${p.range.line}:${p.range.column} ${p.message}`);

  it('are found with their positions, escaped quotes and backslashes included', () => {
    expect(problems('{"a": 1,\n "a": 2}')).toEqual(['2:2 Duplicate key "a": JSON parsers keep only the last one']);
    expect(problems('{"a\\"": {"x": "\\\\", "x": 1}, "b": "\\"a\\": 1"}')).toEqual(['1:21 Duplicate key "x": JSON parsers keep only the last one']);
    expect(problems('{"__proto__": 1, "b": [{"c": 1}, {"c": 2}]}')).toEqual([]);
  });
});
