// JSON objects whose members are parsed when first read. The bundled price catalog is 580 KB of
// region -> instance type maps, and JSON.parse of all of it was a sixth of a one-template lint, which
// reads the prices of one or two Regions. Only a trusted, generated file is read this way: it is
// scanned for member boundaries, not checked (test/price-catalog.test.ts checks the snapshot).
import { closeSync, openSync, readSync, statSync } from 'node:fs';

/** Index just past the JSON string that starts at `start` (a `"`). */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) throw new SyntaxError(`unterminated string at ${start}`);
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

function skipSpace(text: string, i: number): number {
  while (isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Where each object or array less than `maxDepth` deep ends (start index -> index just past it), from
 * one pass: a catalog nested four deep would otherwise be scanned once per level read.
 */
function collectionEnds(text: string, maxDepth: number): Map<number, number> {
  const ends = new Map<number, number>();
  const open: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
    } else if (c === 123 || c === 91) open.push(i);
    else if (c === 125 || c === 93) {
      const start = open.pop()!;
      if (open.length < maxDepth) ends.set(start, i + 1);
    }
  }
  if (open.length > 0) throw new SyntaxError(`unterminated value at ${open[0]}`);
  return ends;
}

/** Index just past the JSON value that starts at `start`. */
function valueEnd(text: string, start: number, ends: Map<number, number>): number {
  const first = text.charCodeAt(start);
  if (first === 34) return stringEnd(text, start);
  if (first === 123 || first === 91) {
    const end = ends.get(start);
    if (end === undefined) throw new SyntaxError(`unterminated value at ${start}`);
    return end;
  }
  let i = start;
  for (let c = text.charCodeAt(i); i < text.length && c !== 44 && c !== 125 && c !== 93 && !isSpace(c); c = text.charCodeAt(++i));
  return i;
}

/** The members of the object at `start` (a `{`): key -> [start, end) of its value text. */
function objectMembers(text: string, start: number, ends: Map<number, number>): [string, number, number][] {
  const members: [string, number, number][] = [];
  let i = start;
  if (text.charCodeAt(i) !== 123) throw new SyntaxError(`expected an object at ${i}`);
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) === 125) return members;
  for (;;) {
    const keyEnd = stringEnd(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    i = skipSpace(text, keyEnd);
    if (text.charCodeAt(i) !== 58) throw new SyntaxError(`expected ':' at ${i}`);
    const from = skipSpace(text, i + 1);
    const to = valueEnd(text, from, ends);
    members.push([key, from, to]);
    i = skipSpace(text, to);
    const c = text.charCodeAt(i);
    if (c === 125) return members;
    if (c !== 44) throw new SyntaxError(`expected ',' or '}' at ${i}`);
    i = skipSpace(text, i + 1);
  }
}

/** A JSON text whose objects can be read lazily (see lazyObject). */
export class LazyJson {
  private readonly ends: Map<number, number>;

  /**
   * `maxDepth`: how deep lazyObject may be used (the top object is depth 0). `ends`: the collection
   * ends, when an index generated with the text gives them (the scan is then skipped).
   */
  constructor(
    readonly text: string,
    maxDepth: number,
    ends?: Map<number, number>,
  ) {
    // The members of an object at maxDepth are one level deeper.
    this.ends = ends ?? collectionEnds(text, maxDepth + 2);
  }

  /** JSON.parse of the value at [from, to). */
  parse(from: number, to: number): unknown {
    return JSON.parse(this.text.slice(from, to));
  }

  /** True when the value at `from` is an object. */
  isObject(from: number): boolean {
    return this.text.charCodeAt(from) === 123;
  }

  /**
   * The object at `start` with one property per member, each made by `read` (default: parsed) the
   * first time it is read and then kept as a plain data property.
   */
  lazyObject(start: number, read: (key: string, from: number, to: number) => unknown = (_, from, to) => this.parse(from, to)): Record<string, unknown> {
    return lazyMembers(objectMembers(this.text, skipSpace(this.text, start), this.ends), read);
  }
}

type Member = [key: string, from: number, to: number];

/** An object with one property per member, each made by `read` the first time it is read and then kept as a plain data property. */
function lazyMembers(members: readonly Member[], read: (key: string, from: number, to: number) => unknown): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, from, to] of members) {
    const settle = (value: unknown): void => {
      Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
    };
    Object.defineProperty(object, key, {
      get() {
        const value = read(key, from, to);
        settle(value);
        return value;
      },
      set: settle,
      enumerable: true,
      configurable: true,
    });
  }
  return object;
}

/**
 * A JSON file read like LazyJson, but from the file itself: an index written with it lists the
 * members of the objects read lazily (key, start and end of each value), so only the values read
 * are read from the disk. The price catalog is 580 KB; a lint reads a Region's prices from it, and
 * reading (and decoding) the whole text was ~6 ms of every run that prices anything. Offsets are
 * bytes: the generator writes members only for an ASCII text.
 */
export class IndexedJsonFile {
  private constructor(
    private readonly path: string,
    private readonly members: ReadonlyMap<number, readonly Member[]>,
  ) {}

  /** The file read through the index's members, or undefined when the index has none or does not fit the file (another size). */
  static open(path: string, index: unknown): IndexedJsonFile | undefined {
    if (typeof index !== 'object' || index === null) return undefined;
    const { length, members } = index as { length?: unknown; members?: unknown };
    if (!Array.isArray(members) || typeof length !== 'number') return undefined;
    try {
      if (statSync(path).size !== length) return undefined;
    } catch {
      return undefined;
    }
    const map = new Map<number, readonly Member[]>();
    for (const entry of members as unknown[]) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'number' || !Array.isArray(entry[1])) return undefined;
      const list = entry[1] as unknown[];
      if (!list.every((m) => Array.isArray(m) && typeof m[0] === 'string' && typeof m[1] === 'number' && typeof m[2] === 'number' && m[1] < m[2])) return undefined;
      map.set(entry[0], list as Member[]);
    }
    return new IndexedJsonFile(path, map);
  }

  /** JSON.parse of the value at [from, to), read from the file. */
  parse(from: number, to: number): unknown {
    const bytes = Buffer.allocUnsafe(to - from);
    const fd = openSync(this.path, 'r');
    try {
      readSync(fd, bytes, 0, bytes.length, from);
    } finally {
      closeSync(fd);
    }
    try {
      return JSON.parse(bytes.toString('latin1'));
    } catch {
      throw new SyntaxError(`${this.path}: its index does not fit it (bytes ${from}-${to} are not one JSON value); regenerate both`);
    }
  }

  /** True when the value at `from` is an object the index lists. */
  isObject(from: number): boolean {
    return this.members.has(from);
  }

  /** The object at `start` (one the index lists), its members made by `read` (default: parsed) when first read. */
  lazyObject(start: number, read: (key: string, from: number, to: number) => unknown = (_, from, to) => this.parse(from, to)): Record<string, unknown> {
    const members = this.members.get(start);
    if (!members) throw new SyntaxError(`${this.path}: its index lists no object at ${start}; regenerate both`);
    return lazyMembers(members, read);
  }
}

/**
 * The collection ends an index file gives for `text` (`{ length, ends: [[start, end], ...] }`, written
 * with the text by its generator), or undefined when the index does not fit the text: another
 * length, or an offset that is not an object or array boundary. The caller then scans.
 */
export function endsFromIndex(text: string, index: unknown): Map<number, number> | undefined {
  if (typeof index !== 'object' || index === null) return undefined;
  const { length, ends } = index as { length?: unknown; ends?: unknown };
  if (length !== text.length || !Array.isArray(ends)) return undefined;
  const map = new Map<number, number>();
  for (const pair of ends as unknown[]) {
    if (!Array.isArray(pair) || typeof pair[0] !== 'number' || typeof pair[1] !== 'number') return undefined;
    const [start, end] = pair as [number, number];
    const open = text.charCodeAt(start);
    const close = text.charCodeAt(end - 1);
    if (!((open === 123 && close === 125) || (open === 91 && close === 93))) return undefined;
    map.set(start, end);
  }
  return map;
}
