// Terraform's AWS provider names Batch arguments in snake_case and nests single objects as blocks
// (lists of one); the JSON-string arguments (container_properties, node_properties, ecs_properties)
// already hold the API's camelCase shape. This turns one resource's values into the API shape,
// following the API's shape tree, and remembers the Terraform path of each API path.
import type { ResourceKind } from '../../model/resource.js';
import { field, isRecord, isUnknown, lookup, setField, unknownValue, type JsonRecord } from '../../model/values.js';
import type { JsonPath } from '../../source/source-document.js';
import { coerceScalar } from '../cloudformation/cfn-to-api.js';
import { API_ROOTS, API_SHAPES, type ApiShape } from './api-shape-tree.generated.js';
import { parseJsonWithUnknowns } from './tf-json-template.js';

export const TERRAFORM_TYPES: Record<string, ResourceKind> = {
  aws_batch_job_definition: 'jobDefinition',
  aws_batch_compute_environment: 'computeEnvironment',
  aws_batch_job_queue: 'jobQueue',
  aws_batch_scheduling_policy: 'schedulingPolicy',
};

// Arguments whose names are not the API member in snake_case, by resource kind (top level) or API
// shape (nested). Provider docs: website/docs/r/batch_*.html.markdown in hashicorp/terraform-provider-aws.
const TOP_LEVEL: Record<ResourceKind, Record<string, string>> = {
  jobDefinition: { name: 'jobDefinitionName' },
  // `compute_environment_name` in provider v5, `name` in v6.
  computeEnvironment: { name: 'computeEnvironmentName', compute_environment_name: 'computeEnvironmentName', service_role: 'serviceRole' },
  jobQueue: { name: 'jobQueueName', job_state_time_limit_action: 'jobStateTimeLimitActions' },
  schedulingPolicy: { name: 'name', fair_share_policy: 'fairsharePolicy' },
};
const NESTED: Record<string, Record<string, string>> = {
  ComputeResource: { instance_type: 'instanceTypes' },
  EksPodProperties: { image_pull_secret: 'imagePullSecrets' },
};
export const JSON_STRINGS: ReadonlySet<string> = new Set(['container_properties', 'node_properties', 'ecs_properties']);

function camel(snake: string): string {
  return snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function memberOf(shapeName: string, node: ApiShape, key: string, kind: ResourceKind, top: boolean): string | undefined {
  if (node.t !== 'o') return undefined;
  const nested = lookup(NESTED, shapeName);
  const alias = top ? lookup(TOP_LEVEL[kind], key) : nested && lookup(nested, key);
  if (alias) return alias;
  const c = camel(key);
  if (Object.hasOwn(node.p, c)) return c;
  const lower = c.toLowerCase();
  return Object.keys(node.p).find((m) => m.toLowerCase() === lower);
}

export interface ConvertedValues {
  api: JsonRecord;
  /** API path (JSON) -> path relative to the resource's `values`. */
  apiToPlan: Map<string, JsonPath>;
}

/**
 * @param values the planned values (or the attributes of a `.tf` block)
 * @param unknownTree the plan's `after_unknown` for this resource: `true` where a value is known only after apply
 */
export function convertTerraformValues(kind: ResourceKind, values: unknown, unknownTree: unknown): ConvertedValues {
  const apiToPlan = new Map<string, JsonPath>([['[]', []]]);
  const rootName = API_ROOTS[kind];

  const walk = (value: unknown, unknownHere: unknown, tfPath: JsonPath, apiPath: JsonPath, shapeName: string | undefined, top: boolean, depth: number): unknown => {
    // Mapped before anything else: a finding about an unknown value points at its own argument.
    apiToPlan.set(JSON.stringify(apiPath), tfPath);
    if (unknownHere === true) return unknownValue('(known after apply)');
    if (isUnknown(value) || depth > 64) return value;
    const node = shapeName ? lookup(API_SHAPES, shapeName) : undefined;
    if (Array.isArray(value) && (node?.t === 'o' || (node?.t === 'm' && value.length === 1 && isRecord(value[0])))) {
      // A block: Terraform writes a single nested object as a list of one (and Terraform 0.11 wrote
      // maps as blocks too: `tags { Name = "x" }`).
      if (value.length === 0) return undefined;
      return walk(value[0], Array.isArray(unknownHere) ? unknownHere[0] : undefined, [...tfPath, 0], apiPath, shapeName, top, depth + 1);
    }
    if (Array.isArray(value)) {
      const itemShape = node?.t === 'l' ? node.i : undefined;
      return value.map((item, i) => walk(item, Array.isArray(unknownHere) ? unknownHere[i] : undefined, [...tfPath, i], [...apiPath, i], itemShape, false, depth + 1));
    }
    if (isRecord(value)) {
      const out: JsonRecord = {};
      const keys = new Set([...Object.keys(value), ...(isRecord(unknownHere) ? Object.keys(unknownHere).filter((k) => unknownHere[k] === true) : [])]);
      for (const key of keys) {
        const child = field(value, key);
        const childUnknown = field(unknownHere, key);
        if (node?.t === 'o' && key === 'dynamic' && isRecord(child)) {
          // `dynamic "retry_strategy" { for_each = ... content { ... } }` generates zero or more blocks
          // from an expression: whether the argument is set, and to what, is known only at plan time.
          for (const block of Object.keys(child)) {
            const member = memberOf(shapeName!, node, block, kind, top);
            if (!member || field(out, member) !== undefined) continue;
            apiToPlan.set(JSON.stringify([...apiPath, member]), [...tfPath, key, block]);
            out[member] = unknownValue(`dynamic "${block}"`);
          }
          continue;
        }
        if (node?.t === 'm') {
          const v = walk(child, childUnknown, [...tfPath, key], [...apiPath, key], node.v, false, depth + 1);
          if (v !== undefined && v !== null) setField(out, key, v);
          continue;
        }
        const member = node ? memberOf(shapeName!, node, key, kind, top) : undefined;
        if (!member) continue; // Terraform-only arguments (tags_all, name_prefix, deregister_on_new_revision...)
        const memberShape = node?.t === 'o' ? lookup(node.p, member) : undefined;
        let v: unknown;
        if (top && JSON_STRINGS.has(key) && (typeof child === 'string' || (isUnknown(child) && child.parts !== undefined)) && childUnknown !== true) {
          apiToPlan.set(JSON.stringify([...apiPath, member]), [...tfPath, key]);
          // A heredoc or template with `${...}` inside: parsed with the unknown pieces as placeholders.
          v = parseJsonWithUnknowns(child, typeof child === 'string' ? key : child.origin) ?? unknownValue(`(${key} is not valid JSON)`);
        } else v = walk(child, childUnknown, [...tfPath, key], [...apiPath, member], memberShape, false, depth + 1);
        if (v === undefined || v === null || (Array.isArray(v) && v.length === 0 && Array.isArray(child))) continue;
        out[member] = v;
      }
      return out;
    }
    return value === null ? undefined : coerceScalar(value, node);
  };

  const api = walk(values, unknownTree, [], [], rootName, true, 0);
  return { api: isRecord(api) ? api : {}, apiToPlan };
}

/**
 * A `.tf` queue's older `compute_environments` argument (provider versions before 6, deprecated for
 * `compute_environment_order` blocks): a list of environment ARNs where "the position of the compute
 * environments in the list will dictate the order". It becomes computeEnvironmentOrder, numbered as
 * the plan loader numbers it. https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/batch_job_queue
 */
export function applyLegacyComputeEnvironments(values: unknown, converted: ConvertedValues): void {
  const legacy = field(values, 'compute_environments');
  if (legacy === undefined || legacy === null || converted.api.computeEnvironmentOrder !== undefined) return;
  converted.apiToPlan.set(JSON.stringify(['computeEnvironmentOrder']), ['compute_environments']);
  if (!Array.isArray(legacy)) {
    converted.api.computeEnvironmentOrder = isUnknown(legacy) ? legacy : unknownValue('compute_environments');
    return;
  }
  converted.api.computeEnvironmentOrder = legacy.map((environment, i) => {
    converted.apiToPlan.set(JSON.stringify(['computeEnvironmentOrder', i]), ['compute_environments', i]);
    converted.apiToPlan.set(JSON.stringify(['computeEnvironmentOrder', i, 'computeEnvironment']), ['compute_environments', i]);
    return { order: i + 1, computeEnvironment: environment };
  });
}
