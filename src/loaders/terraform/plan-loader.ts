// Terraform plans in JSON (`terraform show -json plan.out > plan.json`,
// https://developer.hashicorp.com/terraform/internals/json-format): the aws_batch_* resources of
// `planned_values`, root module and child modules, with values known only after apply as Unknown.
import type { BatchResource, ResourceKind } from '../../model/resource.js';
import { arrayOf, field, isRecord, isUnknown, lookup, stringOf, unknownValue, type JsonRecord } from '../../model/values.js';
import type { JsonPath } from '../../source/source-document.js';
import { MappedSourceDocument } from '../cloudformation/mapped-source-document.js';
import type { DocumentLoader } from '../document-loader.js';
import { convertTerraformValues, TERRAFORM_TYPES } from './tf-to-api.js';

const NAME_KEYS: Record<ResourceKind, string> = { jobDefinition: 'jobDefinitionName', computeEnvironment: 'computeEnvironmentName', jobQueue: 'jobQueueName', schedulingPolicy: 'name' };

interface PlannedResource {
  address: string;
  type: string;
  values: unknown;
  path: JsonPath;
  /** The module's address (`module.etl`), '' for the root module. */
  module: string;
}

function collect(module: unknown, path: JsonPath, out: PlannedResource[], depth = 0): void {
  if (!isRecord(module) || depth > 32) return;
  arrayOf(module.resources).forEach((r, i) => {
    if (!isRecord(r) || r.mode === 'data' || typeof r.type !== 'string' || typeof r.address !== 'string') return;
    out.push({ address: r.address, type: r.type, values: r.values, path: [...path, 'resources', i], module: stringOf(module.address) ?? '' });
  });
  arrayOf(module.child_modules).forEach((child, i) => collect(child, [...path, 'child_modules', i], out, depth + 1));
}

/** The configuration block of a module (`module.a.module.b`), where expressions keep their references. */
function moduleConfiguration(plan: JsonRecord, moduleAddress: string): unknown {
  let module = field(field(plan, 'configuration'), 'root_module');
  if (moduleAddress === '') return module;
  for (const part of moduleAddress.split('.').filter((_, i) => i % 2 === 1)) {
    module = field(field(field(module, 'module_calls'), part.replace(/\[.*\]$/, '')), 'module');
  }
  return module;
}

/** What the argument's expression refers to (`aws_batch_compute_environment.spot`), in the plan's addressing. */
function referencedAddress(plan: JsonRecord, r: PlannedResource, argumentPath: (string | number)[]): string | undefined {
  const config = arrayOf(field(moduleConfiguration(plan, r.module), 'resources')).find((c) => field(c, 'address') === r.address.replace(/^(module\.[^.]+\.)+/, '').replace(/\[.*\]$/, ''));
  let expr: unknown = field(config, 'expressions');
  for (const segment of argumentPath) expr = typeof segment === 'number' ? (Array.isArray(expr) ? expr[segment] : undefined) : field(expr, segment);
  const refs = arrayOf(field(expr, 'references')).filter((x): x is string => typeof x === 'string');
  // ["aws_batch_compute_environment.spot.arn", "aws_batch_compute_environment.spot"]: the resource is the last.
  const target = refs.find((x) => /^aws_batch_\w+\.[\w-]+$/.test(x));
  return target ? (r.module ? `${r.module}.${target}` : target) : undefined;
}

export const terraformPlanLoader: DocumentLoader = {
  name: 'terraform-plan',
  load(value, document) {
    const none = { recognised: false, resources: [], problems: [] };
    if (!isRecord(value) || !isRecord(value.planned_values) || (value.format_version === undefined && value.terraform_version === undefined)) return none;
    const planned: PlannedResource[] = [];
    collect(value.planned_values.root_module, ['planned_values', 'root_module'], planned);
    const batch = planned.flatMap((r) => {
      const kind = lookup(TERRAFORM_TYPES, r.type);
      return kind ? [{ r, kind }] : [];
    });
    if (batch.length === 0) return none;
    const unknownByAddress = new Map<string, unknown>();
    for (const change of arrayOf(value.resource_changes)) {
      const address = stringOf(field(change, 'address'));
      if (address) unknownByAddress.set(address, field(field(change, 'change'), 'after_unknown'));
    }

    const converted = batch.map(({ r, kind }) => ({ r, kind, ...convertTerraformValues(kind, r.values, unknownByAddress.get(r.address)) }));
    // How each resource is referred to in wiring: its name when known, else its Terraform address.
    const identities = new Map<string, string>();
    for (const c of converted) {
      const name = stringOf(c.api[NAME_KEYS[c.kind]]);
      identities.set(c.r.address, name && name !== '' ? name : c.r.address);
    }

    const resources: BatchResource[] = converted.map(({ r, kind, api, apiToPlan }) => {
      if (kind === 'jobQueue') wireQueue(value, r, api, identities);
      if (api[NAME_KEYS[kind]] === undefined) api[NAME_KEYS[kind]] = unknownValue('(known after apply)');
      const prefix = [...r.path, 'values'];
      const name = stringOf(api[NAME_KEYS[kind]]);
      return {
        kind,
        name: name && name !== '' ? name : r.address,
        data: api as BatchResource['data'],
        source: { document: new MappedSourceDocument(document, value, prefix, apiToPlan, r.path), path: prefix },
        address: r.address,
        ...(typeof field(r.values, 'arn') === 'string' ? { arn: field(r.values, 'arn') as string } : {}),
          };
    });
    return { recognised: true, resources, problems: [] };
  },
};

/**
 * A queue's compute environments: an ARN known at plan time stays; one known only after apply (the
 * environment is created by the same plan) becomes the referenced environment's name or address.
 * The provider's older `compute_environments` list becomes computeEnvironmentOrder in list order.
 */
function wireQueue(plan: JsonRecord, r: PlannedResource, api: JsonRecord, identities: Map<string, string>): void {
  const legacy = field(r.values, 'compute_environments');
  if (api.computeEnvironmentOrder === undefined && Array.isArray(legacy)) {
    api.computeEnvironmentOrder = legacy.map((ce, i) => ({ order: i + 1, computeEnvironment: ce ?? unknownValue('(known after apply)') }));
    legacy.forEach((ce, i) => {
      if (typeof ce === 'string') return;
      const target = referencedAddress(plan, r, ['compute_environments']);
      const entry = (api.computeEnvironmentOrder as JsonRecord[])[i]!;
      if (target && legacy.length === 1) entry.computeEnvironment = identities.get(target) ?? target;
    });
    return;
  }
  arrayOf(api.computeEnvironmentOrder).forEach((entry, i) => {
    if (!isRecord(entry) || !isUnknown(entry.computeEnvironment)) return;
    const target = referencedAddress(plan, r, ['compute_environment_order', i, 'compute_environment']);
    // Outside the analysed plan (a variable, a data source): left Unknown, for the graph's "not verified" note.
    if (target) entry.computeEnvironment = identities.get(target) ?? target;
  });
}
