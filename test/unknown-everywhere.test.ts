// Nothing unknown is ever reported as wrong, in every field of every input kind. Each case takes a
// real configuration (a fixture), replaces one field (a leaf or a whole subtree, chosen by fast-check)
// with a value of that format that cannot be known before deploy, lints both, and asserts:
// - no crash and no `internal` finding;
// - no finding located in the replaced value, unless its rule is a presence rule (the field is
//   present whatever it holds): a finding about the value of an unknown is wrong;
// - no finding that the known value did not give (same rule, message and path): an unknown is one of
//   the values the field can take, so what it makes a rule say, the known value must have said too.
// The oracle reads only each finding's rule, path and position, so it holds for rules not written yet.
// UNKNOWN_RUNS=<n> runs more cases per kind; UNKNOWN_SEED=<seed> replays a run (default: a fixed seed;
// UNKNOWN_SEED=random for a new one).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { parseSourceText } from '../dist/src/source/read-source-file.js';
import type { Finding } from '../dist/src/engine/finding.js';
import { RULES } from '../dist/rules/index.js';
import { loadSeeds, type DocumentSeed } from './fuzz/seeds.js';
import { objectOf, setOwn } from './fuzz/hostile-values.js';
import { toJson, toYaml } from './fuzz/printers.js';
import { ROOT } from './helpers/cli.js';

// Few cases per kind by default (each is two lint runs; CI's budget is seconds). The survey runs thousands.
const RUNS = Number(process.env.UNKNOWN_RUNS ?? 15);
/** A .tf case costs several times a document case (the HCL parser). */
const TF_RUNS = Math.max(1, Math.round(RUNS / 2.5));
// A fixed seed by default, so CI is deterministic; UNKNOWN_SEED=random explores new cases.
const SEED = process.env.UNKNOWN_SEED === 'random' ? undefined : Number(process.env.UNKNOWN_SEED ?? 20261207);

type Path = (string | number)[];
interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Rules that decide on presence: a present field is reported whatever it holds, so their findings
 * may sit on an unknown value.
 */
const PRESENCE_RULES: Record<string, string> = {
  'ec2-key-pair': 'computeResources.ec2KeyPair set at all opens SSH, whatever the key',
  'legacy-resource-fields': 'vcpus / memory written at all is the deprecated form',
  'fargate-unsupported-field': 'Fargate rejects the field whatever its value',
  'ec2-job-fargate-field': 'networkConfiguration / fargatePlatformConfiguration set at all on an EC2 job',
  'fargate-compute-field': 'an EC2-only computeResources field set at all on a Fargate environment',
  'host-device-access': 'linuxParameters.devices set at all',
  'secret-in-environment': 'a credential-named variable in plain environment, whatever its value',
  'launch-template-invalid': 'launchTemplateId and launchTemplateName both set, whatever they hold',
  'scale-down-delay-idle-cost': 'minScaleDownDelayMinutes set keeps instances after their last job',
  'spot-single-instance-type': 'a Spot instanceTypes list of one entry is one instance type, whatever the entry holds (issue 14); a finding on it sits on the unknown entry since findings point at the value they are about',
};

/**
 * (rule, field) pairs where a rule reports an unknown value today: bugs in rule bodies, owned by the
 * helpers rewriting rules/ and src/model/facts. The coordinator empties this list as they are fixed.
 * `field` matches the replaced path as written in the input (`a.b[0].c`; the attribute name in .tf).
 */
const KNOWN_MISFIRES: { rule: string; field: RegExp; reason: string }[] = [
];

/**
 * Where a loader loses a known value today, so that the known configuration gives fewer findings
 * than the one with an unknown in it (the new findings are right; the before-run missed them). The
 * Terraform evaluator is being rewritten; the coordinator empties this list as it improves.
 */
const LOADER_GAPS: { kind: string; seed: RegExp; reason: string }[] = [
];

/** Unknowns the oracle cannot judge, with why (`*`: any rule). */
const ORACLE_EXCEPTIONS: { rule: string; field: RegExp; reason: string }[] = [
  {
    rule: '*',
    field: /(^|\.)(tags|Tags|Metadata)(\.batchlint(:ignore)?)?$/,
    reason: 'a batchlint:ignore tag or template metadata replaced by an unknown no longer suppresses: the findings it silenced come back, rightly',
  },
  {
    rule: 'legacy-resource-fields',
    field: /(^|\.)(platformCapabilities|PlatformCapabilities)(\[\d+\])?$/,
    reason: 'vcpus / memory are deprecated on EC2 and rejected on Fargate; on a known Fargate job fargate-unsupported-field reports them instead, so with the platform unknown this rule reports a field that is wrong either way',
  },
  {
    rule: 'multinode-unsupported-environment',
    field: /(^|\.)(type|Type)$/,
    reason: 'a job with nodeProperties is multinode whatever `type` says (only type multinode takes them); the rule points its finding at `type`, so it sits on the unknown without being about it',
  },
  {
    rule: 'min-vcpus-always-on',
    field: /(^|\.)(computeResources|ComputeResources|compute_resources)(\[\d+\])?\.(type|Type)$/,
    reason: 'a known minvCpus above 0 keeps instances running on EC2 and Spot, the only environments that take it (Fargate rejects minvCpus: fargate-compute-field reports it on a known Fargate environment), so with the provisioning unknown the finding holds in every environment AWS accepts',
  },
];

function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const s of path) out += typeof s === 'number' ? `[${s}]` : out === '' ? s : `.${s}`;
  return out;
}

function excused(rule: string, replaced: string): boolean {
  return [...KNOWN_MISFIRES, ...ORACLE_EXCEPTIONS].some((e) => (e.rule === rule || e.rule === '*') && e.field.test(replaced));
}

// Rule and path, not the message: an unknown may rightly change how a finding is worded (a price
// left out when the instance types are unknown).
const key = (f: Finding): string => `${f.ruleId}|${JSON.stringify(f.path)}`;

function within(f: Finding, span: Span): boolean {
  const { line, column } = f.location;
  if (line === null || column === null) return false;
  const afterStart = line > span.line || (line === span.line && column >= span.column);
  const beforeEnd = line < span.endLine || (line === span.endLine && column < span.endColumn);
  return afterStart && beforeEnd;
}

/** Every rule, the policy checks that are off by default included. */
const EVERY_RULE = { only: new Set<string>(RULES.map((r: { id: string }) => r.id)) };

const work = mkdtempSync(join(tmpdir(), 'batchlint-unknown-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let counter = 0;

async function lint(fileName: string, text: string): Promise<{ findings: Finding[]; resources: { path: readonly (string | number)[] }[] }> {
  const dir = join(work, String(counter++));
  mkdirSync(dir);
  writeFileSync(join(dir, fileName), text);
  try {
    const result = await lintPaths([fileName], { cwd: dir, settings: EVERY_RULE });
    return { findings: result.findings, resources: result.model.resources.map((r: { source: { path: readonly (string | number)[] } }) => ({ path: r.source.path })) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `ec2_key_pair`, `ec2KeyPair`, `Ec2KeyPair` -> `ec2keypair`: a field's name in any of the input kinds. */
const fieldName = (segment: string | number | undefined): string => String(segment ?? '').replace(/_/g, '').toLowerCase();

/** What is wrong with the after-run, given the before-run; [] when nothing is. */
function violations(before: Finding[], after: Finding[], replaced: Path, inReplaced: (f: Finding) => boolean, stillAboutReplaced?: (f: Finding) => boolean, loaderGap = false): string[] {
  const out: string[] = [];
  const field = formatPath(replaced);
  // A presence rule may start to fire on a field that was null (absent) and is now present but unknown.
  const presentNow = (f: Finding) => Object.hasOwn(PRESENCE_RULES, f.ruleId) && fieldName(f.path[f.path.length - 1]) === fieldName(replaced[replaced.length - 1]);
  const show = (f: Finding) => `${f.ruleId} (${f.messageId}) at ${formatPath(f.path)} line ${f.location.line}:${f.location.column}: ${f.message}`;
  for (const f of after) if (f.category === 'internal') out.push(`internal: ${f.message}`);
  const beforeKeys = new Set(before.map(key));
  for (const f of after) {
    if (f.category === 'internal' || excused(f.ruleId, field)) continue;
    if (inReplaced(f) && !Object.hasOwn(PRESENCE_RULES, f.ruleId)) out.push(`reports the unknown value: ${show(f)}`);
    else if (!beforeKeys.has(key(f)) && !presentNow(f) && !loaderGap) out.push(`new finding the known value did not give: ${show(f)}`);
  }
  if (stillAboutReplaced) {
    const afterKeys = new Set(after.map(key));
    for (const f of before) if (stillAboutReplaced(f) && afterKeys.has(key(f)) && !Object.hasOwn(PRESENCE_RULES, f.ruleId) && !excused(f.ruleId, field)) out.push(`still reports the value now unknown: ${show(f)}`);
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (isRecord(value)) return objectOf(Object.entries(value).map(([k, v]) => [k, clone(v)] as const));
  return value;
}

function pathsUnder(value: unknown, prefix: Path, out: Path[] = []): Path[] {
  const children: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : isRecord(value) ? Object.entries(value) : [];
  for (const [k, v] of children) {
    out.push([...prefix, k]);
    pathsUnder(v, [...prefix, k], out);
  }
  return out;
}

function at(root: unknown, path: Path): unknown {
  let node = root;
  for (const s of path) node = Array.isArray(node) ? node[s as number] : isRecord(node) ? node[s as string] : undefined;
  return node;
}

function replaceAt(root: unknown, path: Path, value: unknown): void {
  const parent = at(root, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (Array.isArray(parent)) parent[last as number] = value;
  else if (isRecord(parent)) setOwn(parent, String(last), value);
}

function locate(fileName: string, text: string, path: Path): Span {
  const parsed = parseSourceText(new TextEncoder().encode(text), fileName, fileName.endsWith('.json') ? 'json' : 'yaml');
  const document = parsed.documents[0]?.document;
  if (!document) throw new Error(`the printed case does not parse: ${JSON.stringify(parsed.problems)}\n${text}`);
  return document.locate(path);
}

// ---- document kinds: API shapes, CloudFormation, SAM ----

/** API shapes have no unknown: a placeholder where the value will be filled in is their unknown. */
const API_PLACEHOLDERS = ['<account-id>', 'REPLACE_ME', '{{ value }}', '${VALUE}', 'XXXXXXXXXXXX', 'ACCOUNT_ID', '<your-role-arn>', 'CHANGE_ME'];
const CFN_UNKNOWNS = [{ Ref: 'UnsetParameter' }, { 'Fn::GetAtt': ['ExternalThing', 'Value'] }, { 'Fn::ImportValue': 'shared-stack-value' }];

type DocumentKind = 'api-json' | 'api-yaml' | 'cfn-json' | 'cfn-yaml' | 'sam';

/** A template with what the unknowns refer to: a parameter without default, a custom resource. */
function withReferents(doc: unknown, sam: boolean): unknown {
  const copy = clone(doc);
  if (!isRecord(copy)) return copy;
  if (!isRecord(copy.Parameters)) setOwn(copy, 'Parameters', objectOf([]));
  setOwn(copy.Parameters as Record<string, unknown>, 'UnsetParameter', objectOf([['Type', 'String']]));
  if (isRecord(copy.Resources)) setOwn(copy.Resources, 'ExternalThing', objectOf([['Type', 'Custom::ExternalThing'], ['Properties', objectOf([['ServiceToken', 'arn:aws:lambda:us-east-1:123456789012:function:thing']])]]));
  if (sam) setOwn(copy, 'Transform', 'AWS::Serverless-2016-10-31');
  return copy;
}

/** The arguments of an intrinsic function are not fields of the configuration. */
const INTRINSIC_KEY = /^(Ref|Condition|Fn::\w+)$/;

interface Prepared {
  fileName: string;
  doc: unknown;
  print: (doc: unknown) => string;
  before: Finding[];
  fields: Path[];
}

async function prepareDocument(kind: DocumentKind, seed: DocumentSeed): Promise<Prepared | undefined> {
  if (seed.documents.length !== 1) return undefined;
  const isTemplate = kind !== 'api-json' && kind !== 'api-yaml';
  const doc = isTemplate ? withReferents(seed.documents[0], kind === 'sam') : clone(seed.documents[0]);
  const print = kind.endsWith('json') ? toJson : toYaml;
  const fileName = kind.endsWith('json') ? 'c.json' : 'c.yaml';
  const { findings, resources } = await lint(fileName, print(doc));
  if (resources.length === 0 || findings.some((f) => f.category === 'internal' || f.ruleId === 'parse-error')) return undefined;
  // Every field inside a resource's properties (the resource's own path for API shapes and plans,
  // Properties for templates).
  const fields = resources.flatMap((r) => {
    const root = isTemplate && r.path[0] === 'Resources' ? [...r.path.slice(0, 2), 'Properties'] : [...r.path];
    return pathsUnder(at(doc, root), root);
  }).filter((p) => !p.some((s) => typeof s === 'string' && INTRINSIC_KEY.test(s)));
  return fields.length > 0 ? { fileName, doc, print, before: findings, fields } : undefined;
}

// ---- Terraform .tf ----

interface TfAttribute {
  /** Offsets of the value in the text. */
  start: number;
  end: number;
  name: string;
  block: string;
}

/** Attributes (one-line or spanning lines) of resource, data and locals blocks, and variable defaults. */
function tfAttributes(text: string): TfAttribute[] {
  const out: TfAttribute[] = [];
  let depth = 0;
  let block = '';
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lineStart = offset;
    offset += line.length + 1;
    if (depth === 0) {
      const header = /^\s*(\w+)/.exec(line);
      if (header) block = header[1]!;
    }
    const m = depth > 0 ? /^(\s*)([A-Za-z_][\w-]*)\s*=\s*(\S.*?)\s*$/.exec(line) : null;
    if (m && ['resource', 'data', 'locals', 'variable'].includes(block) && (block !== 'variable' || m[2] === 'default') && !['count', 'for_each', 'provider', 'depends_on', 'source'].includes(m[2]!)) {
      const valueStart = lineStart + line.indexOf(m[3]!, m[1]!.length + m[2]!.length);
      const end = valueEnd(text, valueStart);
      if (end !== undefined) out.push({ start: valueStart, end, name: m[2]!, block });
    }
    depth += braceDelta(line);
    if (depth < 0) depth = 0;
  }
  return out;
}

function braceDelta(line: string): number {
  let d = 0;
  for (const ch of line.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/#.*$|\/\/.*$/, '')) d += ch === '{' ? 1 : ch === '}' ? -1 : 0;
  return d;
}

/** Where the expression starting at `start` ends: the end of the line, or its closing bracket or heredoc marker. */
function valueEnd(text: string, start: number): number | undefined {
  const heredoc = /^<<-?(\w+)\n/.exec(text.slice(start, start + 64));
  if (heredoc) {
    const close = new RegExp(`\\n\\s*${heredoc[1]}\\s*(\\n|$)`).exec(text.slice(start));
    return close ? start + close.index + close[0].trimEnd().length : undefined;
  }
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      depth--;
      if (depth < 0) return undefined;
    } else if (ch === '\n' && depth === 0) return text.slice(start, i).trimEnd().length + start;
  }
  return depth === 0 ? text.trimEnd().length : undefined;
}

const TF_UNKNOWNS = ['var.unset', 'aws_ssm_parameter.external.value', '"${var.unset}"', 'data.aws_caller_identity.current.account_id'];
const TF_REFERENTS = '\nvariable "unset" {}\nresource "aws_ssm_parameter" "external" {\n  name = "external"\n  type = "String"\n  value = "x"\n}\ndata "aws_caller_identity" "current" {}\n';

function spanOf(text: string, start: number, end: number): Span {
  const before = text.slice(0, start).split('\n');
  const upToEnd = text.slice(0, end).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1, endLine: upToEnd.length, endColumn: upToEnd[upToEnd.length - 1]!.length + 1 };
}

// ---- plan JSON: a value known only after apply is absent from the planned values, true in after_unknown ----

function markUnknown(afterUnknown: Record<string, unknown>, path: Path): void {
  let node: Record<string | number, unknown> = afterUnknown;
  path.forEach((s, i) => {
    if (i === path.length - 1) {
      node[s] = true;
      return;
    }
    const next = node[s];
    if (!isRecord(next) && !Array.isArray(next)) node[s] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[s] as Record<string | number, unknown>;
  });
}

// ---- the properties ----

const all = loadSeeds(ROOT);
// Seeds that hold a Batch resource, told cheaply (most fixtures do; a lint of each would take seconds).
const BATCH = /jobDefinitionName|computeEnvironmentName|jobQueueName|fairsharePolicy|AWS::Batch::|aws_batch_/;
const holdsBatch = (s: DocumentSeed) => BATCH.test(JSON.stringify(s.documents));
const seeds = { ...all, api: all.api.filter(holdsBatch), cloudFormation: all.cloudFormation.filter(holdsBatch), sam: all.sam.filter(holdsBatch), terraform: all.terraform.filter((s) => BATCH.test(s.text)) };
// One document per seed (a case replaces a field of one document): told cheaply here, so that most
// cases reach a usable seed (a third of the API seeds hold several documents, and with them the
// judged-cases check below failed about one run in ten).
const single = (list: DocumentSeed[]): DocumentSeed[] => list.filter((s) => s.documents.length === 1);
const DOCUMENT_SEEDS: Record<DocumentKind, DocumentSeed[]> = {
  'api-json': single(seeds.api),
  'api-yaml': single(seeds.api),
  'cfn-json': single(seeds.cloudFormation),
  'cfn-yaml': single(seeds.cloudFormation),
  sam: single([...seeds.sam, ...seeds.cloudFormation]),
};

/**
 * UNKNOWN_COLLECT=1: survey mode, for finding what to fix: record every violation instead of failing,
 * and print them grouped by kind and rule at the end.
 */
const COLLECT = process.env.UNKNOWN_COLLECT === '1';
const collected = new Map<string, { count: number; example: string }>();
afterAll(() => {
  if (!COLLECT) return;
  const rows = [...collected.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  process.stdout.write(`\n${rows.map(([k, v]) => `${v.count}\t${k}\n\t${v.example.replace(/\n/g, '\n\t')}`).join('\n')}\n`);
});

function judge(kind: string, found: string[], context: string): void {
  if (!COLLECT) {
    expect(found, context).toEqual([]);
    return;
  }
  for (const v of found) {
    const group = `${kind} ${v.split(':')[0]}: ${/^[^:]*: (\S+)/.exec(v)?.[1] ?? ''} ${/ at (\S+)/.exec(v)?.[1]?.replace(/\[\d+\]/g, '[]').replace(/^(Resources|planned_values\.root_module\.(child_modules\[\]\.)?resources\[\]\.values|resource)\.[^.]*\.?/, '') ?? ''}`;
    const entry = collected.get(group) ?? { count: 0, example: `${context.split('\n')[0]}\n${v}` };
    entry.count++;
    collected.set(group, entry);
  }
}

const options = { numRuns: RUNS, endOnFailure: true, ...(SEED !== undefined ? { seed: SEED } : {}) };

describe('an unknown in any field of any input kind is never reported as wrong', () => {
  it.each(Object.keys(DOCUMENT_SEEDS) as DocumentKind[])('%s', async (kind) => {
    const cache = new Map<number, Prepared | undefined>();
    const list = DOCUMENT_SEEDS[kind];
    const unknowns = kind.startsWith('api') ? API_PLACEHOLDERS : CFN_UNKNOWNS;
    let judged = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: list.length - 1 }), fc.nat(), fc.nat({ max: unknowns.length - 1 }), async (seedIndex, fieldIndex, unknownIndex) => {
        if (!cache.has(seedIndex)) cache.set(seedIndex, await prepareDocument(kind, list[seedIndex]!));
        const prepared = cache.get(seedIndex);
        if (!prepared) return;
        judged++;
        const path = prepared.fields[fieldIndex % prepared.fields.length]!;
        const doc = clone(prepared.doc);
        replaceAt(doc, path, clone(unknowns[unknownIndex]));
        const text = prepared.print(doc);
        const { findings } = await lint(prepared.fileName, text);
        const span = locate(prepared.fileName, text, path);
        const replaced = formatPath(path);
        judge(kind, violations(prepared.before, findings, path, (f) => within(f, span)), `${list[seedIndex]!.file}: ${replaced} := ${JSON.stringify(unknowns[unknownIndex])}\n${text.slice(0, 3000)}`);
      }),
      options,
    );
    expect(judged, 'most cases must reach a seed with resources').toBeGreaterThan(RUNS / 2);
  }, 120_000);

  it('tf', async () => {
    const list = seeds.terraform.map((s) => ({ file: s.file, text: s.text + TF_REFERENTS }));
    const cache = new Map<number, { before: Finding[]; attributes: TfAttribute[] } | undefined>();
    let judged = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: list.length - 1 }), fc.nat(), fc.nat({ max: TF_UNKNOWNS.length - 1 }), async (seedIndex, attributeIndex, unknownIndex) => {
        const seed = list[seedIndex]!;
        if (!cache.has(seedIndex)) {
          const { findings, resources } = await lint('main.tf', seed.text);
          const usable = resources.length > 0 && !findings.some((f) => f.category === 'internal' || f.ruleId === 'parse-error');
          cache.set(seedIndex, usable ? { before: findings, attributes: tfAttributes(seed.text) } : undefined);
        }
        const prepared = cache.get(seedIndex);
        if (!prepared || prepared.attributes.length === 0) return;
        judged++;
        const attribute = prepared.attributes[attributeIndex % prepared.attributes.length]!;
        const unknown = TF_UNKNOWNS[unknownIndex]!;
        const text = seed.text.slice(0, attribute.start) + unknown + seed.text.slice(attribute.end);
        const { findings } = await lint('main.tf', text);
        const span = spanOf(text, attribute.start, attribute.start + unknown.length);
        const beforeSpan = spanOf(seed.text, attribute.start, attribute.end);
        const replaced = `${attribute.block} ${attribute.name} (line ${span.line})`;
        const gap = LOADER_GAPS.some((g) => g.kind === 'tf' && g.seed.test(seed.file));
        judge('tf', violations(prepared.before, findings, [attribute.name], (f) => within(f, span), (f) => within(f, beforeSpan), gap), `${seed.file}: ${replaced} := ${unknown}\n${seed.text.slice(attribute.start, attribute.end).slice(0, 500)}`);
      }),
      { ...options, numRuns: TF_RUNS },
    );
    expect(judged).toBeGreaterThan(TF_RUNS / 2);
  }, 120_000);

  it('plan', async () => {
    const cache = new Map<number, Prepared | undefined>();
    let judged = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: seeds.plan.length - 1 }), fc.nat(), async (seedIndex, fieldIndex) => {
        if (!cache.has(seedIndex)) {
          const doc = clone(seeds.plan[seedIndex]!.documents[0]);
          const { findings, resources } = await lint('plan.json', toJson(doc));
          // Object properties only: an element removed from a list would move the ones after it.
          const fields = resources.flatMap((r) => pathsUnder(at(doc, [...r.path]), [...r.path])).filter((p) => typeof p[p.length - 1] === 'string');
          cache.set(seedIndex, resources.length > 0 ? { fileName: 'plan.json', doc, print: toJson, before: findings, fields } : undefined);
        }
        const prepared = cache.get(seedIndex);
        if (!prepared || prepared.fields.length === 0) return;
        judged++;
        const path = prepared.fields[fieldIndex % prepared.fields.length]!;
        const valuesAt = path.indexOf('values');
        const resource = at(prepared.doc, path.slice(0, valuesAt)) as Record<string, unknown>;
        const doc = clone(prepared.doc) as Record<string, unknown>;
        delete (at(doc, path.slice(0, -1)) as Record<string, unknown>)[path[path.length - 1] as string];
        const changes = Array.isArray(doc.resource_changes) ? (doc.resource_changes as Record<string, unknown>[]) : ((doc.resource_changes = []) as Record<string, unknown>[]);
        let change = changes.find((c) => c.address === resource.address);
        if (!change) changes.push((change = { address: resource.address, change: { after_unknown: {} } }));
        if (!isRecord(change.change)) change.change = {};
        const inner = change.change as Record<string, unknown>;
        if (!isRecord(inner.after_unknown)) inner.after_unknown = {};
        markUnknown(inner.after_unknown as Record<string, unknown>, path.slice(valuesAt + 1));
        const { findings } = await lint('plan.json', toJson(doc));
        const beforeSpan = locate('plan.json', toJson(prepared.doc), path);
        // The value is gone from the text: what was reported inside it must not be reported any more.
        judge('plan', violations(prepared.before, findings, path.slice(valuesAt + 1), () => false, (f) => within(f, beforeSpan)), `${seeds.plan[seedIndex]!.file}: ${formatPath(path)} known after apply`);
      }),
      options,
    );
    expect(judged).toBeGreaterThan(RUNS / 2);
  }, 120_000);
});
