import { isMap, isPair, isScalar, isSeq, Pair, parseAllDocuments, Scalar, YAMLMap, type CollectionTag, type Document, type Node, type ScalarTag, type YAMLSeq } from 'yaml';
import { LineIndex } from './line-index.js';
import { limits } from './limits.js';
import type { ParseProblem, ParsedFile } from './parsed-file.js';
import { findDirectiveComments } from './suppression-comments.js';
import type { JsonPath, SourceDocument, SourceRange } from './source-document.js';

/**
 * One document of a YAML stream. The syntax tree (which has the offsets of every node) is not kept:
 * holding every file's tree made garbage collection a sixth of a large run. It is parsed again, once
 * per file, only when a finding asks for a position.
 */
class YamlDocument implements SourceDocument {
  readonly format = 'yaml' as const;

  constructor(
    readonly file: string,
    private readonly index: number,
    private readonly stream: () => Document.Parsed[],
    private readonly lines: () => LineIndex,
  ) {}

  locate(path: JsonPath, options: { key?: boolean } = {}): SourceRange {
    const doc = this.stream()[this.index];
    if (!doc) return this.lines().range(0, 0);
    let node: unknown = doc.contents;
    let keyNode: unknown;
    for (const segment of path) {
      const next = childOf(node, segment);
      if (!next) {
        keyNode = undefined;
        break;
      }
      node = next.value;
      keyNode = next.key;
    }
    const target = (options.key && hasRange(keyNode) ? keyNode : node) as Node | null | undefined;
    const range = target?.range ?? doc.range;
    return this.lines().range(range[0], range[1]);
  }
}

function hasRange(node: unknown): node is Node {
  return typeof node === 'object' && node !== null && Array.isArray((node as Node).range);
}

function childOf(node: unknown, segment: string | number): { key?: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    for (let i = node.items.length - 1; i >= 0; i--) {
      const pair = node.items[i]!;
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (String(key) === String(segment)) {
        // A key with no value (`image:`) has no value node: point at the key.
        return { key: pair.key, value: pair.value ?? pair.key };
      }
    }
    return undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { value: isPair(item) ? item.value : item };
  }
  return undefined;
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

const PARSE_OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true, customTags: CFN_TAGS };

export function parseYamlFile(file: string, text: string): ParsedFile {
  let index: LineIndex | undefined;
  const lines = (): LineIndex => (index ??= new LineIndex(text));
  let reparsed: Document.Parsed[] | undefined;
  const stream = (): Document.Parsed[] => (reparsed ??= parseAllDocuments(text, PARSE_OPTIONS) as Document.Parsed[]);
  const problems: ParseProblem[] = [];
  const documents: ParsedFile['documents'] = [];
  let parsedStream: Document.Parsed[];
  try {
    parsedStream = parseAllDocuments(text, PARSE_OPTIONS) as Document.Parsed[];
  } catch (error) {
    // The parser recurses on nesting; a stack overflow here is a hostile or broken file, not a crash.
    problems.push({ message: `Invalid YAML: ${error instanceof RangeError ? `nested too deeply (limit ${limits.maxNestingDepth})` : String(error)}`, range: lines().range(0, 0) });
    return { file, format: 'yaml', documents, problems };
  }
  if (!Array.isArray(parsedStream)) parsedStream = [];
  parsedStream.forEach((doc, docIndex) => {
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        problems.push({ message: `Invalid YAML: ${yamlMessage(error.code, error.message)}`, range: lines().range(error.pos[0], error.pos[1]) });
      }
      return;
    }
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
    documents.push({ value, document: new YamlDocument(file, docIndex, stream, lines) });
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
