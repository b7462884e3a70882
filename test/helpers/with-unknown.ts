// Makes one value of a loaded resource unknown, the way a template or plan would have written it.
// The model computes a resource's facts once per data record (src/model/facts/job-definition-facts.ts)
// and never changes a record after loading, so this builds a new record along the path (copy on
// write) and gives it to the resource: the next run reads it as a new configuration.
import type { BatchResource } from '../../dist/src/model/resource.js';
import { unknownValue } from '../../dist/src/model/values.js';

export type ValuePath = (string | number)[];

function replaced(node: unknown, path: ValuePath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...ValuePath];
  const copy = (Array.isArray(node) ? [...(node as unknown[])] : { ...(node as Record<string, unknown>) }) as Record<string | number, unknown>;
  copy[key] = replaced(copy[key], rest, value);
  return copy;
}

/**
 * Replaces the value at `path` in `resource.data` with an Unknown written as `origin`, that can take
 * the `possible` values when given (a parameter's AllowedValues).
 */
export function makeUnknown(resource: BatchResource, path: ValuePath, origin = '!GetAtt Template.Value', possible?: readonly unknown[]): void {
  (resource as { data: unknown }).data = replaced(resource.data, path, unknownValue(origin, undefined, possible));
}
