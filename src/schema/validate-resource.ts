import { closest, distance } from 'fastest-levenshtein';
import * as validators from './validators.generated.js';
import type { AjvError } from './validators.generated.js';
import type { ResourceKind } from '../model/resource.js';
import type { SchemaIssue } from '../model/schema-issue.js';
import { allowedProperties, schemaAt } from './schema-walk.js';
import { hasPlaceholder, isPlaceholder } from '../model/placeholder.js';
import { isUnknown } from '../model/values.js';

function pathOf(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

/** A close-enough known name for a misspelt one (`retryStratgy` -> `retryStrategy`), or undefined. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const lower = word.toLowerCase();
  const sameCase = candidates.find((c) => c.toLowerCase() === lower);
  if (sameCase) return sameCase;
  // `CPU` means `VCPU` more often than `GPU`: a candidate that contains the word wins.
  const containing = candidates.filter((c) => c.toLowerCase().includes(lower) || lower.includes(c.toLowerCase()));
  if (containing.length === 1) return containing[0];
  const best = closest(word, [...candidates]);
  const limit = Math.max(2, Math.floor(word.length / 3));
  return distance(word.toLowerCase(), best.toLowerCase()) <= limit ? best : undefined;
}

const RANGE_KEYWORDS: Record<string, (p: Record<string, unknown>) => string> = {
  minimum: (p) => `at least ${p.limit}`,
  maximum: (p) => `at most ${p.limit}`,
  exclusiveMinimum: (p) => `more than ${p.limit}`,
  exclusiveMaximum: (p) => `less than ${p.limit}`,
  minLength: (p) => `at least ${p.limit} characters long`,
  maxLength: (p) => `at most ${p.limit} characters long`,
  minItems: (p) => `a list of at least ${p.limit} entries`,
  maxItems: (p) => `a list of at most ${p.limit} entries`,
  minProperties: (p) => `a map of at least ${p.limit} entries`,
  maxProperties: (p) => `a map of at most ${p.limit} entries`,
};

/** `retryStrategy.evaluateOnExit[1].action`: where the value is, for messages. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const s of path) out += typeof s === 'number' ? `[${s}]` : out === '' ? s : `.${s}`;
  return out === '' ? 'the document' : out;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = root;
  for (const s of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Object.prototype.hasOwnProperty.call(v, s) ? (v as Record<string | number, unknown>)[s] : undefined;
  }
  return v;
}

/** Short enum-like values are safe and useful to repeat; anything else is never echoed (it may be a secret). */
function quoteIfSafe(value: unknown): string {
  return typeof value === 'string' && /^[A-Za-z0-9_.:\- ]{1,40}$/.test(value) ? `"${value}"` : 'the value';
}

function toIssue(kind: ResourceKind, data: unknown, error: AjvError): SchemaIssue | undefined {
  const path = pathOf(error.instancePath);
  const p = error.params;
  switch (error.keyword) {
    case 'additionalProperties': {
      const property = String(p.additionalProperty);
      const suggestion = suggest(property, allowedProperties(kind, path));
      return { kind: 'unknown-property', path: [...path, property], key: true, data: { property, parent: path.length ? ` in ${formatPath(path)}` : '', suggestion: suggestion ?? '' } };
    }
    case 'required':
      return { kind: 'required', path, key: true, data: { property: String(p.missingProperty), parent: path.length ? ` in ${formatPath(path)}` : '' } };
    case 'type': {
      const value = valueAt(data, path);
      return { kind: 'type', path, key: false, data: { property: formatPath(path), expected: String(p.type), actual: describeValue(value) } };
    }
    case 'enum':
    case 'pattern': {
      const schema = schemaAt(kind, path);
      const allowed = (p.allowedValues as string[] | undefined) ?? (schema?.['x-enum'] as string[] | undefined);
      const value = valueAt(data, path);
      if (allowed) {
        const suggestion = typeof value === 'string' ? suggest(value, allowed) : undefined;
        return { kind: 'enum', path, key: false, data: { property: formatPath(path), value: quoteIfSafe(value), allowed: allowed.join(', '), suggestion: suggestion ?? '' } };
      }
      return { kind: 'range', path, key: false, data: { property: formatPath(path), expected: `match ${String(p.pattern)}` } };
    }
    case 'propertyNames':
      return undefined; // reported again, more precisely, by the key's own error
    default: {
      const describe = RANGE_KEYWORDS[error.keyword];
      if (!describe) return { kind: 'range', path, key: false, data: { property: formatPath(path), expected: error.message ?? error.keyword } };
      const isName = error.instancePath.endsWith('/propertyName') || p.propertyName !== undefined;
      return { kind: 'range', path, key: isName, data: { property: formatPath(path), expected: `be ${describe(p)}` } };
    }
  }
}

/** The value at `path`, or the Unknown met on the way there (an unknown object holds unknown fields). */
function valueOrUnknownAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = root;
  for (const s of path) {
    if (isUnknown(v) || v === null || typeof v !== 'object') return v;
    v = Object.prototype.hasOwnProperty.call(v, s) ? (v as Record<string | number, unknown>)[s] : undefined;
  }
  return v;
}

/**
 * Whether an issue is about a value that is not known: an Unknown (a template or plan value decided
 * at deploy time), or a placeholder written in its place (`<account-id>`, `{{ name }}`, `REPLACE_ME`).
 * Nothing unknown is reported as wrong. A placeholder inside a longer string makes its pattern,
 * allowed values and length unknown, but a string where an object or a list belongs is still the
 * wrong type unless the placeholder is the whole value.
 */
function aboutUnknown(issue: SchemaIssue, data: unknown): boolean {
  const value = valueOrUnknownAt(data, issue.path);
  if (isUnknown(value)) return true;
  if (issue.key || typeof value !== 'string') return false;
  return issue.kind === 'type' ? isPlaceholder(value) : hasPlaceholder(value);
}

/**
 * Validates one resource against its generated schema. Wrong types, enum values, ranges, unknown and
 * missing properties come back as issues with the path of the offending value.
 */
export function validateResource(kind: ResourceKind, data: unknown): SchemaIssue[] {
  const validate = validators[kind];
  if (validate(data)) return [];
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const issue = toIssue(kind, data, error);
    if (!issue || aboutUnknown(issue, data)) continue;
    const id = `${issue.kind}|${issue.path.join('/')}`;
    if (seen.has(id)) continue;
    seen.add(id);
    issues.push(issue);
  }
  return issues;
}
