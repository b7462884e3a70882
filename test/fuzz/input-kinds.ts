// One generator per input kind: a real configuration (a fixture) with a few hostile edits, written
// the way users write that kind of file. A case is a file name and its text.
import fc from 'fast-check';
import { CONTROL_STRINGS, PROTOTYPE_NAMES, hostileValue, nastyKey, nastyString, objectOf, setOwn } from './hostile-values.js';
import { COLLECTION_KEY, HclBlock, HclRaw, hclExpression, hclTopBlock, toJson, toYaml } from './printers.js';
import type { DocumentSeed, Seeds } from './seeds.js';

export const INPUT_KINDS = ['api-json', 'api-yaml', 'cfn-json', 'cfn-yaml', 'sam', 'tf', 'plan'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

export interface FuzzCase {
  kind: InputKind;
  /** The seed fixture the case was made from (or "generated"). */
  from: string;
  fileName: string;
  text: string;
}

/** Field names of the API shapes, templates and plans: added keys are these as often as hostile names. */
const FIELD_NAMES = [
  'type', 'name', 'image', 'vcpus', 'memory', 'command', 'instanceTypes', 'InstanceTypes', 'resourceRequirements', 'ResourceRequirements',
  'value', 'Value', 'Type', 'Properties', 'computeResources', 'ComputeResources', 'containerProperties', 'ContainerProperties',
  'platformCapabilities', 'PlatformCapabilities', 'retryStrategy', 'timeout', 'attemptDurationSeconds', 'maxvCpus', 'minvCpus',
  'MaxvCpus', 'allocationStrategy', 'computeEnvironmentOrder', 'ComputeEnvironmentOrder', 'computeEnvironment', 'jobRoleArn',
  'privileged', 'user', 'environment', 'secrets', 'linuxParameters', 'tags', 'Tags', 'nodeProperties', 'eksProperties',
  'ecsProperties', 'DependsOn', 'Condition', 'Metadata', 'values', 'after', 'after_unknown', 'instance_type', 'max_vcpus',
] as const;

const RESOURCE_TYPES = [
  'AWS::Batch::JobDefinition', 'AWS::Batch::ComputeEnvironment', 'AWS::Batch::JobQueue', 'AWS::Batch::SchedulingPolicy',
  'AWS::Serverless::Function', 'AWS::EC2::LaunchTemplate', 'AWS::IAM::Role', 'Custom::Thing', 'AWS::Batch::', 'AWS::CloudFormation::Stack',
] as const;

const TF_TYPES = ['aws_batch_job_definition', 'aws_batch_compute_environment', 'aws_batch_job_queue', 'aws_batch_scheduling_policy', 'aws_launch_template', 'aws_iam_role'] as const;

type Path = (string | number)[];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A deep copy that keeps own `__proto__` keys as keys. */
function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (isRecord(value)) return objectOf(Object.entries(value).map(([k, v]) => [k, clone(v)] as const));
  return value;
}

function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (isRecord(value)) for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

function at(root: unknown, path: Path): unknown {
  let node = root;
  for (const segment of path) node = Array.isArray(node) ? node[segment as number] : isRecord(node) && Object.hasOwn(node, segment) ? node[segment as string] : undefined;
  return node;
}

/** Edits of one document; indices pick among the paths that exist when the edit is applied, so every edit applies. */
type Edit =
  | { op: 'replace'; index: number; value: unknown }
  | { op: 'rename'; index: number; key: string }
  | { op: 'add'; index: number; key: string; value: unknown }
  | { op: 'resource'; index: number; field: 'Type' | 'id' | 'type' | 'name' | 'address' | 'new'; name: string; value: unknown };

function replaceAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = at(root, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (Array.isArray(parent)) parent[last as number] = value;
  else if (isRecord(parent)) setOwn(parent, String(last), value);
  return root;
}

/** Renames a key in place, keeping the key order (positions and rule order depend on it). */
function renameAt(root: unknown, path: Path, key: string): void {
  const parent = at(root, path.slice(0, -1));
  const old = path[path.length - 1];
  if (!isRecord(parent) || typeof old !== 'string' || old === key) return;
  const entries = Object.entries(parent);
  for (const k of Object.keys(parent)) delete parent[k];
  for (const [k, v] of entries) if (k !== key) setOwn(parent, k === old ? key : k, v);
}

/** The resource entries an edit of kind `resource` targets: template Resources, plan resources and changes. */
function resourceSlots(doc: unknown): { container: Record<string, unknown>; path: Path }[] {
  const out: { container: Record<string, unknown>; path: Path }[] = [];
  for (const path of pathsOf(doc)) {
    const node = at(doc, path);
    const last = path[path.length - 1];
    if (last === 'Resources' && isRecord(node)) out.push({ container: node, path });
    if ((last === 'resources' || last === 'resource_changes') && Array.isArray(node)) node.forEach((_, i) => out.push({ container: node[i] as Record<string, unknown>, path: [...path, i] }));
  }
  return out.filter((s) => isRecord(s.container));
}

function applyEdit(doc: unknown, edit: Edit): unknown {
  const paths = pathsOf(doc);
  const path = paths[edit.index % paths.length]!;
  switch (edit.op) {
    case 'replace':
      return replaceAt(doc, path, edit.value);
    case 'rename': {
      const keyed = paths.filter((p) => typeof p[p.length - 1] === 'string');
      if (keyed.length > 0) renameAt(doc, keyed[edit.index % keyed.length]!, edit.key);
      return doc;
    }
    case 'add': {
      const objects = paths.filter((p) => isRecord(at(doc, p)));
      if (objects.length > 0) setOwn(at(doc, objects[edit.index % objects.length]!) as Record<string, unknown>, edit.key, edit.value);
      return doc;
    }
    case 'resource': {
      const slots = resourceSlots(doc);
      if (slots.length === 0) return doc;
      const slot = slots[edit.index % slots.length]!;
      const ids = Object.keys(slot.container);
      if (edit.field === 'new') setOwn(slot.container, edit.name, objectOf([['Type', edit.value], ['Properties', objectOf([['Name', edit.name]])]]));
      else if (edit.field === 'id' && ids.length > 0) renameAt(doc, [...slot.path, ids[edit.index % ids.length]!], edit.name);
      else if (edit.field === 'Type' && ids.length > 0) {
        const resource = slot.container[ids[edit.index % ids.length]!];
        if (isRecord(resource)) setOwn(resource, 'Type', edit.value);
      } else setOwn(slot.container, edit.field, edit.value);
      return doc;
    }
  }
}

function editArbitrary(intrinsics: boolean): fc.Arbitrary<Edit> {
  const value = hostileValue({ intrinsics, maxDepth: 3 });
  const key = fc.oneof(nastyKey, fc.constantFrom(...FIELD_NAMES));
  const typeName = fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.constantFrom(...RESOURCE_TYPES, ...TF_TYPES), nastyString, value);
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constant('replace' as const), index: fc.nat(), value }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('rename' as const), index: fc.nat(), key }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('add' as const), index: fc.nat(), key: fc.oneof(key, fc.constantFrom(COLLECTION_KEY + '[a, b]', COLLECTION_KEY + '{k: v}')), value }) },
    {
      weight: 3,
      arbitrary: fc.record({ op: fc.constant('resource' as const), index: fc.nat(), field: fc.constantFrom('Type' as const, 'id' as const, 'type' as const, 'name' as const, 'address' as const, 'new' as const), name: fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), nastyString), value: typeName }),
    },
  );
}

/** A file name: usually plain, sometimes a prototype name or carrying terminal escapes. */
function fileNameArbitrary(extension: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const base = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('batch', 'template', 'main', 'plan') },
    { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
    // A file name cannot hold "/" or NUL; everything else is fair.
    { weight: 2, arbitrary: fc.constantFrom(...CONTROL_STRINGS).map((s) => `x${s.replace(/[/\u0000]/g, '')}y`) },
  );
  return fc.tuple(base, extension).map(([b, e]) => b + e);
}

function documentCase(kind: InputKind, seeds: readonly DocumentSeed[], print: (docs: unknown[]) => string, extension: fc.Arbitrary<string>, prepare: (doc: unknown, extra: boolean) => unknown = (d) => d): fc.Arbitrary<FuzzCase> {
  return fc
    .record({
      seed: fc.nat({ max: seeds.length - 1 }),
      documentIndex: fc.nat(),
      edits: fc.array(editArbitrary(kind.startsWith('cfn') || kind === 'sam'), { minLength: 1, maxLength: 4 }),
      extra: fc.boolean(),
      fileName: fileNameArbitrary(extension),
    })
    .map(({ seed, documentIndex, edits, extra, fileName }) => {
      const source = seeds[seed]!;
      const documents = source.documents.map(clone);
      const target = documentIndex % documents.length;
      let doc = prepare(documents[target], extra);
      // Generated values are shared (constants) and replayed while shrinking: edit copies, never them.
      for (const edit of edits) doc = applyEdit(doc, 'value' in edit ? { ...edit, value: clone(edit.value) } : edit);
      documents[target] = doc;
      return { kind, from: source.file, fileName, text: print(documents) };
    });
}

/** Makes a template a SAM template, with a serverless resource beside the Batch ones when `extra`. */
function asSam(doc: unknown, extra: boolean): unknown {
  if (!isRecord(doc)) return doc;
  setOwn(doc, 'Transform', extra ? ['AWS::Serverless-2016-10-31', 'AWS::LanguageExtensions'] : 'AWS::Serverless-2016-10-31');
  const resources = doc.Resources;
  if (isRecord(resources)) setOwn(resources, 'Submitter', objectOf([['Type', 'AWS::Serverless::Function'], ['Properties', objectOf([['Runtime', 'python3.12'], ['Handler', 'app.handler'], ['Policies', [objectOf([['Ref', 'AWS::NoValue']])]]])]]));
  return doc;
}

// ---- Terraform .tf ----

const TF_FIELDS: Record<string, readonly string[]> = {
  aws_batch_job_definition: ['name', 'type', 'platform_capabilities', 'container_properties', 'node_properties', 'eks_properties', 'ecs_properties', 'retry_strategy', 'timeout', 'parameters', 'propagate_tags', 'scheduling_priority', 'tags'],
  aws_batch_compute_environment: ['compute_environment_name', 'type', 'state', 'service_role', 'compute_resources', 'eks_configuration', 'tags'],
  aws_batch_job_queue: ['name', 'state', 'priority', 'compute_environments', 'compute_environment_order', 'job_state_time_limit_action', 'scheduling_policy_arn', 'tags'],
  aws_batch_scheduling_policy: ['name', 'fair_share_policy', 'tags'],
};
const TF_NESTED = ['type', 'max_vcpus', 'min_vcpus', 'instance_type', 'allocation_strategy', 'bid_percentage', 'subnets', 'security_group_ids', 'instance_role', 'attempts', 'attempt_duration_seconds', 'order', 'compute_environment', 'image_type', 'action', 'on_exit_code', 'share_identifier', 'weight_factor'];
const CONTAINER_FIELDS = ['image', 'vcpus', 'memory', 'command', 'jobRoleArn', 'executionRoleArn', 'resourceRequirements', 'privileged', 'user', 'environment', 'secrets', 'linuxParameters', 'fargatePlatformConfiguration', 'readonlyRootFilesystem', 'mountPoints', 'volumes', 'mainNode', 'numNodes', 'nodeRangeProperties'];

const tfValue = fc.oneof(
  { weight: 6, arbitrary: hostileValue({ intrinsics: false, maxDepth: 2 }) },
  { weight: 2, arbitrary: fc.constantFrom('var.x', 'local.constructor', 'var.__proto__', 'aws_iam_role.r.arn', 'each.value', 'count.index', 'module.m.out', 'data.aws_caller_identity.current.account_id').map((t) => new HclRaw(t)) },
);

/** `container_properties` and friends are JSON strings: jsonencode() of an object, or a heredoc. */
const tfJsonValue = fc
  .tuple(fc.array(fc.tuple(fc.oneof(fc.constantFrom(...CONTAINER_FIELDS), nastyKey), hostileValue({ intrinsics: false, maxDepth: 3 })), { maxLength: 6 }), fc.boolean())
  .map(([entries, heredoc]) => (heredoc ? new HclRaw(`<<EOF\n${JSON.stringify(objectOf(entries), null, 2).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{')}\nEOF`) : new HclRaw(`jsonencode(${hclExpression(objectOf(entries))})`)));

const tfBody: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.constantFrom(...Object.values(TF_FIELDS)),
    fc.array(fc.tuple(fc.nat(), fc.oneof({ weight: 3, arbitrary: tfValue }, { weight: 2, arbitrary: tfJsonValue }, { weight: 2, arbitrary: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...TF_NESTED), nastyKey), tfValue), { maxLength: 4 }).map((e) => new HclBlock(objectOf(e))) })), { maxLength: 6 }),
    fc.array(fc.tuple(nastyKey, tfValue), { maxLength: 2 }),
  )
  .map(([fields, chosen, extra]) => objectOf([...chosen.map(([i, v]) => [fields[i % fields.length]!, v] as const), ...extra]));

const tfGeneratedBlock = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.oneof(fc.constantFrom(...TF_TYPES), fc.constantFrom(...PROTOTYPE_NAMES), nastyString), fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), nastyString), tfBody).map(([t, n, b]) => hclTopBlock('resource', [t, n], b)) },
  { weight: 1, arbitrary: fc.tuple(fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), nastyString), tfValue).map(([n, v]) => hclTopBlock('variable', [n], objectOf([['default', v]]))) },
  { weight: 1, arbitrary: fc.array(fc.tuple(fc.constantFrom(...PROTOTYPE_NAMES, 'x', 'image'), tfValue), { maxLength: 3 }).map((e) => hclTopBlock('locals', [], objectOf(e))) },
  { weight: 1, arbitrary: fc.tuple(fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), nastyString), fc.constantFrom(...TF_TYPES, 'constructor'), fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), nastyString)).map(([m, t, n]) => hclTopBlock('data', [t, n], objectOf([['name', m]]))) },
);

/** Text edits of a .tf fixture: a label, an attribute's value or an attribute's name replaced, or a block appended. */
type TfEdit = { op: 'label'; index: number; which: number; name: string } | { op: 'value'; index: number; value: unknown } | { op: 'name'; index: number; name: string } | { op: 'append'; block: string };

const LABELS = /^(resource|data|module|variable|output)((?:\s+"[^"\n]*")+)\s*\{/gm;
const ONE_LINE_ATTRIBUTE = /^(\s*)([A-Za-z_][\w-]*)(\s*=\s*)([^\n]*[^\s{[(\n])[ \t]*$/gm;

function nthMatch(text: string, pattern: RegExp, index: number): RegExpExecArray | undefined {
  const all = [...text.matchAll(pattern)];
  return all.length > 0 ? (all[index % all.length] as RegExpExecArray) : undefined;
}

function applyTfEdit(text: string, edit: TfEdit): string {
  if (edit.op === 'append') return `${text}\n${edit.block}`;
  if (edit.op === 'label') {
    const m = nthMatch(text, LABELS, edit.index);
    if (!m) return text;
    const labels = [...m[2]!.matchAll(/"[^"\n]*"/g)].map((l) => l[0]);
    labels[edit.which % labels.length] = hclExpression(edit.name);
    return text.slice(0, m.index) + `${m[1]} ${labels.join(' ')} {` + text.slice(m.index + m[0].length);
  }
  const m = nthMatch(text, ONE_LINE_ATTRIBUTE, edit.index);
  if (!m || m[4]!.startsWith('<<')) return text;
  const line = edit.op === 'value' ? `${m[1]}${m[2]}${m[3]}${hclExpression(edit.value)}` : `${m[1]}${/^[A-Za-z_][\w-]*$/.test(edit.name) ? edit.name : hclExpression(edit.name)}${m[3]}${m[4]}`;
  return text.slice(0, m.index) + line + text.slice(m.index + m[0].length);
}

function terraformCase(seeds: Seeds['terraform']): fc.Arbitrary<FuzzCase> {
  const edit: fc.Arbitrary<TfEdit> = fc.oneof(
    { weight: 2, arbitrary: fc.record({ op: fc.constant('label' as const), index: fc.nat(), which: fc.nat(), name: fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), nastyString) }) },
    { weight: 4, arbitrary: fc.record({ op: fc.constant('value' as const), index: fc.nat(), value: fc.oneof(tfValue, tfJsonValue) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('name' as const), index: fc.nat(), name: fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), nastyKey) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('append' as const), block: tfGeneratedBlock }) },
  );
  const fileName = fileNameArbitrary(fc.constant('.tf'));
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ seed: fc.nat({ max: seeds.length - 1 }), edits: fc.array(edit, { minLength: 1, maxLength: 4 }), fileName }).map(({ seed, edits, fileName: name }) => ({ kind: 'tf' as const, from: seeds[seed]!.file, fileName: name, text: edits.reduce(applyTfEdit, seeds[seed]!.text) })) },
    { weight: 1, arbitrary: fc.record({ blocks: fc.array(tfGeneratedBlock, { minLength: 1, maxLength: 4 }), fileName }).map(({ blocks, fileName: name }) => ({ kind: 'tf' as const, from: 'generated', fileName: name, text: blocks.join('\n') })) },
  );
}

/** The generator of each input kind, built from the fixtures. */
export function inputKindArbitraries(seeds: Seeds): Record<InputKind, fc.Arbitrary<FuzzCase>> {
  const yamlDocs = (docs: unknown[]) => docs.map(toYaml).join('---\n');
  const jsonDoc = (docs: unknown[]) => toJson(docs.length === 1 ? docs[0] : docs);
  const yamlExt = fc.constantFrom('.yaml', '.yml');
  return {
    'api-json': documentCase('api-json', seeds.api, jsonDoc, fc.constant('.json')),
    'api-yaml': documentCase('api-yaml', seeds.api, yamlDocs, yamlExt),
    'cfn-json': documentCase('cfn-json', seeds.cloudFormation, (d) => toJson(d[0]), fc.constantFrom('.json', '.template.json')),
    'cfn-yaml': documentCase('cfn-yaml', seeds.cloudFormation, (d) => toYaml(d[0]), yamlExt),
    sam: documentCase('sam', [...seeds.sam, ...seeds.cloudFormation], (d) => toYaml(d[0]), yamlExt, asSam),
    tf: terraformCase(seeds.terraform),
    plan: documentCase('plan', seeds.plan, (d) => toJson(d[0]), fc.constantFrom('.json', '.tfplan.json')),
  };
}
