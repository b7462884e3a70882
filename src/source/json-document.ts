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
  releaseLargeScratch();
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

/** The offset after the string that starts at `i` (a double quote), or -1 when it does not end. */
function stringEnd(text: string, i: number): number {
  for (let j = text.indexOf('"', i + 1); j >= 0; j = text.indexOf('"', j + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(j - 1 - backslashes) === 92 /* \\ */) backslashes++;
    if (backslashes % 2 === 0) return j + 1;
  }
  return -1;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

// Scratch space reused by every scan (one scan at a time; nothing here outlives it): the entries of
// the collections still open, stacked (keyStart, keyEnd, valueStart, valueEnd, child record each), and
// per open collection its start, where its entries and keys begin, and the span of its pending key.
let entries: Int32Array = new Int32Array(1 << 12);
let frames: Int32Array = new Int32Array(1 << 8);
let written: Int32Array = new Int32Array(1 << 12);
const FRAME = 5;
const KEPT_SCRATCH = 1 << 20;

/** A large file's scratch is let go: a long run must not hold it after the file. */
function releaseLargeScratch(): void {
  if (entries.length > KEPT_SCRATCH) entries = new Int32Array(1 << 12);
  if (frames.length > KEPT_SCRATCH) frames = new Int32Array(1 << 8);
  if (written.length > KEPT_SCRATCH) written = new Int32Array(1 << 12);
}

function grow(array: Int32Array, needed: number): Int32Array {
  if (needed <= array.length) return array;
  let size = array.length * 2;
  while (size < needed) size *= 2;
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

/**
 * The same tree as jsonc-parser's events give (the same spans; records in the order collections
 * close, root last), in one pass over the characters: finding positions are wanted for a few
 * hundred files of a run, and the event parser took more time than JSON.parse of every file.
 * FAILED at anything that is not strict JSON; undefined for a text that is one scalar.
 */
function scanPositions(text: string): FlatPositions | undefined | typeof FAILED {
  const keys: string[] = [];
  // Keys of the open collections, stacked like their entries; written to `keys` when one closes.
  const openKeys: string[] = [];
  const n = text.length;
  let i = 0;
  let depth = 0; // open collections
  let top = 0; // entries stacked
  let out = 0; // ints written
  let root = 0;
  const skip = (): void => {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  };
  const entry = (keyStart: number, keyEnd: number, start: number, end: number, child: number): void => {
    entries = grow(entries, top + 5);
    entries[top] = keyStart;
    entries[top + 1] = keyEnd;
    entries[top + 2] = start;
    entries[top + 3] = end;
    entries[top + 4] = child;
    top += 5;
  };
  /** Reads `"key" :` into the innermost map. */
  const readKey = (): boolean => {
    skip();
    if (text.charCodeAt(i) !== 34) return false;
    const end = stringEnd(text, i);
    if (end < 0) return false;
    let name = text.slice(i + 1, end - 1);
    if (name.includes('\\')) {
      try {
        name = JSON.parse(text.slice(i, end)) as string;
      } catch {
        return false;
      }
    }
    openKeys.push(shared(name));
    const f = (depth - 1) * FRAME;
    frames[f + 3] = i;
    frames[f + 4] = end;
    i = end;
    skip();
    if (text.charCodeAt(i) !== 58 /* : */) return false;
    i++;
    return true;
  };
  for (;;) {
    // A value starts here.
    skip();
    const c = text.charCodeAt(i);
    if (c === 123 /* { */ || c === 91 /* [ */) {
      frames = grow(frames, (depth + 1) * FRAME);
      const f = depth * FRAME;
      frames[f] = i;
      frames[f + 1] = top;
      frames[f + 2] = c === 123 ? openKeys.length : -1;
      frames[f + 3] = -1;
      frames[f + 4] = -1;
      depth++;
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
      if (depth === 0) return undefined;
      const f = (depth - 1) * FRAME;
      entry(frames[f + 3]!, frames[f + 4]!, start, i, -1);
      skip();
    }
    // After a value: a comma, or the end of collections.
    for (;;) {
      if (depth === 0) return { ints: written.slice(0, out), keys, root };
      const f = (depth - 1) * FRAME;
      const isMap = frames[f + 2]! >= 0;
      const d = text.charCodeAt(i);
      if (d === 44 /* , */) {
        i++;
        if (isMap && !readKey()) return FAILED;
        break;
      }
      if (d !== (isMap ? 125 : 93)) return FAILED;
      i++;
      depth--;
      const start = frames[f]!;
      const first = frames[f + 1]!;
      const count = top - first;
      const r = out;
      written = grow(written, out + 4 + count);
      written[r] = start;
      written[r + 1] = i;
      written[r + 2] = count / 5;
      written[r + 3] = isMap ? keys.length : -1;
      written.set(entries.subarray(first, top), r + 4);
      out += 4 + count;
      top = first;
      if (isMap) {
        const keyBase = frames[f + 2]!;
        for (let k = keyBase; k < openKeys.length; k++) keys.push(openKeys[k]!);
        openKeys.length = keyBase;
      }
      if (depth > 0) {
        const p = (depth - 1) * FRAME;
        entry(frames[p + 3]!, frames[p + 4]!, start, i, r);
      } else root = r;
      skip();
    }
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
      const end = stringEnd(text, i);
      if (end < 0) break; // a string that does not end: JSON.parse reports it
      i = end - 1;
      let j = end;
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
      // JSON.parse makes plain objects: their keys are all own and enumerable.
      const keys = Object.keys(value);
      count += keys.length;
      for (const key of keys) {
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
