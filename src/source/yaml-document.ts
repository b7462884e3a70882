import { isMap, isPair, isScalar, isSeq, Pair, parseAllDocuments, Scalar, YAMLMap, type CollectionTag, type Document, type Node, type ScalarTag, type YAMLSeq } from 'yaml';
import { LineIndex } from './line-index.js';
import { limits } from './limits.js';
import type { ParseProblem, ParsedFile } from './parsed-file.js';
import { findDirectiveComments } from './suppression-comments.js';
import type { JsonPath, SourceDocument, SourceRange } from './source-document.js';
import { flattenPositions, locateInTree, type FlatPositions, type PositionNode } from './position-tree.js';
import { readYamlSubset } from './yaml-subset.js';

/** The position tree of a composed YAML node (see position-tree.ts). */
function positionsOf(node: unknown, depth = 0): PositionNode | undefined {
  if (depth > limits.maxNestingDepth) return undefined;
  if (isMap(node)) {
    const n = node.items.length;
    const spans: number[] = new Array(4 * n);
    const keys: string[] = new Array(n);
    const children: (PositionNode | undefined)[] = new Array(n);
    node.items.forEach((pair, i) => {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      keys[i] = String(key);
      const keyRange = hasRange(pair.key) ? pair.key.range : undefined;
      // A key with no value (`image:`) has no value node: its value is located at the key.
      const value = pair.value ?? pair.key;
      const valueRange = hasRange(value) ? value.range : keyRange;
      spans[4 * i] = keyRange ? keyRange[0] : -1;
      spans[4 * i + 1] = keyRange ? keyRange[1] : -1;
      spans[4 * i + 2] = valueRange ? valueRange[0] : (keyRange?.[0] ?? -1);
      spans[4 * i + 3] = valueRange ? valueRange[1] : (keyRange?.[1] ?? -1);
      children[i] = positionsOf(value, depth + 1);
    });
    const range = (node as Node).range;
    return { start: range?.[0] ?? spans[2] ?? 0, end: range?.[1] ?? spans[3] ?? 0, keys, spans, children };
  }
  if (isSeq(node)) {
    const n = node.items.length;
    const spans: number[] = new Array(4 * n);
    const children: (PositionNode | undefined)[] = new Array(n);
    node.items.forEach((item, i) => {
      const value = isPair(item) ? item.value : item;
      const range = hasRange(value) ? value.range : undefined;
      spans[4 * i] = -1;
      spans[4 * i + 1] = -1;
      spans[4 * i + 2] = range ? range[0] : -1;
      spans[4 * i + 3] = range ? range[1] : -1;
      children[i] = positionsOf(value, depth + 1);
    });
    const range = (node as Node).range;
    return { start: range?.[0] ?? 0, end: range?.[1] ?? 0, keys: undefined, spans, children };
  }
  return undefined;
}

/** One document of a YAML stream, with the positions of its values. */
class YamlDocument implements SourceDocument {
  readonly format = 'yaml' as const;

  constructor(
    readonly file: string,
    private readonly root: FlatPositions | undefined,
    private readonly documentRange: [number, number],
    private readonly lines: () => LineIndex,
  ) {}

  locate(path: JsonPath, options: { key?: boolean } = {}): SourceRange {
    const [start, end] = locateInTree(this.root, path, options.key ?? false, this.documentRange);
    return this.lines().range(start, end);
  }
}

function hasRange(node: unknown): node is Node {
  return typeof node === 'object' && node !== null && Array.isArray((node as Node).range);
}

// CloudFormation's short-form intrinsics (`!Ref X`, `!GetAtt A.B`, `!Sub [...]`) are YAML tags. They
// parse into the long form (`{ Ref: X }`, `{ "Fn::GetAtt": [A, B] }`) so that one loader reads both:
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
// A tagged collection becomes a one-key map around the original node, so positions inside it stay
// exact; a tagged scalar keeps the scalar's range. Plain YAML never uses these tags.
const CFN_FUNCTIONS = ['And', 'Base64', 'Cidr', 'Equals', 'FindInMap', 'ForEach', 'GetAtt', 'GetAZs', 'If', 'ImportValue', 'Join', 'Length', 'Not', 'Or', 'Select', 'Split', 'Sub', 'ToJsonString', 'Transform'];

function wrapped(key: string, value: Node | unknown): YAMLMap {
  const map = new YAMLMap();
  map.items.push(new Pair(new Scalar(key), value));
  return map;
}

const CFN_TAGS: (ScalarTag | CollectionTag)[] = [
  { tag: '!Ref', identify: () => false, resolve: (value: string) => ({ Ref: value }) },
  { tag: '!Condition', identify: () => false, resolve: (value: string) => ({ Condition: value }) },
  ...CFN_FUNCTIONS.flatMap((name): (ScalarTag | CollectionTag)[] => [
    {
      tag: `!${name}`,
      identify: () => false,
      // `!GetAtt Resource.Attribute` is the scalar spelling of `[Resource, Attribute]`.
      resolve: (value: string) => ({ [`Fn::${name}`]: name === 'GetAtt' ? splitGetAtt(value) : value }),
    },
    { tag: `!${name}`, collection: 'seq', identify: () => false, resolve: (seq) => wrapped(`Fn::${name}`, seq as YAMLSeq) },
    { tag: `!${name}`, collection: 'map', identify: () => false, resolve: (map) => wrapped(`Fn::${name}`, map) },
  ]),
];

function splitGetAtt(value: string): string[] {
  const dot = value.indexOf('.');
  return dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
}

// uniqueKeys is off because the library compares each key with every earlier one of its map
// (80,000 keys took 74 s); duplicateKeyProblem does it with one Set per map. logLevel is silent
// because the library's warnings go to stderr quoting the input (a collection used as a key).
const PARSE_OPTIONS = { uniqueKeys: false, prettyErrors: false, strict: true, logLevel: 'silent', customTags: CFN_TAGS } as const;
// The CloudFormation tags slow every scalar down (each is tested against them); a document without
// a `!` cannot use a tag, and is parsed without them.
const PLAIN_PARSE_OPTIONS = { uniqueKeys: false, prettyErrors: false, strict: true, logLevel: 'silent' } as const;
const parseOptionsFor = (text: string) => (text.includes('!') ? PARSE_OPTIONS : PLAIN_PARSE_OPTIONS);

/**
 * `options.subset: false` parses with the `yaml` package only (the reference the subset reader is
 * tested against); by default the common shape of a file is read by yaml-subset.ts, and the
 * package reads whatever that leaves.
 */
export function parseYamlFile(file: string, text: string, options: { subset?: boolean } = {}): ParsedFile {
  let index: LineIndex | undefined;
  const lines = (): LineIndex => (index ??= new LineIndex(text));
  const problems: ParseProblem[] = [];
  const documents: ParsedFile['documents'] = [];
  let parsedStream: Document.Parsed[];
  // The subset reader gives up beyond a nesting far below the limit, so what it reads needs no depth check.
  const subset = options.subset === false ? undefined : readYamlSubset(text, text.includes('!'));
  if (subset) {
    for (const d of subset) documents.push({ value: d.value, document: new YamlDocument(file, d.positions, d.range, lines) });
    return { file, format: 'yaml', documents, problems, directives: findDirectiveComments(text, lines) };
  }
  const depth = flowDepthOf(text);
  if (depth > limits.maxNestingDepth) {
    // Checked before parsing: the parser's memory grows with nesting, and 9 MB of `[` ran V8 out of memory.
    problems.push({ message: `YAML nesting is ${depth} levels deep, more than the limit of ${limits.maxNestingDepth}; the file was not linted`, range: lines().range(0, 0) });
    return { file, format: 'yaml', documents, problems };
  }
  try {
    parsedStream = parseAllDocuments(text, parseOptionsFor(text)) as Document.Parsed[];
  } catch (error) {
    // The parser recurses on nesting; a stack overflow here is a hostile or broken file, not a crash.
    problems.push({ message: `Invalid YAML: ${error instanceof RangeError ? `nested too deeply (limit ${limits.maxNestingDepth})` : String(error)}`, range: lines().range(0, 0) });
    return { file, format: 'yaml', documents, problems };
  }
  if (!Array.isArray(parsedStream)) parsedStream = [];
  const mayAlias = text.includes('*');
  parsedStream.forEach((doc) => {
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        problems.push({ message: `Invalid YAML: ${yamlMessage(error.code, error.message)}`, range: lines().range(error.pos[0], error.pos[1]), syntax: !/call stack/i.test(error.message), code: error.code });
      }
      return;
    }
    // A duplicate key is reported, and the document is still read with the last value winning: that
    // is what JSON.parse and CloudFormation do (it accepts such a template and deploys the last value),
    // and one repeated key must not hide every other problem of the file.
    const duplicate = duplicateKeyOffsets(doc.contents, mayAlias);
    if (duplicate) problems.push({ message: `Invalid YAML: ${yamlMessage('DUPLICATE_KEY', '')}`, range: lines().range(duplicate[0], duplicate[1]), syntax: true, code: 'DUPLICATE_KEY' });
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    } catch (error) {
      const aliasBomb = error instanceof ReferenceError || /alias/i.test(String(error));
      problems.push({
        message: aliasBomb
          ? `Invalid YAML: aliases expand beyond the limit of ${limits.maxAliasCount} (alias bomb?)`
          : `Invalid YAML: ${error instanceof RangeError ? `nested too deeply (limit ${limits.maxNestingDepth})` : String(error)}`,
        range: lines().range(doc.range[0], doc.range[0]),
      });
      return;
    }
    if (depthOf(value) > limits.maxNestingDepth) {
      problems.push({ message: `YAML nesting is deeper than the limit of ${limits.maxNestingDepth}; the document was not linted`, range: lines().range(doc.range[0], doc.range[0]) });
      return;
    }
    const range = doc.contents?.range ?? doc.range;
    documents.push({ value, document: new YamlDocument(file, flattenPositions(positionsOf(doc.contents)), [range[0], range[1]], lines) });
  });
  return { file, format: 'yaml', documents, problems, directives: findDirectiveComments(text, lines) };
}

function yamlMessage(code: string, message: string): string {
  if (code === 'TAB_AS_INDENT') return 'tabs are not allowed in YAML indentation; use spaces';
  if (code === 'DUPLICATE_KEY') return 'duplicate key: YAML map keys must be unique';
  if (/call stack/i.test(message)) return `nested too deeply (limit ${limits.maxNestingDepth})`;
  return message.replace(/ at line \d+, column \d+.*$/s, '').trim();
}

function depthOf(root: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > max) max = depth;
    if (max > limits.maxNestingDepth) return max;
    for (const item of Array.isArray(value) ? value : Object.values(value)) {
      if (item !== null && typeof item === 'object') stack.push([item, depth + 1]);
    }
  }
  return max;
}

/**
 * The offsets of the first key that repeats an earlier key of its map, in one pass with a Set per
 * map. Keys are equal as the library's own check has them: the same node, or scalars of the same
 * value (so `1` and `"1"` differ). Iterative: the nesting is the input's.
 */
function duplicateKeyOffsets(root: unknown, mayAlias: boolean): [number, number] | undefined {
  const stack: unknown[] = [root];
  // Only an alias makes a node reachable twice; a text without `*` has none, and no set of every node is needed.
  const visited = mayAlias ? new Set<unknown>() : undefined;
  while (stack.length > 0) {
    const node = stack.pop();
    if (visited) {
      if (visited.has(node)) continue;
      visited.add(node);
    }
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const identity = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(identity)) {
          const range = hasRange(pair.key) ? pair.key.range : undefined;
          return range ? [range[0], range[1]] : [0, 0];
        }
        seen.add(identity);
        if (pair.value !== null && typeof pair.value === 'object') stack.push(pair.value);
        if (pair.key !== null && typeof pair.key === 'object' && !isScalar(pair.key)) stack.push(pair.key);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) if (item !== null && typeof item === 'object') stack.push(isPair(item) ? item.value : item);
    }
  }
  return undefined;
}

/**
 * The deepest nesting of flow collections (`[`, `{`) and compact block sequences (`- - - x`) in
 * the text, in one pass, without parsing. Quoted scalars and comments are skipped as YAML defines
 * them: a quote or `#` opens one only at the start of a token (the `'` of `don't` does not).
 */
function flowDepthOf(text: string): number {
  let depth = 0;
  let max = 0;
  let lineStart = true;
  let dashes = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lineStart = true;
      dashes = 0;
      continue;
    }
    const previous = i === 0 ? 10 : text.charCodeAt(i - 1);
    const tokenStart = previous === 32 || previous === 9 || previous === 10 || previous === 13 || previous === 91 || previous === 123 || previous === 44 || previous === 58;
    if (lineStart) {
      if (c === 32 || c === 9) continue;
      // `- ` at the start of a line, repeated, opens one sequence per dash.
      if (c === 45 && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) {
        dashes++;
        if (dashes + depth > max) max = dashes + depth;
        i++;
        continue;
      }
      lineStart = false;
    }
    if (c === 35 /* # */ && (tokenStart || i === 0)) {
      while (i + 1 < n && text.charCodeAt(i + 1) !== 10 && text.charCodeAt(i + 1) !== 13) i++;
    } else if ((c === 34 || c === 39) && tokenStart) {
      // A quoted scalar: `\` escapes in double quotes, `''` in single quotes.
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (c === 34 && d === 92) i++;
        else if (d === c) {
          if (c === 39 && text.charCodeAt(i + 1) === 39) i++;
          else break;
        }
      }
    } else if (c === 91 || c === 123) {
      if (++depth + dashes > max) max = depth + dashes;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return max;
}
