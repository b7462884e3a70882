// Terraform sources: `.tf` files (through hcl2json) and `.tf.json` files, which share one JSON view:
// `{ resource: { <type>: { <name>: [ { <arguments> } ] } } }`. Expressions are `${...}` strings:
// `jsonencode({...})` literals are read, a reference to another aws_batch_* resource of the same
// files becomes that resource's name (or address) for wiring, and everything else is Unknown.
import type { BatchResource, ResourceKind } from '../../model/resource.js';
import { field, isRecord, lookup, stringOf, unknownValue, type JsonRecord } from '../../model/values.js';
import { MappedSourceDocument } from '../cloudformation/mapped-source-document.js';
import type { DocumentLoader } from '../document-loader.js';
import { readHclLiteral } from './hcl-literal.js';
import { knownSchemaIssues } from './known-schema-issues.js';
import { applyLegacyComputeEnvironments, convertTerraformValues, TERRAFORM_TYPES } from './tf-to-api.js';

const NAME_KEYS: Record<ResourceKind, string> = { jobDefinition: 'jobDefinitionName', computeEnvironment: 'computeEnvironmentName', jobQueue: 'jobQueueName', schedulingPolicy: 'name' };
const REFERENCE = /^(aws_batch_[a-z_]+)\.([\w-]+)\.(arn|name|id)$/;

function evaluate(value: unknown, identities: ReadonlyMap<string, string>, depth = 0): unknown {
  if (depth > 64) return unknownValue('(nested too deeply)');
  if (Array.isArray(value)) return value.map((v) => evaluate(v, identities, depth + 1));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, evaluate(v, identities, depth + 1)]));
  if (typeof value !== 'string' || !value.includes('${')) return value;
  const whole = /^\$\{([\s\S]*)\}$/.exec(value);
  const expression = whole?.[1]?.trim();
  if (!expression) return unknownValue('(interpolated string)');
  const call = /^jsonencode\(([\s\S]*)\)$/.exec(expression);
  if (call) return readHclLiteral(call[1]!);
  const reference = REFERENCE.exec(expression);
  if (reference) {
    const address = `${reference[1]}.${reference[2]}`;
    if (identities.has(address)) return identities.get(address);
  }
  return unknownValue(expression.length > 60 ? `${expression.slice(0, 57)}...` : expression);
}

export const terraformSourceLoader: DocumentLoader = {
  name: 'terraform-source',
  load(value, document) {
    const none = { recognised: false, resources: [], problems: [] };
    const blocks = isRecord(value) && isRecord(value.resource) ? value.resource : undefined;
    if (!blocks) return none;
    const found: { type: string; name: string; body: unknown; kind: ResourceKind }[] = [];
    for (const [type, byName] of Object.entries(blocks)) {
      const kind = lookup(TERRAFORM_TYPES, type);
      if (!kind || !isRecord(byName)) continue;
      for (const [name, bodies] of Object.entries(byName)) found.push({ type, name, kind, body: Array.isArray(bodies) ? bodies[0] : bodies });
    }
    if (found.length === 0) return none;
    const identities = new Map<string, string>();
    for (const f of found) {
      const literal = stringOf(field(f.body, 'name')) ?? stringOf(field(f.body, 'compute_environment_name'));
      identities.set(`${f.type}.${f.name}`, literal && !literal.includes('${') ? literal : `${f.type}.${f.name}`);
    }
    const evaluated = evaluate(value, identities) as JsonRecord;
    const resources: BatchResource[] = found.map(({ type, name, kind, body }) => {
      const wrapped = Array.isArray(field(field(blocks, type), name));
      const prefix = ['resource', type, name, ...(wrapped ? [0] : [])];
      const values = evaluate(body, identities);
      const converted = convertTerraformValues(kind, values, undefined);
      if (kind === 'jobQueue') applyLegacyComputeEnvironments(values, converted);
      const { api, apiToPlan } = converted;
      if (api[NAME_KEYS[kind]] === undefined) api[NAME_KEYS[kind]] = unknownValue('(name chosen by Terraform)');
      const display = stringOf(api[NAME_KEYS[kind]]);
      return {
        kind,
        name: display && display !== '' ? display : `${type}.${name}`,
        data: api as BatchResource['data'],
        source: { document: new MappedSourceDocument(document, evaluated, prefix, apiToPlan, ['resource', type, name]), path: prefix },
        address: `${type}.${name}`,
        schemaIssues: () => knownSchemaIssues(kind, api),
      };
    });
    return { recognised: true, resources, problems: [] };
  },
};
