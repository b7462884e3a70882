// Where each value of a parsed document is. JSON and YAML documents both locate findings through
// it. Keeping the parsers' own syntax trees for a whole run made garbage collection a large part of
// big runs; the flattened form below is a small fraction of their size.
import type { JsonPath } from './source-document.js';

/** A collection while the tree is built (short-lived; kept flattened). */
export interface PositionNode {
  start: number;
  end: number;
  /** Map keys in order (undefined for a sequence). */
  keys: string[] | undefined;
  /** keyStart, keyEnd, valueStart, valueEnd per entry (keys -1 in sequences). */
  spans: number[];
  /** The child collections, by entry index (scalars have none). */
  children: (PositionNode | undefined)[];
}

/**
 * A position tree flattened into one typed array and one key list per document: a large run keeps
 * every document's positions alive until its rules have run, and millions of small objects made
 * garbage collection grow faster than the input. Record at offset r: start, end, entry count, key
 * base (index of the first key in `keys`, or -1 for a sequence), then per entry keyStart, keyEnd,
 * valueStart, valueEnd and the child record's offset (-1 for a scalar).
 */
export interface FlatPositions {
  ints: Int32Array;
  keys: string[];
  /** Offset of the root record (0 unless written in streaming order, where the root closes last). */
  root?: number;
  /**
   * A child record of -2 - k is unit k, whose positions were not kept (a streamed file): its tree,
   * read again from the file, and the offset its offsets start at. Undefined when it cannot be read.
   */
  unit?: (k: number) => { tree: FlatPositions; offset: number } | undefined;
  /** Per map record with many keys: key -> index of its last occurrence (built on first lookup). */
  keyIndex?: Map<number, Map<string, number>>;
}

const HEADER = 4;
const ENTRY = 5;
// Below this many keys a backwards scan is as fast as a hash lookup and builds nothing.
const INDEXED_KEYS = 16;

export function flattenPositions(root: PositionNode | undefined): FlatPositions | undefined {
  if (!root) return undefined;
  const ints: number[] = [];
  const keys: string[] = [];
  // Iterative: the input controls the depth, and a spread of one map's keys overflowed the stack
  // at about 110,000 keys. Each node is written when it leaves the stack; its parent's entry is
  // patched with its offset.
  const stack: { node: PositionNode; slot: number }[] = [{ node: root, slot: -1 }];
  while (stack.length > 0) {
    const { node, slot } = stack.pop()!;
    const r = ints.length;
    if (slot >= 0) ints[slot] = r;
    const n = node.children.length;
    ints.push(node.start, node.end, n, node.keys ? keys.length : -1);
    if (node.keys) for (const key of node.keys) keys.push(key);
    for (let i = 0; i < n; i++) ints.push(node.spans[4 * i]!, node.spans[4 * i + 1]!, node.spans[4 * i + 2]!, node.spans[4 * i + 3]!, -1);
    for (let i = n - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child) stack.push({ node: child, slot: r + HEADER + ENTRY * i + 4 });
    }
  }
  return { ints: Int32Array.from(ints), keys };
}

/** The index of `wanted` among the `n` keys of the map record at `r` (the last duplicate wins, as in the parsed value). */
function keyPosition(tree: FlatPositions, r: number, keyBase: number, n: number, wanted: string): number {
  const { keys } = tree;
  if (n < INDEXED_KEYS) {
    for (let k = n - 1; k >= 0; k--) if (keys[keyBase + k] === wanted) return k;
    return -1;
  }
  // A finding per key of a wide map made scanning quadratic; one index per map keeps it linear.
  tree.keyIndex ??= new Map();
  let index = tree.keyIndex.get(r);
  if (!index) {
    index = new Map();
    for (let k = 0; k < n; k++) index.set(keys[keyBase + k]!, k);
    tree.keyIndex.set(r, index);
  }
  return index.get(wanted) ?? -1;
}

/**
 * The offsets of the value at `path` (or of its key), or of the nearest ancestor that exists: a
 * finding about a missing property is reported on its parent.
 */
export function locateInTree(tree: FlatPositions | undefined, path: JsonPath, key: boolean, whole: [number, number]): [number, number] {
  if (!tree) return whole;
  let t = tree;
  let shift = 0;
  let r = t.root ?? 0;
  let span: [number, number] = [t.ints[r]!, t.ints[r + 1]!];
  let keySpan: [number, number] | undefined;
  for (let depth = 0; depth < path.length; depth++) {
    if (r < 0) break;
    const ints = t.ints;
    const segment = path[depth]!;
    const n = ints[r + 2]!;
    const keyBase = ints[r + 3]!;
    let i = -1;
    if (keyBase >= 0) i = keyPosition(t, r, keyBase, n, String(segment));
    else if (typeof segment === 'number' && segment < n) i = segment;
    const e = r + HEADER + ENTRY * i;
    if (i < 0 || ints[e + 2]! < 0) {
      keySpan = undefined;
      break;
    }
    span = [ints[e + 2]! + shift, ints[e + 3]! + shift];
    keySpan = ints[e]! >= 0 ? [ints[e]! + shift, ints[e + 1]! + shift] : undefined;
    r = ints[e + 4]!;
    if (r <= -2 && depth < path.length - 1) {
      const unit = t.unit?.(-2 - r);
      if (unit) {
        t = unit.tree;
        shift = unit.offset;
        r = t.root ?? 0;
        continue;
      }
    }
    if (r < 0 && depth < path.length - 1) {
      // A scalar: nothing deeper to walk into; a deeper path is reported on its value.
      keySpan = undefined;
      break;
    }
  }
  return key && keySpan ? keySpan : span;
}

/** Builds position nodes from a stream of entries; used by parsers that report events (JSON). */
export class PositionTreeBuilder {
  private readonly stack: { node: PositionNode; pendingKey: [number, number] | undefined }[] = [];
  root: PositionNode | undefined;

  open(start: number, isMap: boolean): void {
    const node: PositionNode = { start, end: start, keys: isMap ? [] : undefined, spans: [], children: [] };
    this.attach(node, start, start);
    this.stack.push({ node, pendingKey: undefined });
  }

  close(end: number): void {
    const top = this.stack.pop();
    if (!top) return;
    top.node.end = end;
    const parent = this.stack[this.stack.length - 1];
    if (parent) {
      // The collection's value span ends where the collection does.
      parent.node.spans[parent.node.spans.length - 1] = end;
    } else this.root = top.node;
  }

  key(name: string, start: number, end: number): void {
    const top = this.stack[this.stack.length - 1];
    if (!top || !top.node.keys) return;
    top.node.keys.push(name);
    top.pendingKey = [start, end];
  }

  scalar(start: number, end: number): void {
    this.attach(undefined, start, end);
  }

  private attach(child: PositionNode | undefined, start: number, end: number): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) return;
    const key = top.pendingKey;
    top.pendingKey = undefined;
    top.node.spans.push(key ? key[0] : -1, key ? key[1] : -1, start, end);
    top.node.children.push(child);
  }
}

/**
 * Writes position records in the order collections close (children before parents), so a
 * streaming parser needs no tree of objects: only the collections still open hold their entries.
 * A finished value that is not kept can be taken back (`truncate`): its records are the last ones.
 */
export class FlatPositionWriter {
  private ints = new Int32Array(1 << 16);
  private length = 0;
  readonly keys: string[] = [];

  get mark(): { ints: number; keys: number } {
    return { ints: this.length, keys: this.keys.length };
  }

  truncate(mark: { ints: number; keys: number }): void {
    this.length = mark.ints;
    this.keys.length = mark.keys;
  }

  /** Writes one collection: `entries` holds keyStart, keyEnd, valueStart, valueEnd, child record (-1 none) per entry. Returns its offset. */
  write(start: number, end: number, entries: readonly number[], keys: readonly string[] | undefined): number {
    const r = this.length;
    this.reserve(HEADER + entries.length);
    const ints = this.ints;
    ints[r] = start;
    ints[r + 1] = end;
    ints[r + 2] = entries.length / ENTRY;
    ints[r + 3] = keys ? this.keys.length : -1;
    if (keys) for (const key of keys) this.keys.push(key);
    for (let i = 0; i < entries.length; i++) ints[r + HEADER + i] = entries[i]!;
    this.length = r + HEADER + entries.length;
    return r;
  }

  finish(root: number, unit?: FlatPositions['unit']): FlatPositions {
    return { ints: this.ints.slice(0, this.length), keys: this.keys, root, ...(unit ? { unit } : {}) };
  }

  private reserve(n: number): void {
    if (this.length + n <= this.ints.length) return;
    let size = this.ints.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.ints.subarray(0, this.length));
    this.ints = grown;
  }
}
