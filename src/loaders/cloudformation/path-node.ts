// Paths as trees of nodes: the CloudFormation properties walk maps every value's resolved path to its
// API path and every API path to its place in the template. Kept as JSON keys in maps, that was a
// string built and hashed, and a path array copied, per value per map: most of loading a template.
// Here a path is a node (its parent and last segment), made an array only when a finding is located.
import type { JsonPath } from '../../source/source-document.js';

/** Where the longest prefix of a path that has a mapping leads, and how many segments it matched. */
export interface PathMap {
  longestPrefix(path: JsonPath): { to: JsonPath; matched: number } | undefined;
}

export class PathNode implements PathMap {
  /** The path this one maps to (CloudFormation -> API, API -> template), once mapped. */
  target: PathNode | undefined = undefined;
  private children: Map<string | number, PathNode> | undefined = undefined;

  constructor(
    readonly parent?: PathNode,
    readonly segment?: string | number,
  ) {}

  static of(path: JsonPath): PathNode {
    let node = new PathNode();
    for (const segment of path) node = node.extend(segment);
    return node;
  }

  /** The child at `segment`, the same node each time: a path that can be looked up. */
  child(segment: string | number): PathNode {
    this.children ??= new Map();
    let node = this.children.get(segment);
    if (!node) {
      node = new PathNode(this, segment);
      this.children.set(segment, node);
    }
    return node;
  }

  /** A child that is only ever followed up to its root (a template path). */
  extend(segment: string | number): PathNode {
    return new PathNode(this, segment);
  }

  path(): JsonPath {
    const out: (string | number)[] = [];
    if (this.parent) out.push(this.segment!);
    for (let node = this.parent; node?.parent; node = node.parent) out.push(node.segment!);
    return out.reverse();
  }

  /** From a root: the deepest mapped node along `path` (segments compare as JSON would: 1 is not "1"). */
  longestPrefix(path: JsonPath): { to: JsonPath; matched: number } | undefined {
    let target = this.target;
    let matched = 0;
    let children = this.children;
    for (let i = 0; i < path.length; i++) {
      const node = children?.get(path[i]!);
      if (!node) break;
      if (node.target) {
        target = node.target;
        matched = i + 1;
      }
      children = node.children;
    }
    return target ? { to: target.path(), matched } : undefined;
  }
}

/** A map from path (JSON of the segments) to path, as the Terraform loaders build it. */
export class JsonKeyedPaths implements PathMap {
  constructor(private readonly map: ReadonlyMap<string, JsonPath>) {}

  longestPrefix(path: JsonPath): { to: JsonPath; matched: number } | undefined {
    for (let i = path.length; i >= 0; i--) {
      const found = this.map.get(JSON.stringify(path.slice(0, i)));
      if (found) return { to: found, matched: i };
    }
    return undefined;
  }
}
