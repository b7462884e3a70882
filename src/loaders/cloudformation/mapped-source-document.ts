// Rules report API paths (`containerProperties.privileged`); a template holds the same value under
// another path (`Resources.Job.Properties.ContainerProperties.Privileged`, or a Terraform plan's
// `values.container_properties`). This document stands in for the file in one resource's source and
// translates a path inside the resource into the file's path before locating it.
import { isRecord } from '../../model/values.js';
import type { JsonPath, SourceDocument, SourceRange } from '../../source/source-document.js';
import { JsonKeyedPaths, type PathMap } from './path-node.js';

export class MappedSourceDocument implements SourceDocument {
  readonly file: string;
  readonly format: SourceDocument['format'];
  private readonly toFile: PathMap;

  /**
   * @param inner the file's own document
   * @param raw the file's parsed value (to tell which translated paths exist)
   * @param prefix where the resource's data sits in the file (its `source.path`)
   * @param toFile API path -> path relative to `prefix` (a map keyed by the JSON of the segments, or a PathMap)
   * @param owner the path of the entry that declares the resource (a missing property is reported on its key)
   */
  constructor(
    private readonly inner: SourceDocument,
    private readonly raw: unknown,
    private readonly prefix: JsonPath,
    toFile: PathMap | ReadonlyMap<string, JsonPath>,
    private readonly owner: JsonPath,
  ) {
    this.file = inner.file;
    this.format = inner.format;
    this.toFile = 'longestPrefix' in toFile ? toFile : new JsonKeyedPaths(toFile);
  }

  /** The file path of a path inside the resource (longest known prefix, the rest as written). */
  translate(path: JsonPath): JsonPath {
    const hit = this.toFile.longestPrefix(path);
    return hit ? [...this.prefix, ...hit.to, ...path.slice(hit.matched)] : [...this.prefix, ...path];
  }

  locate(path: JsonPath, options: { key?: boolean } = {}): SourceRange {
    if (!startsWith(path, this.prefix)) return this.inner.locate(path, options);
    const rest = path.slice(this.prefix.length);
    // A path that names the declaring entry itself (a template's Metadata suppression) is already a file path.
    if (rest.length >= this.owner.length && this.owner.length > 0 && startsWith(rest, this.owner)) return this.inner.locate(rest, options);
    const full = this.translate(rest);
    const existing = existingPrefix(this.raw, full);
    if (existing === full.length) return this.inner.locate(full, options);
    // A missing property: point at the key of its nearest parent, or at the resource's own entry when
    // the parent is the whole resource; a value held in a JSON string (Terraform's container_properties)
    // or computed by an intrinsic is pointed at as a whole.
    if (existing <= this.prefix.length) return this.inner.locate(this.owner, { key: true });
    return this.inner.locate(full.slice(0, existing), { key: !isLeaf(this.raw, full.slice(0, existing)) });
  }
}

function startsWith(path: JsonPath, prefix: JsonPath): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => String(s) === String(path[i]));
}

function existingPrefix(root: unknown, path: JsonPath): number {
  let value: unknown = root;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (Array.isArray(value) && typeof segment === 'number' && segment < value.length) value = value[segment];
    else if (isRecord(value) && Object.prototype.hasOwnProperty.call(value, segment)) value = value[segment];
    else return i;
  }
  return path.length;
}

function isLeaf(root: unknown, path: JsonPath): boolean {
  let value: unknown = root;
  for (const segment of path) value = (value as Record<string | number, unknown>)[segment];
  return value === null || typeof value !== 'object';
}
