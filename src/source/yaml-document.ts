import { isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import { LineIndex } from './line-index.js';
import { limits } from './limits.js';
import type { ParseProblem, ParsedFile } from './parsed-file.js';
import type { JsonPath, SourceDocument, SourceRange } from './source-document.js';

/** One document of a YAML stream; keeps the syntax tree, which carries the offsets of every node. */
class YamlDocument implements SourceDocument {
  readonly format = 'yaml' as const;

  constructor(readonly file: string, private readonly doc: Document.Parsed, private readonly lines: () => LineIndex) {}

  locate(path: JsonPath, options: { key?: boolean } = {}): SourceRange {
    let node: unknown = this.doc.contents;
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
    const range = target?.range ?? this.doc.range;
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

export function parseYamlFile(file: string, text: string): ParsedFile {
  let index: LineIndex | undefined;
  const lines = (): LineIndex => (index ??= new LineIndex(text));
  const problems: ParseProblem[] = [];
  const documents: ParsedFile['documents'] = [];
  let stream: Document.Parsed[];
  try {
    stream = parseAllDocuments(text, { uniqueKeys: true, prettyErrors: false, strict: true }) as Document.Parsed[];
  } catch (error) {
    // The parser recurses on nesting; a stack overflow here is a hostile or broken file, not a crash.
    problems.push({ message: `Invalid YAML: ${error instanceof RangeError ? `nested too deeply (limit ${limits.maxNestingDepth})` : String(error)}`, range: lines().range(0, 0) });
    return { file, format: 'yaml', documents, problems };
  }
  if (!Array.isArray(stream)) stream = [];
  for (const doc of stream) {
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        problems.push({ message: `Invalid YAML: ${yamlMessage(error.code, error.message)}`, range: lines().range(error.pos[0], error.pos[1]) });
      }
      continue;
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
      continue;
    }
    if (depthOf(value) > limits.maxNestingDepth) {
      problems.push({ message: `YAML nesting is deeper than the limit of ${limits.maxNestingDepth}; the document was not linted`, range: lines().range(doc.range[0], doc.range[0]) });
      continue;
    }
    documents.push({ value, document: new YamlDocument(file, doc, lines) });
  }
  return { file, format: 'yaml', documents, problems };
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
