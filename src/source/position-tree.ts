// Where each value of a parsed document is, kept compactly: one object per collection (never per
// scalar), with the key and value offsets of its entries in a typed array. JSON and YAML documents
// both locate findings through it. Keeping the parsers' own syntax trees for a whole run made
// garbage collection a large part of big runs; this is a fraction of their size.
import type { JsonPath } from './source-document.js';

export interface PositionNode {
  start: number;
  end: number;
  /** Map keys in order (undefined for a sequence). */
  keys: string[] | undefined;
  /** keyStart, keyEnd, valueStart, valueEnd per entry (keys -1 in sequences). */
  spans: Int32Array;
  /** The child collections, by entry index (scalars have none). */
  children: (PositionNode | undefined)[];
}

/**
 * The offsets of the value at `path` (or of its key), or of the nearest ancestor that exists: a
 * finding about a missing property is reported on its parent.
 */
export function locateInTree(root: PositionNode | undefined, path: JsonPath, key: boolean, whole: [number, number]): [number, number] {
  let node = root;
  let span: [number, number] = node ? [node.start, node.end] : whole;
  let keySpan: [number, number] | undefined;
  for (let depth = 0; depth < path.length; depth++) {
    const segment = path[depth]!;
    if (!node) break;
    let i = -1;
    if (node.keys) {
      const wanted = String(segment);
      // The last duplicate wins, as in the parsed value.
      for (let k = node.keys.length - 1; k >= 0; k--) {
        if (node.keys[k] === wanted) {
          i = k;
          break;
        }
      }
    } else if (typeof segment === 'number' && segment < node.children.length) i = segment;
    if (i < 0 || node.spans[4 * i + 2]! < 0) {
      keySpan = undefined;
      break;
    }
    span = [node.spans[4 * i + 2]!, node.spans[4 * i + 3]!];
    keySpan = node.spans[4 * i]! >= 0 ? [node.spans[4 * i]!, node.spans[4 * i + 1]!] : undefined;
    node = node.children[i];
    if (!node) {
      // A scalar: nothing deeper to walk into; a deeper path is reported on its value.
      if (depth < path.length - 1) keySpan = undefined;
      break;
    }
  }
  return key && keySpan ? keySpan : span;
}

/** Builds position nodes from a stream of entries; used by parsers that report events (JSON). */
export class PositionTreeBuilder {
  private readonly stack: { node: PositionNode; spans: number[]; pendingKey: [number, number] | undefined }[] = [];
  root: PositionNode | undefined;

  open(start: number, isMap: boolean): void {
    const node: PositionNode = { start, end: start, keys: isMap ? [] : undefined, spans: new Int32Array(0), children: [] };
    this.attach(node, start, start);
    this.stack.push({ node, spans: [], pendingKey: undefined });
  }

  close(end: number): void {
    const top = this.stack.pop();
    if (!top) return;
    top.node.end = end;
    top.node.spans = Int32Array.from(top.spans);
    const parent = this.stack[this.stack.length - 1];
    if (parent) {
      // The collection's value span ends where the collection does.
      parent.spans[parent.spans.length - 1] = end;
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
    top.spans.push(key ? key[0] : -1, key ? key[1] : -1, start, end);
    top.node.children.push(child);
  }
}
