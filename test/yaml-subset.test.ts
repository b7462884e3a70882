// The subset YAML reader (src/source/yaml-subset.ts) against the `yaml` package: whatever text the
// reader accepts, the package must read without a problem into the same value, and every value and
// key must be located at the same line and column. Texts: every YAML file of the repository, lines
// of them changed in ways that break YAML, token soup and edited YAML the package wrote.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYamlFile } from '../dist/src/source/yaml-document.js';
import { readYamlSubset } from '../dist/src/source/yaml-subset.js';
import type { JsonPath } from '../dist/src/source/source-document.js';
import { ROOT } from './helpers/cli.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(e.name) ? [path] : [];
  });
}

const CORPUS = ['fixtures', 'examples', 'test'].flatMap(yamlFiles).sort();

function pathsOf(value: unknown, prefix: JsonPath, out: JsonPath[]): JsonPath[] {
  out.push(prefix);
  if (value !== null && typeof value === 'object' && out.length < 2000) {
    for (const key of Object.keys(value)) pathsOf((value as Record<string, unknown>)[key], [...prefix, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

/** Undefined when the reader leaves the text to the package or reads it as the package does; otherwise what differs. */
function difference(text: string): string | undefined {
  const subset = readYamlSubset(text, text.includes('!'));
  if (!subset) return undefined;
  const reference = parseYamlFile('f.yaml', text, { subset: false });
  if (reference.problems.length > 0) return `the package reports ${reference.problems.map((p) => p.message).join('; ')}`;
  if (reference.documents.length !== subset.length) return `${subset.length} documents, the package ${reference.documents.length}`;
  const read = parseYamlFile('f.yaml', text);
  for (let d = 0; d < subset.length; d++) {
    const expected = reference.documents[d]!;
    try {
      expect(subset[d]!.value).toStrictEqual(expected.value);
    } catch {
      return `document ${d}: ${JSON.stringify(subset[d]!.value)} where the package has ${JSON.stringify(expected.value)}`;
    }
    for (const path of [...pathsOf(expected.value, [], []), ['no such key'], [0, 'x']]) {
      for (const key of [false, true]) {
        const want = JSON.stringify(expected.document.locate(path, { key }));
        const got = JSON.stringify(read.documents[d]!.document.locate(path, { key }));
        if (got !== want) return `document ${d}: ${JSON.stringify(path)}${key ? ' (key)' : ''} at ${got}, the package ${want}`;
      }
    }
  }
  return undefined;
}

/** A deterministic pseudo-random sequence (no seed from the clock: a failure reproduces). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

// Lines changed per file: one in `npm test` (every edit of LINE_EDITS on it); YAML_SUBSET_LINES=20
// runs more of the same deterministic sequence.
const LINES_PER_FILE = Number(process.env.YAML_SUBSET_LINES ?? 1);

const LINE_EDITS: Record<string, (line: string) => string[]> = {
  deleted: () => [],
  doubled: (l) => [l, l],
  indented: (l) => [` ${l}`],
  indentedTwice: (l) => [`  ${l}`],
  dedented: (l) => [l.replace(/^ /, '')],
  trailingSpaces: (l) => [`${l}  `],
  comment: (l) => [`${l} # c`],
  commentLine: (l) => [l, '# x'],
  deepCommentLine: (l) => [l, '      # x'],
  blankBefore: (l) => ['', l],
  spacesBefore: (l) => ['   ', l],
  colon: (l) => [l.replace(/(\S) (\S)/, '$1: $2')],
  openQuote: (l) => [l.replace(/: (\S)/, ': "$1')],
  hash: (l) => [l.replace(/ (\S)/, ' #$1')],
  anchor: (l) => [l.replace(/: (\S)/, ': &a $1')],
  dash: (l) => [l.replace(/^( *)(\S)/, '$1- $2')],
  undash: (l) => [l.replace(/- /, '')],
  unclosed: (l) => [l.replace(/\]/, '')],
  emptied: (l) => [l.replace(/: .*$/, ':')],
  broken: (l) => [l.replace(/, /, ',\n      ')],
};

describe('the subset YAML reader reads what it accepts as the yaml package does', () => {
  it('on every YAML file of the repository', () => {
    const differences = CORPUS.map((f) => [f, difference(readFileSync(join(ROOT, f), 'utf8'))]).filter(([, d]) => d !== undefined);
    expect(differences).toEqual([]);
  });

  it('reads the CloudFormation templates and most files itself (or it would save nothing)', () => {
    for (const f of ['fixtures/iac/cloudformation/batch-stack.yaml', 'examples/cloudformation/batch-stack.yaml']) {
      const text = readFileSync(join(ROOT, f), 'utf8');
      expect(readYamlSubset(text, true), f).toBeDefined();
    }
    const read = CORPUS.filter((f) => {
      const text = readFileSync(join(ROOT, f), 'utf8');
      return readYamlSubset(text, text.includes('!')) !== undefined;
    });
    expect(read.length / CORPUS.length).toBeGreaterThan(0.9);
  });

  it('on lines of those files changed, valid or not', () => {
    const differences: string[] = [];
    let accepted = 0;
    for (const [n, f] of CORPUS.entries()) {
      const text = readFileSync(join(ROOT, f), 'utf8');
      const lines = text.split('\n');
      const next = random(n + 1);
      for (let pick = 0; pick < LINES_PER_FILE; pick++) {
        const i = Math.floor(next() * lines.length);
        for (const [name, edit] of Object.entries(LINE_EDITS)) {
          const changed = lines.flatMap((l, j) => (j === i ? edit(l) : [l])).join('\n');
          if (changed === text) continue;
          if (readYamlSubset(changed, changed.includes('!'))) accepted++;
          const d = difference(changed);
          if (d) differences.push(`${f} line ${i + 1} ${name}: ${d}`);
        }
      }
    }
    expect(differences).toEqual([]);
    expect(accepted).toBeGreaterThan(500 * LINES_PER_FILE);
  });

  it('on token soup', () => {
    const TOKENS = ['a', 'Key', ':', ': ', ' ', '  ', '\n', '\n  ', '\n    ', '- ', '-', '#', ' # c', '"', "'", '"x"', "'y'", '[', ']', '{', '}', ', ', ',', '!Ref ', '!Sub ', '!GetAtt ', '!Foo ', '|', '|-', '>', '>-', '---\n', '...', 'x: 1\n', '1', '-1', '0x1F', '1.5', 'true', 'null', '~', '\\', '\\n', '&a ', '*a', '? ', 'é', '1e3', '.inf', '0o7', '__proto__', 'a: ', '\n\n', '"a\\"b"', "'it''s'", ' :', 'x:y', '%', '@'];
    const next = random(7);
    const differences: string[] = [];
    for (let i = 0; i < 20000; i++) {
      let text = next() < 0.7 ? 'k: ' : '';
      for (let j = 2 + Math.floor(next() * 14); j > 0; j--) text += TOKENS[Math.floor(next() * TOKENS.length)];
      const d = difference(text);
      if (d) differences.push(`${JSON.stringify(text)}: ${d}`);
    }
    expect(differences).toEqual([]);
  });

  it('after a file large enough to grow and drop the shared position buffer', () => {
    // Checked against the value it was written from and the lines it is on, not against the package
    // (which takes seconds on 120,000 lines): what matters here is the buffer, and the small file after it.
    const count = 40000;
    const big = Array.from({ length: count }, (_, i) => `k${i}:\n  - a\n  - {b: ${i}}`).join('\n') + '\n';
    expect(readYamlSubset(big, false)?.[0]?.value).toStrictEqual(Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, ['a', { b: i }]])));
    const document = parseYamlFile('big.yaml', big).documents[0]!.document;
    for (const i of [0, 1, 20000, count - 1]) {
      expect(document.locate([`k${i}`], { key: true })).toMatchObject({ line: 3 * i + 1, column: 1 });
      expect(document.locate([`k${i}`, 1, 'b'])).toMatchObject({ line: 3 * i + 3, column: 9 });
    }
    expect(difference('a:\n  b: [1, 2]\nc: !Ref X\n')).toBeUndefined();
  });

  it('on YAML the package wrote, with characters changed', () => {
    const WORDS = ['a', 'Fn::Sub', 'x y', '1', 'true', '', 'a: b', '#x', "it's", 'é', '-1', 'null', '- a', '[a]', 'line\nbreak', ' lead', 'trail ', '0.5'];
    const EDITS = [' ', '\n', ':', '-', '#', '"', "'", '[', ']', '{', '}', ',', '!Ref ', '  ', ''];
    const next = random(11);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const valueOf = (depth: number): unknown => {
      const r = next();
      if (depth > 3 || r < 0.4) return next() < 0.3 ? Number(pick(WORDS)) || pick(WORDS) : pick(WORDS);
      if (r < 0.7) return Object.fromEntries(Array.from({ length: 1 + Math.floor(next() * 4) }, (_, i) => [`${pick(WORDS)}${i}`, valueOf(depth + 1)]));
      return Array.from({ length: 1 + Math.floor(next() * 3) }, () => valueOf(depth + 1));
    };
    const differences: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const root = Object.fromEntries(Array.from({ length: 1 + Math.floor(next() * 4) }, (_, j) => [`k${j}`, valueOf(0)]));
      let text = stringify(root, { flowCollectionPadding: next() < 0.5, indentSeq: next() < 0.5, lineWidth: next() < 0.3 ? 20 : 80, collectionStyle: next() < 0.2 ? 'flow' : 'any' });
      for (let e = Math.floor(next() * 3); e > 0; e--) {
        const at = Math.floor(next() * text.length);
        text = text.slice(0, at) + pick(EDITS) + text.slice(at + Math.floor(next() * 3));
      }
      const d = difference(text);
      if (d) differences.push(`${JSON.stringify(text)}: ${d}`);
    }
    expect(differences).toEqual([]);
  });
});
