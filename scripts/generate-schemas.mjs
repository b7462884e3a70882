#!/usr/bin/env node
// Generates the JSON Schemas under schemas/ and the TypeScript model types in
// src/model/aws-types.generated.ts from the botocore AWS Batch model.
//
// Input: data/sources/aws-models/batch/2016-08-10/service-2.json (or --model PATH).
// The outputs are committed: the product never reads data/sources at run time.
// CI re-runs this script and fails on `git diff --exit-code`.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const modelArg = args.indexOf('--model');
const modelPath = modelArg >= 0 ? args[modelArg + 1]
  : resolve(root, 'data/sources/aws-models/batch/2016-08-10/service-2.json');
const check = args.includes('--check');
if (!existsSync(modelPath)) {
  console.error(`generate-schemas: botocore model not found at ${modelPath}; nothing regenerated.`);
  process.exit(check ? 0 : 1);
}
// --check: generate in memory and fail if a committed output differs (CI: generated files are current).
const outputs = new Map();
const emit = (path, content) => outputs.set(path, content);
const model = JSON.parse(readFileSync(modelPath, 'utf8'));
const shapes = model.shapes;

// The four resource kinds: each accepts the create/register request shape and the describe shape.
const KINDS = [
  { kind: 'jobDefinition', file: 'job-definition', title: 'AWS Batch job definition', request: 'RegisterJobDefinitionRequest', detail: 'JobDefinition' },
  { kind: 'computeEnvironment', file: 'compute-environment', title: 'AWS Batch compute environment', request: 'CreateComputeEnvironmentRequest', detail: 'ComputeEnvironmentDetail' },
  { kind: 'jobQueue', file: 'job-queue', title: 'AWS Batch job queue', request: 'CreateJobQueueRequest', detail: 'JobQueueDetail' },
  { kind: 'schedulingPolicy', file: 'scheduling-policy', title: 'AWS Batch scheduling policy', request: 'CreateSchedulingPolicyRequest', detail: 'SchedulingPolicyDetail' },
];

// Constraints that AWS documents (and the service enforces) but the botocore model does not carry.
// Each cites the page in ../shared/batch-facts.md that states it.
const NAME = { pattern: '^[A-Za-z0-9_-]{1,128}$' }; // [API:RegisterJobDefinition] and the Create* pages
const MEMBER_CONSTRAINTS = {
  'RegisterJobDefinitionRequest.jobDefinitionName': NAME,
  'CreateComputeEnvironmentRequest.computeEnvironmentName': NAME,
  'CreateJobQueueRequest.jobQueueName': NAME,
  'CreateSchedulingPolicyRequest.name': NAME,
  'RegisterJobDefinitionRequest.schedulingPriority': { minimum: 0, maximum: 9999 }, // [API:RegisterJobDefinition]
  'RetryStrategy.attempts': { minimum: 1, maximum: 10 }, // [API:RetryStrategy]
  'RetryStrategy.evaluateOnExit': { maxItems: 5 }, // [API:RetryStrategy]
  'EvaluateOnExit.onStatusReason': { maxLength: 512 }, // [API:EvaluateOnExit]
  'EvaluateOnExit.onReason': { maxLength: 512 },
  'EvaluateOnExit.onExitCode': { maxLength: 512 },
  'JobTimeout.attemptDurationSeconds': { minimum: 60 }, // [API:JobTimeout]
  'EphemeralStorage.sizeInGiB': { minimum: 21, maximum: 200 }, // [API:EphemeralStorage]
  'CreateJobQueueRequest.computeEnvironmentOrder': { maxItems: 3 }, // [UG:service_limits]
  'FairsharePolicy.shareDecaySeconds': { minimum: 0, maximum: 604800 }, // [API:FairsharePolicy]
  'FairsharePolicy.computeReservation': { minimum: 0, maximum: 99 },
  'ShareAttributes.weightFactor': { minimum: 0.0001, maximum: 999.9999 }, // [API:ShareAttributes]
  'JobStateTimeLimitAction.maxTimeSeconds': { minimum: 600, maximum: 86400 }, // [API:JobStateTimeLimitAction]
  'NodeRangeProperty.instanceTypes': { maxItems: 1 }, // [API:NodeRangeProperty]
  'EcsProperties.taskProperties': { maxItems: 1 }, // [API:EcsProperties]
  'EcsTaskProperties.containers': { maxItems: 10 }, // [API:EcsTaskProperties]
  'EksPodProperties.containers': { maxItems: 10 }, // [API:EksPodProperties]
  'EksPodProperties.initContainers': { maxItems: 10 },
  'LaunchTemplateSpecification.overrides': { maxItems: 10 }, // [API:LaunchTemplateSpecification]
  'ComputeResource.ec2Configuration': { maxItems: 2 }, // [API:ComputeResource]
  'ComputeScalingPolicy.minScaleDownDelayMinutes': { minimum: 0, maximum: 10080 }, // [API:ComputeScalingPolicy]
  'EFSVolumeConfiguration.transitEncryptionPort': { minimum: 0, maximum: 65535 }, // [API:EFSVolumeConfiguration]
  'LinuxParameters.swappiness': { minimum: 0, maximum: 100 }, // [API:LinuxParameters]
};
// Enums AWS documents as case-insensitive ([API:EvaluateOnExit]: "The values aren't case sensitive").
const CASE_INSENSITIVE_ENUMS = new Set(['RetryAction']);
// Values newer than the model that the current User Guide documents ([UG:job_definition_parameters]):
// accepting them keeps the schema from rejecting valid, newer configurations.
const EXTRA_ENUM_VALUES = { PlatformCapability: ['MANAGED_INSTANCES'] };
// Length bounds that hold for requests but not for what describe-* returns: AWS returns `"tags": {}`
// for untagged resources, which the request shape's min of 1 would flag as an error.
const DROP_BOUNDS = { TagrisTagsMap: ['min'] };

const defs = {};
const used = new Set();

function scalarSchema(shape) {
  switch (shape.type) {
    case 'string': {
      const s = { type: 'string' };
      if (shape.min !== undefined) s.minLength = shape.min;
      if (shape.max !== undefined) s.maxLength = shape.max;
      return s;
    }
    case 'integer': case 'long': {
      const s = { type: 'integer' };
      if (shape.min !== undefined) s.minimum = shape.min;
      if (shape.max !== undefined) s.maximum = shape.max;
      return s;
    }
    case 'float': case 'double': return { type: 'number' };
    case 'boolean': return { type: 'boolean' };
    case 'timestamp': return { type: ['string', 'number'] };
    case 'blob': return { type: 'string' };
    default: return undefined;
  }
}

function enumSchema(name, shape) {
  const values = [...shape.enum, ...(EXTRA_ENUM_VALUES[name] ?? [])];
  if (CASE_INSENSITIVE_ENUMS.has(name)) {
    const alt = values.map((v) => [...v].map((c) => (/[a-z]/i.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join(''));
    return { type: 'string', pattern: `^(${alt.join('|')})$`, 'x-enum': values };
  }
  return { type: 'string', enum: values };
}

// A reference to a named shape: structures, lists, maps and enums become $defs; plain scalars inline.
function refTo(name) {
  const shape = shapes[name];
  if (!shape) throw new Error(`unknown shape ${name}`);
  const scalar = shape.enum ? undefined : scalarSchema(shape);
  if (scalar) return scalar;
  if (!used.has(name)) {
    used.add(name);
    defs[name] = {}; // placeholder against cycles
    defs[name] = shapeSchema(name, shape);
  }
  return { $ref: `#/$defs/${name}` };
}

function memberSchema(owner, member, spec) {
  const base = refTo(spec.shape);
  const extra = MEMBER_CONSTRAINTS[`${owner}.${member}`];
  if (!extra) return base;
  if (base.$ref) {
    const jsonType = { list: 'array', structure: 'object', map: 'object', string: 'string' }[shapes[spec.shape].type];
    return { type: jsonType, allOf: [base], ...extra };
  }
  return { ...base, ...extra };
}

function shapeSchema(name, shape) {
  if (shape.enum) return enumSchema(name, shape);
  switch (shape.type) {
    case 'structure': {
      const properties = {};
      for (const [m, spec] of Object.entries(shape.members)) properties[m] = memberSchema(name, m, spec);
      const s = { type: 'object', properties, additionalProperties: false };
      if (shape.required?.length) s.required = [...shape.required];
      return s;
    }
    case 'list': {
      const s = { type: 'array', items: refTo(shape.member.shape) };
      if (shape.min !== undefined) s.minItems = shape.min;
      if (shape.max !== undefined) s.maxItems = shape.max;
      return s;
    }
    case 'map': {
      const s = { type: 'object', additionalProperties: refTo(shape.value.shape), propertyNames: refTo(shape.key.shape) };
      if (shape.min !== undefined && !DROP_BOUNDS[name]?.includes('min')) s.minProperties = shape.min;
      if (shape.max !== undefined) s.maxProperties = shape.max;
      return s;
    }
    default:
      return scalarSchema(shape);
  }
}

const schemaIdBase = 'https://batchlint.dev/schemas';
const tsKinds = [];
for (const k of KINDS) {
  for (const key of Object.keys(defs)) delete defs[key];
  used.clear();
  const request = shapes[k.request];
  const detail = shapes[k.detail];
  const properties = {};
  for (const [m, spec] of Object.entries(request.members)) properties[m] = memberSchema(k.request, m, spec);
  // Describe-only members (ARN, revision, status, ...) are accepted too; where both shapes have a
  // member, the request's shape wins because it carries the enums the API validates.
  for (const [m, spec] of Object.entries(detail.members)) if (!(m in properties)) properties[m] = memberSchema(k.detail, m, spec);
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${schemaIdBase}/${k.file}.schema.json`,
    title: k.title,
    description: `Generated by scripts/generate-schemas.mjs from the botocore model (${k.request} and ${k.detail}, API version ${model.metadata.apiVersion}). Do not edit.`,
    type: 'object',
    properties,
    required: [...request.required],
    additionalProperties: false,
    $defs: Object.fromEntries(Object.keys(defs).sort().map((n) => [n, defs[n]])),
  };
  emit(join(root, 'schemas', `${k.file}.schema.json`), JSON.stringify(schema, null, 2) + '\n');
  tsKinds.push({ ...k, members: Object.keys(properties) });
}

// TypeScript types for the model, from the same shapes: the rules read these.
const tsShapes = new Set();
function collect(name) {
  if (tsShapes.has(name)) return;
  const shape = shapes[name];
  tsShapes.add(name);
  if (shape.type === 'structure') for (const spec of Object.values(shape.members)) collect(spec.shape);
  if (shape.type === 'list') collect(shape.member.shape);
  if (shape.type === 'map') { collect(shape.key.shape); collect(shape.value.shape); }
}
for (const k of KINDS) { collect(k.request); collect(k.detail); }
function tsType(name) {
  const shape = shapes[name];
  if (shape.enum) return [...shape.enum, ...(EXTRA_ENUM_VALUES[name] ?? [])].map((v) => JSON.stringify(v)).join(' | ') + ' | (string & {})';
  switch (shape.type) {
    case 'string': case 'blob': return 'string';
    case 'integer': case 'long': case 'float': case 'double': return 'number';
    case 'boolean': return 'boolean';
    case 'timestamp': return 'string | number';
    case 'list': return `Array<${tsRef(shape.member.shape)}>`;
    case 'map': return `Record<string, ${tsRef(shape.value.shape)}>`;
    default: return 'unknown';
  }
}
function tsRef(name) {
  const shape = shapes[name];
  return shape.type === 'structure' ? `Aws${name}` : tsType(name);
}
let ts = '// Generated by scripts/generate-schemas.mjs from the botocore AWS Batch model. Do not edit.\n';
ts += '// Every field is optional and may hold a value of the wrong type or an Unknown: input is untrusted,\n';
ts += '// so rules read fields through the guards in src/model/values.ts.\n\n';
for (const name of [...tsShapes].sort()) {
  const shape = shapes[name];
  if (shape.type !== 'structure') continue;
  ts += `export interface Aws${name} {\n`;
  for (const [m, spec] of Object.entries(shape.members)) ts += `  ${m}?: ${tsRef(spec.shape)};\n`;
  ts += '}\n\n';
}
for (const k of KINDS) {
  const type = k.kind[0].toUpperCase() + k.kind.slice(1);
  ts += `/** ${k.title}: the ${k.request} shape merged with the ${k.detail} shape. */\n`;
  ts += `export type ${type}Data = Aws${k.request} & Aws${k.detail};\n\n`;
}
emit(join(root, 'src/model/aws-types.generated.ts'), ts);
if (check) {
  const stale = [...outputs].filter(([path, content]) => !existsSync(path) || readFileSync(path, 'utf8') !== content).map(([path]) => path.slice(root.length + 1));
  if (stale.length > 0) {
    console.error(`generate-schemas: out of date (run npm run generate): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log('generate-schemas: generated files are up to date');
} else {
  for (const [path, content] of outputs) writeFileSync(path, content);
  console.log(`generate-schemas: wrote ${KINDS.length} schemas and src/model/aws-types.generated.ts`);
}
