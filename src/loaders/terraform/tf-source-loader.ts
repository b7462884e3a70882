// Terraform sources: `.tf` files (through hcl2json) and `.tf.json` files, which share one JSON view:
// `{ resource: { <type>: { <name>: [ { <arguments> } ] } } }`. Expressions are evaluated with the
// module the file belongs to (tf-module-eval.ts: variables, locals, functions, count/for_each,
// dynamic blocks, local modules); a reference to another aws_batch_* resource becomes that
// resource's name (or address) for wiring, and what only apply can know is Unknown at its leaf.
import type { BatchResource, ResourceKind } from '../../model/resource.js';
import { field, isRecord, isUnknown, setField, stringOf, unknownValue, type JsonRecord } from '../../model/values.js';
import type { SourceDocument } from '../../source/source-document.js';
import { MappedSourceDocument } from '../cloudformation/mapped-source-document.js';
import type { DocumentLoader } from '../document-loader.js';
import { evaluateSingleFile, type ResourceInstance } from './tf-module-eval.js';
import { moduleInstancesOf } from './tf-module-instances.js';
import { parseJsonWithUnknowns } from './tf-json-template.js';
import { applyLegacyComputeEnvironments, convertTerraformValues, JSON_STRINGS } from './tf-to-api.js';

const NAME_KEYS: Record<ResourceKind, string> = { jobDefinition: 'jobDefinitionName', computeEnvironment: 'computeEnvironmentName', jobQueue: 'jobQueueName', schedulingPolicy: 'name' };

/** The document a finding on the instance points into: the linted file's, or the module file's. */
function documentOf(instance: ResourceInstance, linted: SourceDocument): SourceDocument {
  return instance.file.parsed.documents[0]?.document ?? linted;
}

function toResource(instance: ResourceInstance, linted: SourceDocument): BatchResource {
  const { type, name, kind, body, path } = instance;
  const converted = convertTerraformValues(kind, body, undefined);
  if (kind === 'jobQueue') applyLegacyComputeEnvironments(body, converted);
  const { api, apiToPlan } = converted;
  if (api[NAME_KEYS[kind]] === undefined) api[NAME_KEYS[kind]] = unknownValue('(name chosen by Terraform)');
  const display = stringOf(api[NAME_KEYS[kind]]);
  // The evaluated block stands where the written one is, so positions are searched in the file's text.
  const raw: JsonRecord = {};
  const byName: JsonRecord = {};
  setField(byName, name, path.length > 3 ? [withJsonRead(body)] : withJsonRead(body));
  const byType: JsonRecord = {};
  setField(byType, type, byName);
  raw.resource = byType;
  return {
    kind,
    name: display && display !== '' ? display : instance.address,
    data: api as BatchResource['data'],
    source: { document: new MappedSourceDocument(documentOf(instance, linted), raw, path, apiToPlan, ['resource', type, name]), path },
    address: instance.address,
  };
}

/** The block with its JSON-string arguments as the objects they hold, so positions are searched inside them (a heredoc's keys). */
function withJsonRead(body: unknown): unknown {
  if (!isRecord(body)) return body;
  const out: JsonRecord = { ...body };
  for (const key of JSON_STRINGS) {
    const v = field(body, key);
    if (typeof v !== 'string' && !(isUnknown(v) && v.parts)) continue;
    const parsed = parseJsonWithUnknowns(v, key);
    if (parsed !== undefined) out[key] = parsed;
  }
  return out;
}

export const terraformSourceLoader: DocumentLoader = {
  name: 'terraform-source',
  load(value, document) {
    const none = { recognised: false, resources: [], problems: [] };
    if (!isRecord(value)) return none;
    const instances = moduleInstancesOf(document)?.() ?? evaluateSingleFile(value, document.file);
    // A file whose module is linted through the directory that calls it still holds Batch resources.
    const declares = isRecord(value.resource) && Object.keys(value.resource).some((t) => t.startsWith('aws_batch_'));
    if (instances.length === 0 && !declares) return none;
    return { recognised: true, resources: instances.map((i) => toResource(i, document)), problems: [] };
  },
};
