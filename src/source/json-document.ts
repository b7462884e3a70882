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

/** The position tree of a JSON text, from jsonc-parser's events (no syntax tree is built). */
export function jsonPositions(text: string): FlatPositions | undefined {
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
