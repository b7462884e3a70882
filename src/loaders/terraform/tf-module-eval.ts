// One Terraform module evaluated as a plan would: its variables (from the calling module's arguments,
// or, for a root module, defaults < terraform.tfvars < *.auto.tfvars < --var-file < --var), its
// locals, and every Batch resource instance (`count`, `for_each`, `dynamic` blocks), with the
// resources of local child modules under their calling address (`module.batch.aws_batch_job_queue.q`).
// https://developer.hashicorp.com/terraform/language/modules/syntax
import { readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ResourceKind } from '../../model/resource.js';
import { isRecord, lookup, partialString, setField, unknownValue, type JsonRecord } from '../../model/values.js';
import type { JsonPath } from '../../source/source-document.js';
import { ecrRepositoryUriPieces, iamArnPieces } from '../cloudformation/resource-returns.js';
import { Evaluator, type EvalContext } from './tf-evaluate.js';
import { parseExpression } from './tf-expression.js';
import { isLocalModuleSource, type TerraformCliVariables, type TerraformFile, type TerraformModuleFiles } from './tf-module-files.js';
import { TERRAFORM_TYPES } from './tf-to-api.js';

export interface ResourceInstance {
  type: string;
  name: string;
  kind: ResourceKind;
  /** Terraform's address of the instance: `module.batch.aws_batch_job_queue.q["a"]`. */
  address: string;
  /** The resource's arguments, evaluated (hcl2json's shape: blocks are lists of objects). */
  body: unknown;
  /** The block's path in its file's value. */
  path: JsonPath;
  /** The file that holds the resource block. */
  file: TerraformFile;
  /** The file of the root module that declares it: its own file, or the file of the outermost module call. */
  declaredIn: TerraformFile;
}

/** The variable values of a module: a root module's files and command line, or a call's arguments. */
export type ModuleInputs = { root: true; autoVariableFiles: readonly Record<string, unknown>[]; cliVariableFiles: readonly Record<string, unknown>[]; cli: TerraformCliVariables } | { root: false; args: ReadonlyMap<string, unknown> };

const MAX_INSTANCES = 32;
const MAX_FILE_BYTES = 1024 * 1024;
const META_ARGUMENTS = new Set(['count', 'for_each', 'depends_on', 'lifecycle', 'provider', 'provisioner', 'connection', 'dynamic']);
const REFERENCE_ATTRIBUTES = new Set(['arn', 'name', 'id', 'compute_environment_name']);

/**
 * The ARNs of the IAM resources a compute environment or job definition names, as the literal text
 * around what the apply decides (partition, account, path and name): a rule then tells a role from an
 * instance profile (`instance_role = aws_iam_role.x.arn` is a role, where Batch wants a profile).
 */
const IAM_ARNS: Readonly<Record<string, 'role' | 'instance-profile'>> = { aws_iam_role: 'role', aws_iam_instance_profile: 'instance-profile' };
function iamArnOf(type: string, name: string, attribute: string): unknown {
  const resource = attribute === 'arn' ? lookup(IAM_ARNS, type) : undefined;
  return resource === undefined ? undefined : partialString(`${type}.${name}.arn`, iamArnPieces(resource, null, '/', null));
}

/**
 * An ECR repository's URL (`<account>.dkr.ecr.<region>.<suffix>/<name>`, never a tag or digest) as the
 * literal text around what the apply decides: an image that is `aws_ecr_repository.x.repository_url`
 * (or the data source's) is then an image without a tag, which `mutable-image-tag` reports as it does
 * a literal one. The name is the block's `name` argument when it is known, else an unknown name
 * (values.ts NAME_PIECE: never a tag), so the image still has no tag. https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository
 */
function ecrRepositoryUrl(origin: string, name: unknown): unknown {
  return partialString(origin, ecrRepositoryUriPieces(null, typeof name === 'string' && name !== '' ? name : null));
}

interface Declaration {
  file: TerraformFile;
  body: unknown;
}

function blocks(file: TerraformFile, section: string): [string, unknown][] {
  const v = isRecord(file.value) ? file.value[section] : undefined;
  if (Array.isArray(v)) return v.flatMap((x) => (isRecord(x) ? Object.entries(x) : []));
  return isRecord(v) ? Object.entries(v) : [];
}

function firstBody(bodies: unknown): unknown {
  return Array.isArray(bodies) ? bodies[0] : bodies;
}

/** The declaration of a name in the file that uses it, else the only one (several files of a directory may come from different projects). */
function pick(found: readonly Declaration[] | undefined, from: TerraformFile): Declaration | undefined {
  if (!found || found.length === 0) return undefined;
  return found.find((d) => d.file === from) ?? (found.length === 1 ? found[0] : undefined);
}

function readSmallFile(path: string): string | undefined {
  try {
    // A regular file only: a FIFO or a device named by file() would block the run or never end.
    const stat = statSync(path);
    if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** A `--var NAME=VALUE`: a string for a string variable (or one without a type), else read as HCL. */
function cliValue(text: string, declaration: Declaration | undefined, evaluator: Evaluator): unknown {
  const type = isRecord(declaration?.body) ? declaration.body.type : undefined;
  if (type === undefined || type === '${string}' || type === 'string') return text;
  try {
    parseExpression(text);
  } catch {
    return text;
  }
  return evaluator.source(text);
}

class ModuleEvaluation {
  private readonly variables = new Map<string, Declaration[]>();
  private readonly locals = new Map<string, Declaration[]>();
  private readonly resources = new Map<string, Declaration[]>();
  private readonly dataSources = new Map<string, Declaration[]>();
  private readonly cache = new Map<string, unknown>();
  private readonly evaluating = new Set<string>();

  constructor(
    readonly mod: TerraformModuleFiles,
    readonly inputs: ModuleInputs,
    readonly prefix: string,
    readonly rootDir: string,
  ) {
    for (const file of mod.files) {
      for (const [name, bodies] of blocks(file, 'variable')) add(this.variables, name, { file, body: firstBody(bodies) });
      // hcl2json gives one entry per `locals` block.
      const locals = isRecord(file.value) ? file.value.locals : undefined;
      for (const block of Array.isArray(locals) ? locals : [locals]) {
        if (isRecord(block)) for (const [name, expression] of Object.entries(block)) add(this.locals, name, { file, body: expression });
      }
      for (const [type, byName] of blocks(file, 'resource')) {
        if (!isRecord(byName)) continue;
        for (const [name, bodies] of Object.entries(byName)) add(this.resources, `${type}.${name}`, { file, body: firstBody(bodies) });
      }
      for (const [type, byName] of blocks(file, 'data')) {
        if (!isRecord(byName)) continue;
        for (const [name, bodies] of Object.entries(byName)) add(this.dataSources, `data.${type}.${name}`, { file, body: firstBody(bodies) });
      }
    }
  }

  evaluator(file: TerraformFile, bindings: ReadonlyMap<string, unknown> = new Map()): Evaluator {
    const context: EvalContext = {
      variable: (name) => this.memo(`var:${file.absolutePath}:${name}`, `var.${name}`, () => this.variable(name, file)),
      local: (name) => this.memo(`local:${file.absolutePath}:${name}`, `local.${name}`, () => {
        const d = pick(this.locals.get(name), file);
        return d ? this.evaluator(d.file).value(d.body) : unknownValue(`local.${name}`);
      }),
      resource: (type, name, attribute) => {
        if (lookup(TERRAFORM_TYPES, type) && REFERENCE_ATTRIBUTES.has(attribute)) return this.identity(type, name, file);
        if (type === 'aws_ecr_repository' && attribute === 'repository_url') return this.ecrRepositoryUrl(this.resources, `aws_ecr_repository.${name}`, file);
        return iamArnOf(type, name, attribute);
      },
      dataSource: (type) => (type === 'aws_ecr_repository' ? (name, attribute) => (attribute === 'repository_url' ? this.ecrRepositoryUrl(this.dataSources, `data.aws_ecr_repository.${name}`, file) : undefined) : undefined),
      moduleDir: this.mod.dir,
      rootDir: this.rootDir,
      readFile: readSmallFile,
    };
    return new Evaluator(context, bindings);
  }

  private memo(key: string, what: string, compute: () => unknown): unknown {
    if (this.cache.has(key)) return this.cache.get(key);
    // A local that refers to itself (Terraform rejects it): unknown rather than a loop.
    if (this.evaluating.has(key)) return unknownValue(what);
    this.evaluating.add(key);
    try {
      const v = compute();
      this.cache.set(key, v);
      return v;
    } finally {
      this.evaluating.delete(key);
    }
  }

  private variable(name: string, from: TerraformFile): unknown {
    const declaration = pick(this.variables.get(name), from);
    const inputs = this.inputs;
    const literal = new Evaluator({ variable: (n) => unknownValue(`var.${n}`), local: (n) => unknownValue(`local.${n}`), resource: () => undefined, moduleDir: this.mod.dir, rootDir: this.rootDir, readFile: () => undefined });
    if (!inputs.root) {
      if (inputs.args.has(name)) return inputs.args.get(name);
    } else {
      for (let i = inputs.cli.vars.length - 1; i >= 0; i--) if (inputs.cli.vars[i]![0] === name) return cliValue(inputs.cli.vars[i]![1], declaration, literal);
      for (const files of [inputs.cliVariableFiles, inputs.autoVariableFiles]) {
        for (let i = files.length - 1; i >= 0; i--) if (Object.hasOwn(files[i]!, name)) return literal.value(files[i]![name]);
      }
    }
    const body = declaration?.body;
    if (!isRecord(body) || !Object.hasOwn(body, 'default')) return unknownValue(`var.${name}`);
    // A root module's null default is what a deploy gets unless it sets the variable: maybe absent.
    if (body.default === null) return inputs.root ? unknownValue(`var.${name} (null unless set)`) : null;
    return literal.value(body.default);
  }

  /** `repository_url` of the ECR repository (resource or data source) declared as `key`, with its name when known. */
  private ecrRepositoryUrl(declarations: Map<string, Declaration[]>, key: string, from: TerraformFile): unknown {
    return this.memo(`ecr:${from.absolutePath}:${key}`, `${key}.repository_url`, () => {
      const d = pick(declarations.get(key), from);
      const name = d && isRecord(d.body) && Object.hasOwn(d.body, 'name') ? this.evaluator(d.file).value(d.body.name) : undefined;
      return ecrRepositoryUrl(`${key}.repository_url`, name);
    });
  }

  private identity(type: string, name: string, from: TerraformFile): unknown {
    const address = `${this.prefix}${type}.${name}`;
    return this.memo(`identity:${from.absolutePath}:${type}.${name}`, address, () => {
      const d = pick(this.resources.get(`${type}.${name}`), from);
      if (!d || !isRecord(d.body)) return undefined;
      const written = d.body.name ?? d.body.compute_environment_name;
      // A resource with count or for_each has one name per instance: it is referred to by address.
      const repeated = d.body.count !== undefined || d.body.for_each !== undefined;
      const value = written === undefined || repeated ? undefined : this.evaluator(d.file).value(written);
      return typeof value === 'string' ? value : address;
    });
  }

  /** Every Batch resource instance of the module and of its local child modules. */
  instances(declaredIn: ((file: TerraformFile) => TerraformFile) | undefined, depth: number): ResourceInstance[] {
    const out: ResourceInstance[] = [];
    for (const file of this.mod.files) {
      const owner = declaredIn ? declaredIn(file) : file;
      for (const [type, byName] of blocks(file, 'resource')) {
        const kind = lookup(TERRAFORM_TYPES, type);
        if (!kind || !isRecord(byName)) continue;
        for (const [name, bodies] of Object.entries(byName)) {
          const body = firstBody(bodies);
          const path: JsonPath = ['resource', type, name, ...(Array.isArray(bodies) ? [0] : [])];
          for (const { key, bindings } of this.repetitions(file, body)) {
            const values = evaluateBody(this.evaluator(file, bindings), body, 0);
            out.push({ type, name, kind, address: `${this.prefix}${type}.${name}${key}`, body: values, path, file, declaredIn: owner });
          }
        }
      }
      if (depth >= 8) continue;
      for (const [callName, bodies] of blocks(file, 'module')) {
        const body = firstBody(bodies);
        const source = isRecord(body) ? body.source : undefined;
        // Registry and git modules are not fetched: their resources are unknown, silently.
        if (!isLocalModuleSource(source)) continue;
        const child = this.mod.children.get(source);
        if (!child) continue;
        for (const { key, bindings } of this.repetitions(file, body)) {
          const evaluator = this.evaluator(file, bindings);
          const args = new Map<string, unknown>();
          for (const [k, v] of Object.entries(body as JsonRecord)) if (!META_ARGUMENTS.has(k) && k !== 'source' && k !== 'version' && k !== 'providers') args.set(k, evaluator.value(v));
          const nested = new ModuleEvaluation(child, { root: false, args }, `${this.prefix}module.${callName}${key}.`, this.rootDir);
          for (const i of nested.instances(() => owner, depth + 1)) out.push(i);
        }
      }
    }
    return out;
  }

  /** The instances `count` or `for_each` make: none, some (each with its key), or one when unknown. */
  private repetitions(file: TerraformFile, body: unknown): { key: string; bindings: Map<string, unknown> }[] {
    if (!isRecord(body)) return [{ key: '', bindings: new Map() }];
    const evaluator = this.evaluator(file);
    if (body.count !== undefined) {
      const count = evaluator.value(body.count);
      if (typeof count === 'number' && Number.isInteger(count) && count >= 0) {
        return Array.from({ length: Math.min(count, MAX_INSTANCES) }, (_, i) => ({ key: `[${i}]`, bindings: new Map([['count', { index: i }]]) }));
      }
      return [{ key: '', bindings: new Map([['count', { index: unknownValue('count.index') }]]) }];
    }
    if (body.for_each !== undefined) {
      const each = evaluator.value(body.for_each);
      const entries: [string, unknown][] | undefined = isRecord(each) ? Object.entries(each) : Array.isArray(each) && each.every((x) => typeof x === 'string') ? (each as string[]).map((x) => [x, x]) : undefined;
      if (entries) return entries.slice(0, MAX_INSTANCES).map(([k, v]) => ({ key: `[${JSON.stringify(k)}]`, bindings: new Map([['each', { key: k, value: v }]]) }));
      return [{ key: '', bindings: new Map([['each', { key: unknownValue('each.key'), value: unknownValue('each.value') }]]) }];
    }
    return [{ key: '', bindings: new Map() }];
  }
}

function add(map: Map<string, Declaration[]>, name: string, d: Declaration): void {
  const list = map.get(name);
  if (list) list.push(d);
  else map.set(name, [d]);
}

/** A block's arguments and nested blocks, evaluated; `dynamic` blocks with a known collection are expanded. */
function evaluateBody(evaluator: Evaluator, body: unknown, depth: number): unknown {
  if (!isRecord(body) || depth > 32) return evaluator.value(body);
  const out: JsonRecord = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === 'dynamic') continue;
    if (META_ARGUMENTS.has(key)) continue;
    // Nested blocks (lists of objects) may hold `dynamic` blocks of their own.
    setField(out, key, Array.isArray(value) && value.every(isRecord) ? value.map((b) => evaluateBody(evaluator, b, depth + 1)) : evaluator.value(value));
  }
  if (isRecord(body.dynamic)) {
    const unresolved: JsonRecord = {};
    for (const [blockName, specs] of Object.entries(body.dynamic)) {
      for (const spec of Array.isArray(specs) ? specs : [specs]) {
        const generated = expandDynamic(evaluator, blockName, spec, depth);
        if (!generated) {
          setField(unresolved, blockName, spec);
          continue;
        }
        const existing = out[blockName];
        setField(out, blockName, [...(Array.isArray(existing) ? existing : []), ...generated]);
      }
    }
    if (Object.keys(unresolved).length > 0) out.dynamic = unresolved;
  }
  return out;
}

/** `dynamic "x" { for_each = ..., content { ... } }` -> the blocks it makes, or undefined when for_each is unknown. */
function expandDynamic(evaluator: Evaluator, blockName: string, spec: unknown, depth: number): unknown[] | undefined {
  if (!isRecord(spec)) return undefined;
  const coll = evaluator.value(spec.for_each);
  const entries: [unknown, unknown][] | undefined = Array.isArray(coll) ? coll.map((v, i) => [i, v]) : isRecord(coll) ? Object.entries(coll) : undefined;
  if (!entries || entries.length > MAX_INSTANCES) return undefined;
  const iterator = typeof spec.iterator === 'string' ? spec.iterator.replace(/^\$\{\s*|\s*\}$/g, '') : blockName;
  const content = firstBody(spec.content);
  return entries.map(([key, value]) => evaluateBody(evaluator.with(new Map([[iterator, { key, value }]])), content, depth + 1));
}

/** The Batch resource instances of a root module and its local child modules. */
export function evaluateRootModule(mod: TerraformModuleFiles, inputs: ModuleInputs): ResourceInstance[] {
  return new ModuleEvaluation(mod, inputs, '', mod.dir).instances(undefined, 0);
}

/** A file read on its own (a `.tf.json` file, or a loader called without its directory). */
export function evaluateSingleFile(value: unknown, absolutePath: string): ResourceInstance[] {
  const file: TerraformFile = { absolutePath, file: absolutePath, value, parsed: { file: absolutePath, format: 'json', documents: [], problems: [] } };
  const mod: TerraformModuleFiles = { dir: dirname(absolutePath), files: [file], autoVariableFiles: [], children: new Map() };
  return evaluateRootModule(mod, { root: true, autoVariableFiles: [], cliVariableFiles: [], cli: { varFiles: [], vars: [] } });
}

