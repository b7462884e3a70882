// What of a large JSON file to build (see src/source/json-stream.ts). In a Terraform plan, the
// plan loader reads only the aws_batch_* resources of planned_values, their resource_changes
// (after_unknown) and their configuration (expression references), module by module; a plan of a
// large stack is mostly other resources, prior_state and variables, which are checked for syntax
// and skipped. Any other document (a describe output, a bundle) is built whole.
import { field, isRecord } from '../../model/values.js';
import { KEEP_EVERYTHING, type JsonSelection, type Keep } from '../../source/json-stream.js';
import type { JsonPath } from '../../source/source-document.js';
import { TERRAFORM_TYPES } from './tf-to-api.js';

function isPlan(root: unknown): boolean {
  // Terraform writes format_version first; a document that names it later is built whole (correct, only larger).
  return isRecord(root) && (Object.prototype.hasOwnProperty.call(root, 'format_version') || Object.prototype.hasOwnProperty.call(root, 'terraform_version'));
}

/** A Batch resource type; a type not read yet counts as one (the entry is decided once complete). */
function mayBeBatch(resource: unknown): boolean {
  const type = field(resource, 'type');
  return type === undefined || (typeof type === 'string' && Object.prototype.hasOwnProperty.call(TERRAFORM_TYPES, type));
}

/** path[j] is a resource's index; `heavy` is the key that holds its arguments. */
function resourceEntry(path: JsonPath, j: number, parent: unknown, heavy: string): Keep {
  if (j === path.length - 1) return 'some';
  return path[j + 1] === heavy && !mayBeBatch(parent) ? 'none' : 'all';
}

/** path[i] is a key of a module in planned_values. */
function plannedModule(path: JsonPath, i: number, parent: unknown): Keep {
  const key = path[i];
  const last = path.length - 1;
  if (key === 'address') return 'all';
  if (key === 'resources') return i === last ? 'some' : resourceEntry(path, i + 1, parent, 'values');
  if (key === 'child_modules') return i >= last - 1 ? 'some' : plannedModule(path, i + 2, parent);
  return 'none';
}

/** path[i] is a key of a module in configuration. */
function configuredModule(path: JsonPath, i: number, parent: unknown): Keep {
  const key = path[i];
  const last = path.length - 1;
  if (key === 'resources') return i === last ? 'some' : resourceEntry(path, i + 1, parent, 'expressions');
  if (key !== 'module_calls') return 'none';
  if (i >= last - 1) return 'some';
  if (path[i + 2] !== 'module') return 'none';
  return i + 2 === last ? 'some' : configuredModule(path, i + 3, parent);
}

function isResourcePath(path: JsonPath): boolean {
  const n = path.length;
  if (path[0] === 'resource_changes') return n === 2;
  return n >= 2 && typeof path[n - 1] === 'number' && path[n - 2] === 'resources';
}

export const planSelection: JsonSelection = {
  enter(path, parent, root) {
    if (path.length === 0) return 'some';
    if (!isPlan(root)) return KEEP_EVERYTHING.enter(path, parent, root);
    const top = path[0];
    if (path.length === 1) {
      if (top === 'planned_values' || top === 'resource_changes' || top === 'configuration') return 'some';
      return top === 'prior_state' || top === 'resource_drift' || top === 'variables' || top === 'output_changes' || top === 'relevant_attributes' || top === 'checks' ? 'none' : 'all';
    }
    if (top === 'planned_values') return path[1] !== 'root_module' ? 'none' : path.length === 2 ? 'some' : plannedModule(path, 2, parent);
    if (top === 'configuration') return path[1] !== 'root_module' ? 'none' : path.length === 2 ? 'some' : configuredModule(path, 2, parent);
    if (top === 'resource_changes') return resourceEntry(path, 1, parent, 'change');
    return 'all';
  },
  keep(path, value) {
    return !isResourcePath(path) || (isRecord(value) && mayBeBatch(value) && field(value, 'type') !== undefined);
  },
};
