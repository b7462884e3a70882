#!/usr/bin/env node
// Generates what the CloudFormation and Terraform loaders need from the AWS models, and commits it:
// the product never reads data/sources at run time.
//
// Inputs: data/sources/cfn-schemas/aws-batch-*.json (cfn-lint's patched CloudFormation resource
// schemas) and data/sources/aws-models/batch/2016-08-10/service-2.json (botocore).
// Outputs:
//   schemas/cloudformation/aws-batch-*.json                    verbatim copies of the resource schemas
//   src/loaders/terraform/api-shape-tree.generated.ts          the API's shapes as a compact tree
//   src/loaders/cloudformation/cfn-mapping.generated.ts        CloudFormation property -> API member
//   src/loaders/cloudformation/cfn-validators.generated.ts     standalone ajv validators of the copies
// Run with --check to fail when the committed outputs differ from what the inputs give.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, 'data/sources');
const check = process.argv.includes('--check');
const modelPath = join(shared, 'aws-models/batch/2016-08-10/service-2.json');
if (!existsSync(modelPath)) {
  console.error(`generate-cfn-mapping: ${modelPath} not found; nothing regenerated.`);
  process.exit(check ? 0 : 1);
}
const shapes = JSON.parse(readFileSync(modelPath, 'utf8')).shapes;

const KINDS = [
  { kind: 'jobDefinition', cfnType: 'AWS::Batch::JobDefinition', file: 'aws-batch-jobdefinition.json', request: 'RegisterJobDefinitionRequest' },
  { kind: 'computeEnvironment', cfnType: 'AWS::Batch::ComputeEnvironment', file: 'aws-batch-computeenvironment.json', request: 'CreateComputeEnvironmentRequest' },
  { kind: 'jobQueue', cfnType: 'AWS::Batch::JobQueue', file: 'aws-batch-jobqueue.json', request: 'CreateJobQueueRequest' },
  { kind: 'schedulingPolicy', cfnType: 'AWS::Batch::SchedulingPolicy', file: 'aws-batch-schedulingpolicy.json', request: 'CreateSchedulingPolicyRequest' },
];

// Where CloudFormation names a property differently from the API (beyond PascalCase), keyed by
// `<API shape>.<CloudFormation property>`. None does in the 2026-06-15 schemas: every property matches
// its API member case-insensitively, with the same list/object/map structure. The script fails on a
// property it cannot place or a structure that differs, so a new schema cannot silently lose a field.
const RENAMED = {};
// CloudFormation-only properties (no API member): kept under their camelCase name so rules that know
// them can read them, never validated against the API. Listed so that an unplaced property is an error.
const CFN_ONLY = new Set([
  'CreateComputeEnvironmentRequest.ReplaceComputeEnvironment', // CloudFormation update behaviour
  'CreateComputeEnvironmentRequest.UpdatePolicy', // UpdateComputeEnvironment's updatePolicy
  'CreateComputeEnvironmentRequest.ComputeEnvironmentArn',
  'ComputeResource.UpdateToLatestImageVersion', // ComputeResourceUpdate's field
  'RegisterJobDefinitionRequest.ResourceRetentionPolicy',
  'RegisterJobDefinitionRequest.JobDefinitionArn',
  'CreateJobQueueRequest.JobQueueArn',
  'CreateSchedulingPolicyRequest.Arn',
]);

// ---- API shape tree -------------------------------------------------------------------------
// { t: 'o', p: { member: ref } } | { t: 'l', i: ref } | { t: 'm', v: ref } | { t: 's', e?: [...] } |
// { t: 'i' } | { t: 'n' } | { t: 'b' }; refs name other entries, so shared shapes are written once.
const apiTree = {};
function apiNode(name) {
  if (apiTree[name]) return name;
  const shape = shapes[name];
  if (!shape) throw new Error(`unknown shape ${name}`);
  apiTree[name] = { t: '?' };
  let node;
  if (shape.enum) node = { t: 's', e: [...shape.enum] };
  else switch (shape.type) {
    case 'structure': node = { t: 'o', p: Object.fromEntries(Object.entries(shape.members).map(([m, spec]) => [m, apiNode(spec.shape)])) }; break;
    case 'list': node = { t: 'l', i: apiNode(shape.member.shape) }; break;
    case 'map': node = { t: 'm', v: apiNode(shape.value.shape) }; break;
    case 'integer': case 'long': node = { t: 'i' }; break;
    case 'float': case 'double': node = { t: 'n' }; break;
    case 'boolean': node = { t: 'b' }; break;
    default: node = { t: 's' };
  }
  apiTree[name] = node;
  return name;
}
const apiRoots = Object.fromEntries(KINDS.map((k) => [k.kind, apiNode(k.request)]));
// Members that only describe outputs carry (status, revision, ...) are read by rules too.
for (const [kind, detail] of [['jobDefinition', 'JobDefinition'], ['computeEnvironment', 'ComputeEnvironmentDetail'], ['jobQueue', 'JobQueueDetail'], ['schedulingPolicy', 'SchedulingPolicyDetail']]) {
  const request = apiTree[apiRoots[kind]];
  for (const [m, spec] of Object.entries(shapes[detail].members)) if (!(m in request.p)) request.p[m] = apiNode(spec.shape);
}

// ---- CloudFormation -> API mapping ----------------------------------------------------------
// Per CloudFormation definition: { t: 'o', p: { CfnKey: [apiKey, childRef | null] } } (null: a
// CloudFormation-only property) | { t: 'l', i } | { t: 'm', v } | { t: 's', a: apiShape? }.
const cfnTree = {};
const problems = [];
function resolveCfn(schema, node) {
  let n = node;
  for (let i = 0; n && n.$ref && i < 10; i++) n = schema.definitions[n.$ref.replace('#/definitions/', '')];
  return n;
}
function cfnNode(kind, schema, node, apiName, where) {
  // Shared definitions are written once per API shape they map onto; inline nodes by their path.
  const key = node.$ref ? `${kind}#${node.$ref.replace('#/definitions/', '')}@${apiName ?? ''}` : `${kind}:${where}`;
  if (cfnTree[key]) return key;
  cfnTree[key] = { t: '?' };
  const n = resolveCfn(schema, node);
  const api = apiName ? apiTree[apiName] : undefined;
  let out;
  if (n.type === 'array' || n.items) {
    const itemApi = api?.t === 'l' ? api.i : undefined;
    if (api && api.t !== 'l') problems.push(`${where}: CloudFormation list, API ${api.t}`);
    out = { t: 'l', i: cfnNode(kind, schema, n.items ?? {}, itemApi, `${where}[]`) };
  } else if (n.properties) {
    if (api && api.t !== 'o') problems.push(`${where}: CloudFormation object, API ${api.t}`);
    const p = {};
    for (const [prop, child] of Object.entries(n.properties)) {
      const members = api?.t === 'o' ? api.p : {};
      const renamed = RENAMED[`${apiName}.${prop}`];
      const apiKey = renamed ?? Object.keys(members).find((m) => m === prop[0].toLowerCase() + prop.slice(1)) ?? Object.keys(members).find((m) => m.toLowerCase() === prop.toLowerCase());
      if (apiKey && members[apiKey]) p[prop] = [apiKey, cfnNode(kind, schema, child, members[apiKey], `${where}.${prop}`)];
      else if (CFN_ONLY.has(`${apiName}.${prop}`) || !api) p[prop] = [prop[0].toLowerCase() + prop.slice(1), cfnNode(kind, schema, child, undefined, `${where}.${prop}`)];
      else problems.push(`${where}.${prop}: no API member in ${apiName} (add it to RENAMED or CFN_ONLY)`);
    }
    out = { t: 'o', p };
  } else if (n.patternProperties || (n.type === 'object' && !n.properties)) {
    const valueSchema = n.patternProperties ? Object.values(n.patternProperties)[0] : n.additionalProperties && typeof n.additionalProperties === 'object' ? n.additionalProperties : {};
    if (api && api.t !== 'm') problems.push(`${where}: CloudFormation map, API ${api.t}`);
    const valueApi = api?.t === 'm' ? api.v : undefined;
    out = { t: 'm', v: cfnNode(kind, schema, valueSchema, valueApi, `${where}{}`) };
  } else {
    if (api && !['s', 'i', 'n', 'b'].includes(api.t)) problems.push(`${where}: CloudFormation scalar, API ${api.t}`);
    out = { t: 's', ...(apiName ? { a: apiName } : {}) };
  }
  cfnTree[key] = out;
  return key;
}

const cfnSchemas = {};
const cfnRoots = {};
for (const k of KINDS) {
  const schema = JSON.parse(readFileSync(join(shared, 'cfn-schemas', k.file), 'utf8'));
  cfnSchemas[k.kind] = schema;
  cfnRoots[k.cfnType] = { kind: k.kind, root: cfnNode(k.kind, schema, schema, apiRoots[k.kind], '') };
}
if (problems.length) {
  console.error(`generate-cfn-mapping: CloudFormation and API shapes disagree:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

// ---- Validators -----------------------------------------------------------------------------
// cfn-lint's schemas carry keywords plain JSON Schema does not know (data/sources/README.md):
// `enumCaseInsensitive` becomes a case-insensitive pattern (with the values in `x-enum` for
// messages), cfn-lint's own `format`s (`AWS::EC2::Subnet.Id`) and annotations are dropped.
const ANNOTATIONS = new Set(['insertionOrder', 'tagging', 'primaryIdentifier', 'additionalIdentifiers', 'readOnlyProperties', 'writeOnlyProperties', 'createOnlyProperties', 'conditionalCreateOnlyProperties', 'sourceUrl', 'typeName', 'deprecatedProperties', 'propertyTransform', 'handlers', 'replacementStrategy', 'description', 'default', 'examples', 'relationshipRef', 'arrayType']);
function forValidation(node) {
  if (Array.isArray(node)) return node.map(forValidation);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (ANNOTATIONS.has(key)) continue;
    if (key === 'format' && typeof value === 'string' && !['date-time', 'uri', 'ipv4', 'ipv6'].includes(value)) continue;
    if (key === 'enumCaseInsensitive') {
      const alt = value.map((v) => [...String(v)].map((c) => (/[a-z]/i.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join(''));
      out.pattern = `^(${alt.join('|')})$`;
      out['x-enum'] = value.map((v) => String(v).toUpperCase());
      continue;
    }
    if (key === 'pattern' && value === '') continue;
    if (key === 'patternProperties' || key === 'properties' || key === 'definitions') {
      out[key] = Object.fromEntries(Object.entries(value).map(([k2, v2]) => [k2, forValidation(v2)]));
      continue;
    }
    out[key] = forValidation(value);
  }
  return out;
}
const ajv = new Ajv.default({ allErrors: true, strict: false, code: { source: true, esm: true, optimize: true }, validateFormats: false });
ajv.addKeyword({ keyword: 'x-enum', schemaType: 'array' });
const refs = {};
for (const k of KINDS) {
  const schema = { $id: `https://batchlint.dev/schemas/cloudformation/${k.file}`, ...forValidation(cfnSchemas[k.kind]) };
  ajv.addSchema(schema);
  refs[k.kind] = schema.$id;
}
const validatorCode = standaloneCode.default(ajv, refs);

// ---- Write ----------------------------------------------------------------------------------
const outputs = [];
for (const k of KINDS) outputs.push([join('schemas/cloudformation', k.file), readFileSync(join(shared, 'cfn-schemas', k.file), 'utf8')]);
const header = '// Generated by scripts/generate-cfn-mapping.mjs from data/sources (botocore Batch model, cfn-lint resource schemas). Do not edit.\n';
outputs.push(['src/loaders/terraform/api-shape-tree.generated.ts', `${header}/** A node of the API's shape tree: object members, list items, map values, or a scalar (with its enum). */
export type ApiShape = { t: 'o'; p: Record<string, string> } | { t: 'l'; i: string } | { t: 'm'; v: string } | { t: 's'; e?: string[] } | { t: 'i' } | { t: 'n' } | { t: 'b' };
export const API_SHAPES: Record<string, ApiShape> = ${JSON.stringify(Object.fromEntries(Object.keys(apiTree).sort().map((n) => [n, apiTree[n]])))};
export const API_ROOTS = ${JSON.stringify(apiRoots)} as const;
`]);
outputs.push(['src/loaders/cloudformation/cfn-mapping.generated.ts', `${header}import type { ResourceKind } from '../../model/resource.js';
/**
 * A CloudFormation property tree: for objects, each PascalCase property with its API member name and
 * subtree; for lists their items; for maps their values (map keys are data and kept as written);
 * scalars name the API shape they map onto (for enum case and type).
 */
export type CfnShape = { t: 'o'; p: Record<string, [string, string]> } | { t: 'l'; i: string } | { t: 'm'; v: string } | { t: 's'; a?: string };
export const CFN_SHAPES: Record<string, CfnShape> = ${JSON.stringify(Object.fromEntries(Object.keys(cfnTree).sort().map((n) => [n, cfnTree[n]])))};
export const CFN_RESOURCE_TYPES: Record<string, { kind: ResourceKind; root: string }> = ${JSON.stringify(cfnRoots)};
`]);
outputs.push(['src/loaders/cloudformation/cfn-validators.generated.ts', `/* eslint-disable */
${header}// @ts-nocheck: ajv's standalone code is plain JavaScript.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
${validatorCode}`]);

let stale = 0;
for (const [file, text] of outputs) {
  const path = join(root, file);
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) { console.error(`generate-cfn-mapping: ${file} is out of date`); stale++; }
    continue;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`generate-cfn-mapping: wrote ${file} (${Math.round(text.length / 1024)} KiB)`);
}
process.exit(stale ? 1 : 0);
