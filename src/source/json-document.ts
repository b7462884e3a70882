import { parseTree, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import { flattenPositions, locateInTree, PositionTreeBuilder, type FlatPositions } from './position-tree.js';
import { LineIndex } from './line-index.js';
import type { JsonPath, SourceDocument, SourceRange } from './source-document.js';
import type { ParseProblem, ParsedFile } from './parsed-file.js';
import { limits } from './limits.js';
import { describeJsonError } from './json-errors.js';

/** A JSON file parsed with JSON.parse; positions are computed only when a finding needs one. */
class JsonDocument implements SourceDocument {
  readonly format = 'json' as const;
  private tree: FlatPositions | undefined;
  private built = false;
  private lines: LineIndex | undefined;

  constructor(readonly file: string, private readonly text: string) {}

  locate(path: JsonPath, options: { key?: boolean } = {}): SourceRange {
    if (!this.built) {
      this.tree = jsonPositions(this.text);
      this.built = true;
    }
    const [start, end] = locateInTree(this.tree, path, options.key ?? false, [0, this.text.length]);
    return this.rangeOf(start, end);
  }

  rangeOf(start: number, end: number): SourceRange {
    this.lines ??= new LineIndex(this.text);
    return this.lines.range(start, end);
  }
}

// Property names, one string each. A name the parser cut from the text can be a slice that keeps the
// whole text alive; a large streamed file re-reads each resource's text to locate its findings, and
// the names kept those texts (and so the old generation) growing. Bounded: names are few in practice.
const names = new Map<string, string>();
const MAX_NAMES = 10_000;
const MAX_NAME_LENGTH = 64;
function shared(name: string): string {
  const known = names.get(name);
  if (known !== undefined) return known;
  // A copy of its own, not the parser's slice of the text.
  const flat = (' ' + name).slice(1);
  if (names.size < MAX_NAMES && name.length <= MAX_NAME_LENGTH) names.set(flat, flat);
  return flat;
}

/**
 * The position tree of a JSON text: read by scanPositions when the text is strict JSON (what
 * JSON.parse accepted), else from jsonc-parser's events, which tolerate anything (a streamed file's
 * resource read again may have changed since).
 */
export function jsonPositions(text: string): FlatPositions | undefined {
  const scanned = scanPositions(text);
  if (scanned !== FAILED) return scanned;
  const builder = new PositionTreeBuilder();
  visit(
    text,
    {
      onObjectBegin: (offset) => builder.open(offset, true),
      onObjectEnd: (offset, length) => builder.close(offset + length),
      onArrayBegin: (offset) => builder.open(offset, false),
      onArrayEnd: (offset, length) => builder.close(offset + length),
      onObjectProperty: (name, offset, length) => builder.key(shared(name), offset, offset + length),
      onLiteralValue: (_value, offset, length) => builder.scalar(offset, offset + length),
    },
    { disallowComments: true },
  );
  return flattenPositions(builder.root);
}

const FAILED = Symbol('not strict JSON');

/** A collection being scanned: its entries (keyStart, keyEnd, valueStart, valueEnd, child record) and keys. */
interface OpenCollection {
  start: number;
  keys: string[] | undefined;
  entries: number[];
  keyStart: number;
  keyEnd: number;
}

/** The offset after the string that starts at `i` (a double quote), or -1 when it does not end. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 92 /* \ */) j++;
    else if (c === 34 /* " */) return j + 1;
  }
  return -1;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/**
 * The same tree as jsonc-parser's events give (the same spans; records in the order collections
 * close, root last), in one pass over the characters: finding positions are wanted for a few
 * hundred files of a run, and the event parser took more time than JSON.parse of every file.
 * FAILED at anything that is not strict JSON; undefined for a text that is one scalar.
 */
function scanPositions(text: string): FlatPositions | undefined | typeof FAILED {
  const ints: number[] = [];
  const keys: string[] = [];
  const stack: OpenCollection[] = [];
  const n = text.length;
  let i = 0;
  let root = -1;
  const skip = (): void => {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  };
  for (;;) {
    // A value starts here.
    skip();
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === 123 /* { */ || c === 91 /* [ */) {
      stack.push({ start: i, keys: c === 123 ? [] : undefined, entries: [], keyStart: -1, keyEnd: -1 });
      i++;
      skip();
      if (text.charCodeAt(i) !== (c === 123 ? 125 : 93)) {
        if (c === 123 && !readKey()) return FAILED;
        continue;
      }
    } else {
      const start = i;
      if (c === 34) i = stringEnd(text, i);
      else while (i < n && !isSpace(text.charCodeAt(i)) && !isDelimiter(text.charCodeAt(i))) i++;
      if (i <= start) return FAILED;
      if (!top) return undefined;
      top.entries.push(top.keyStart, top.keyEnd, start, i, -1);
      skip();
    }
    // After a value: a comma, or the end of collections.
    for (;;) {
      const open = stack[stack.length - 1];
      if (!open) return root >= 0 ? { ints: Int32Array.from(ints), keys, root } : FAILED;
      const d = text.charCodeAt(i);
      if (d === 44 /* , */) {
        i++;
        if (open.keys && !readKey()) return FAILED;
        break;
      }
      if (d !== (open.keys ? 125 : 93)) return FAILED;
      i++;
      stack.pop();
      const r = ints.length;
      ints.push(open.start, i, open.entries.length / 5, open.keys ? keys.length : -1);
      if (open.keys) for (const key of open.keys) keys.push(key);
      for (const x of open.entries) ints.push(x);
      const parent = stack[stack.length - 1];
      if (parent) parent.entries.push(parent.keyStart, parent.keyEnd, open.start, i, r);
      else root = r;
      skip();
    }
  }

  /** Reads `"key" :` into the innermost map. */
  function readKey(): boolean {
    skip();
    const open = stack[stack.length - 1]!;
    if (text.charCodeAt(i) !== 34) return false;
    const end = stringEnd(text, i);
    if (end < 0) return false;
    const raw = text.slice(i + 1, end - 1);
    let name = raw;
    if (raw.includes('\\')) {
      try {
        name = JSON.parse(text.slice(i, end)) as string;
      } catch {
        return false;
      }
    }
    open.keys!.push(shared(name));
    open.keyStart = i;
    open.keyEnd = end;
    i = end;
    skip();
    if (text.charCodeAt(i) !== 58 /* : */) return false;
    i++;
    return true;
  }
}

function isDelimiter(c: number): boolean {
  return c === 44 || c === 125 || c === 93 || c === 58;
}

/**
 * Counts the members of every object and the deepest nesting in one pass over the text. Comparing
 * the member count with the keys JSON.parse kept tells whether any key was duplicated, without the
 * cost of a position-tracking parse on the (common) files that have none.
 */
function scanJson(text: string): { members: number; depth: number } {
  let members = 0;
  let depth = 0;
  let maxDepth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i += 2;
        else if (d === 34) break;
        else i++;
      }
      let j = i + 1;
      while (j < n) {
        const w = text.charCodeAt(j);
        if (w === 32 || w === 10 || w === 13 || w === 9) j++;
        else break;
      }
      if (text.charCodeAt(j) === 58 /* : */) members++;
    } else if (c === 123 || c === 91) {
      if (++depth > maxDepth) maxDepth = depth;
    } else if (c === 125 || c === 93) depth--;
  }
  return { members, depth: maxDepth };
}

function countParsedMembers(root: unknown): number {
  let count = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') stack.push(item);
    } else {
      for (const key in value) {
        if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
        count++;
        const item = (value as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') stack.push(item);
      }
    }
  }
  return count;
}

function duplicateKeys(text: string): { key: string; offset: number; length: number }[] {
  const found: { key: string; offset: number; length: number }[] = [];
  const stack: Set<string>[] = [];
  visit(text, {
    onObjectBegin: () => void stack.push(new Set()),
    onObjectEnd: () => void stack.pop(),
    onObjectProperty: (key, offset, length) => {
      const seen = stack[stack.length - 1];
      if (!seen) return;
      if (seen.has(key)) found.push({ key, offset, length });
      else seen.add(key);
    },
  });
  return found;
}

export function parseJsonFile(file: string, text: string): ParsedFile {
  const document = new JsonDocument(file, text);
  const problems: ParseProblem[] = [];
  const scan = scanJson(text);
  if (scan.depth > limits.maxNestingDepth) {
    problems.push({ message: `JSON nesting is ${scan.depth} levels deep, more than the limit of ${limits.maxNestingDepth}; the file was not linted`, range: document.rangeOf(0, 0) });
    return { file, format: 'json', documents: [], problems };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const at = first ? first.offset : 0;
    const what = first ? describeJsonError(printParseErrorCode(first.error)) : 'invalid JSON';
    problems.push({ message: `Invalid JSON: ${what}`, range: document.rangeOf(at, at + (first?.length ?? 0)), syntax: true });
    return { file, format: 'json', documents: [], problems };
  }
  if (scan.members !== countParsedMembers(value)) {
    for (const dup of duplicateKeys(text)) {
      problems.push({ message: `Duplicate key "${dup.key}": JSON parsers keep only the last one`, range: document.rangeOf(dup.offset, dup.offset + dup.length), syntax: true });
    }
  }
  return { file, format: 'json', documents: [{ value, document }], problems };
}
