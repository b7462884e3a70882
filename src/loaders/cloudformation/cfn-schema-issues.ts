// Validates a Batch resource's resolved CloudFormation properties against the CloudFormation
// resource schema (cfn-lint's copies, compiled by scripts/generate-cfn-mapping.mjs). Issues carry
// the API path of the offending value (the resource's source translates it back to the template),
// and messages name the template's own PascalCase properties.
import type { ResourceKind } from '../../model/resource.js';
import { hasPlaceholder } from '../../model/placeholder.js';
import { isRecord, isUnknown } from '../../model/values.js';
import type { SchemaIssue } from '../../model/schema-issue.js';
import { formatPath, suggest } from '../../schema/validate-resource.js';
import type { JsonPath } from '../../source/source-document.js';
import { CFN_SHAPES } from './cfn-mapping.generated.js';
import * as validators from './cfn-validators.generated.js';
import type { PathMap } from './path-node.js';

interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

function pathOf(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

function valueAt(root: unknown, path: JsonPath): { value: unknown; unknown: boolean } {
  let v: unknown = root;
  for (const s of path) {
    if (isUnknown(v)) return { value: v, unknown: true };
    if (v === null || typeof v !== 'object') return { value: undefined, unknown: false };
    v = Object.prototype.hasOwnProperty.call(v, s) ? (v as Record<string | number, unknown>)[s] : undefined;
  }
  return { value: v, unknown: isUnknown(v) };
}

/** The CloudFormation property names allowed at a resolved path, for did-you-mean. */
function allowedAt(root: string, path: JsonPath): string[] {
  let shape = CFN_SHAPES[root];
  for (const s of path) {
    if (!shape) return [];
    if (shape.t === 'o') shape = CFN_SHAPES[shape.p[String(s)]?.[1] ?? ''];
    else if (shape.t === 'l') shape = CFN_SHAPES[shape.i];
    else if (shape.t === 'm') shape = CFN_SHAPES[shape.v];
    else return [];
  }
  return shape?.t === 'o' ? Object.keys(shape.p) : [];
}

// CloudFormation converts scalars for typed properties ("2" for an Integer, 2 for a String, "true"
// for a Boolean), as cfn-lint accepts: only a value that cannot be converted is a type error.
function convertible(value: unknown, expected: string): boolean {
  if (expected === 'string') return typeof value === 'number' || typeof value === 'boolean';
  if (expected === 'integer') return typeof value === 'string' && /^\s*-?\d+\s*$/.test(value);
  if (expected === 'number') return typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value);
  if (expected === 'boolean') return value === 'true' || value === 'false';
  return false;
}

const RANGE_WORDS: Record<string, (limit: unknown) => string> = {
  minimum: (l) => `be at least ${l}`,
  maximum: (l) => `be at most ${l}`,
  minLength: (l) => `be at least ${l} characters long`,
  maxLength: (l) => `be at most ${l} characters long`,
  minItems: (l) => `be a list of at least ${l} entries`,
  maxItems: (l) => `be a list of at most ${l} entries`,
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function quoteIfSafe(value: unknown): string {
  return typeof value === 'string' && /^[A-Za-z0-9_.:\- ]{1,40}$/.test(value) ? `"${value}"` : 'the value';
}

/**
 * @param cfn the resolved CloudFormation properties (Unknown where an intrinsic cannot be resolved)
 * @param toApi resolved CloudFormation path (JSON) -> API path
 */
export function cfnSchemaIssues(kind: ResourceKind, root: string, cfn: unknown, toApi: PathMap): SchemaIssue[] {
  const issues = issuesOf(kind, root, cfn, toApi);
  // An Fn::If whose condition is not known: CloudFormation deploys one branch or the other, so each
  // branch's value is checked where it stands (cfn-lint does the same), as if the template held it.
  const seen = new Set(issues.map(issueId));
  for (const { path, values } of conditionalScalars(cfn)) {
    for (const value of values) {
      for (const issue of issuesOf(kind, root, withValueAt(cfn, path, value), toApi, path)) {
        const id = `${issueId(issue)}|${String(value)}`;
        if (seen.has(issueId(issue)) || seen.has(id)) continue;
        seen.add(id);
        issues.push(issue);
      }
    }
  }
  return issues;
}

const issueId = (issue: SchemaIssue): string => `${issue.kind}|${JSON.stringify(issue.path)}|${issue.data.property}`;

/** At most this many Fn::If values are checked branch by branch in one resource (each costs a validation). */
const MAX_CONDITIONAL_VALUES = 32;

/** The Fn::If values with scalar branches written as literals (not parameters' AllowedValues: a parameter is unknown), with their paths. */
function conditionalScalars(cfn: unknown): { path: JsonPath; values: (string | number | boolean)[] }[] {
  const found: { path: JsonPath; values: (string | number | boolean)[] }[] = [];
  const walk = (value: unknown, path: (string | number)[], depth: number): void => {
    if (found.length >= MAX_CONDITIONAL_VALUES || depth > 32) return;
    if (isUnknown(value)) {
      if (!value.literalBranches) return;
      const values = [...new Set(value.literalBranches.filter((v): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'))];
      if (values.length > 0) found.push({ path: [...path], values });
      return;
    }
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], depth + 1));
    else if (isRecord(value)) for (const [k, v] of Object.entries(value)) walk(v, [...path, k], depth + 1);
  };
  walk(cfn, [], 0);
  return found;
}

/** A copy of `root` with `value` at `path` (only the objects and lists on the way are copied). */
function withValueAt(root: unknown, path: JsonPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(root)) return root.map((v, i) => (i === head ? withValueAt(v, rest, value) : v));
  const copy: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(root as Record<string, unknown>)) copy[k] = k === String(head) ? withValueAt(v, rest, value) : v;
  return copy;
}

/** The schema's issues with `cfn`; with `within`, only those about the value at that path. */
function issuesOf(kind: ResourceKind, root: string, cfn: unknown, toApi: PathMap, within?: JsonPath): SchemaIssue[] {
  const validate = (validators as unknown as Record<ResourceKind, Validator>)[kind];
  if (validate(cfn)) return [];
  const apiPath = (path: JsonPath): JsonPath => {
    const hit = toApi.longestPrefix(path);
    return hit ? [...hit.to, ...path.slice(hit.matched)] : path;
  };
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const path = pathOf(error.instancePath);
    if (within && (path.length !== within.length || within.some((s, i) => s !== path[i]))) continue;
    const at = valueAt(cfn, path);
    // An intrinsic that cannot be resolved is "cannot tell", never a schema error; so is a text with a
    // placeholder in it (`arn:aws:iam::<account-id>:role/x` against an ARN pattern).
    if (at.unknown || (typeof at.value === 'string' && hasPlaceholder(at.value))) continue;
    const p = error.params;
    const property = formatPath(path);
    const parent = path.length ? ` in ${property}` : '';
    let issue: SchemaIssue | undefined;
    switch (error.keyword) {
      case 'additionalProperties': {
        const name = String(p.additionalProperty);
        issue = { kind: 'unknown-property', path: apiPath([...path, name]), key: true, data: { property: name, parent, suggestion: suggest(name, allowedAt(root, path)) ?? '' } };
        break;
      }
      case 'required':
        issue = { kind: 'required', path: apiPath(path), key: true, data: { property: String(p.missingProperty), parent } };
        break;
      case 'type':
        if (convertible(at.value, String(p.type))) continue;
        issue = { kind: 'type', path: apiPath(path), key: false, data: { property, expected: String(p.type), actual: describeValue(at.value) } };
        break;
      case 'enum':
      case 'pattern': {
        const allowed = (p.allowedValues as unknown[] | undefined)?.map(String) ?? schemaEnum(error);
        if (allowed) {
          issue = { kind: 'enum', path: apiPath(path), key: false, data: { property, value: quoteIfSafe(at.value), allowed: allowed.join(', '), suggestion: typeof at.value === 'string' ? suggest(at.value, allowed) ?? '' : '' } };
        } else issue = { kind: 'range', path: apiPath(path), key: false, data: { property, expected: `match ${String(p.pattern)}` } };
        break;
      }
      case 'oneOf':
      case 'anyOf':
        // AWS::Batch::JobQueue needs ComputeEnvironmentOrder or ServiceEnvironmentOrder; the branches'
        // own `required` errors say which.
        if (isRecord(at.value)) continue;
        issue = { kind: 'type', path: apiPath(path), key: false, data: { property, expected: 'an object', actual: describeValue(at.value) } };
        break;
      default: {
        const words = RANGE_WORDS[error.keyword];
        issue = { kind: 'range', path: apiPath(path), key: false, data: { property, expected: words ? words(p.limit) : (error.message ?? error.keyword) } };
      }
    }
    // The `required` errors of a oneOf's branches: report the pair once, as one choice.
    if (issue.kind === 'required' && error.schemaPath.startsWith('#/oneOf/')) {
      const choices = ['ComputeEnvironmentOrder', 'ServiceEnvironmentOrder'];
      if (choices.some((c) => isRecord(at.value) && c in at.value)) continue;
      issue = { ...issue, data: { property: choices.join('" or "'), parent } };
    }
    const id = issueId(issue);
    if (seen.has(id)) continue;
    seen.add(id);
    issues.push(issue);
  }
  return issues;
}

// The enum behind an enumCaseInsensitive pattern: the generator stores it as `x-enum` beside the
// pattern; the ajv error carries only the schema path, so read the allowed values off the pattern.
function schemaEnum(error: AjvError): string[] | undefined {
  const pattern = String(error.params.pattern ?? '');
  const m = /^\^\((.*)\)\$$/.exec(pattern);
  if (!m) return undefined;
  return m[1]!.split('|').map((alt) => alt.replace(/\[(.)(.)\]/g, '$1').replace(/\\(.)/g, '$1'));
}
