// Writes generated values as the files users have: block YAML with CloudFormation's short-form tags,
// and Terraform HCL. The yaml library cannot write short-form intrinsics or collection keys, and no
// npm package writes HCL, so these small printers exist for the fuzzer only.
import { INTRINSICS } from './hostile-values.js';

/**
 * A key starting with this private-use character is written as a YAML complex key (`? [a, b]`): a
 * mapping with a collection as its key once made the yaml library print a warning on stderr.
 */
export const COLLECTION_KEY = '\ue000';

const INTRINSIC_NAMES = new Set<string>(INTRINSICS);
const RESERVED_PLAIN = /^(true|false|null|yes|no|on|off|y|n|~|-|\.nan|\.inf|-\.inf)$/i;
const PLAIN = /^[A-Za-z_][A-Za-z0-9_./-]*$/;

/** A double-quoted scalar: JSON's escapes are YAML's, plus DEL, C1 and the line separators, which YAML wants escaped. */
function quoted(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function yamlScalar(value: unknown): string {
  if (typeof value === 'string') return PLAIN.test(value) && !RESERVED_PLAIN.test(value) && !INTRINSIC_NAMES.has(value) ? value : quoted(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0.0' : JSON.stringify(value);
  return JSON.stringify(value);
}

function intrinsicOf(value: unknown): [string, unknown] | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1 || !INTRINSIC_NAMES.has(keys[0]!)) return undefined;
  return [keys[0]!, (value as Record<string, unknown>)[keys[0]!]];
}

function tagOf(name: string): string {
  return `!${name.replace(/^Fn::/, '')}`;
}

function yamlKey(key: string): string {
  return key.startsWith(COLLECTION_KEY) ? `? ${key.slice(1)}\n` : yamlScalar(key);
}

/** Flow style (inside `[...]`, `{...}` and after a tag): tags are allowed anywhere in it. */
function yamlFlow(value: unknown): string {
  const intrinsic = intrinsicOf(value);
  if (intrinsic) return `${tagOf(intrinsic[0])} ${yamlFlow(intrinsic[1])}`;
  if (Array.isArray(value)) return `[${value.map(yamlFlow).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${k.startsWith(COLLECTION_KEY) ? k.slice(1) : yamlScalar(k)}: ${yamlFlow(v)}`).join(', ')}}`;
  }
  return yamlScalar(value);
}

function yamlBlock(value: unknown, indent: string): string {
  const intrinsic = intrinsicOf(value);
  if (intrinsic) return ` ${tagOf(intrinsic[0])} ${yamlFlow(intrinsic[1])}\n`;
  if (Array.isArray(value)) {
    if (value.length === 0) return ' []\n';
    return '\n' + value.map((v) => `${indent}-${yamlBlock(v, indent + '  ')}`).join('');
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return ' {}\n';
    return '\n' + entries.map(([k, v]) => (k.startsWith(COLLECTION_KEY) ? `${indent}? ${k.slice(1)}\n${indent}:${yamlBlock(v, indent + '  ')}` : `${indent}${yamlKey(k)}:${yamlBlock(v, indent + '  ')}`)).join('');
  }
  return ` ${yamlScalar(value)}\n`;
}

/** One YAML document in block style, CloudFormation intrinsics in short form (`!Select [...]`). */
export function toYaml(value: unknown): string {
  const body = yamlBlock(value, '');
  return body.startsWith('\n') ? body.slice(1) : `${body.trimStart()}`;
}

export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

// ---- HCL ----

/** An HCL expression written as is (a reference such as `var.x`, or a function call). */
export class HclRaw {
  constructor(readonly text: string) {}
}

/** A nested block (`compute_resources { ... }`) rather than an attribute. */
export class HclBlock {
  constructor(readonly body: Record<string, unknown>) {}
}

function hclString(text: string): string {
  const body = text.replace(/[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029]|\$\{|%\{/g, (m) => {
    if (m === '${') return '$${';
    if (m === '%{') return '%%{';
    if (m === '\\' || m === '"') return `\\${m}`;
    if (m === '\n') return '\\n';
    if (m === '\t') return '\\t';
    if (m === '\r') return '\\r';
    return `\\u${m.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `"${body}"`;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

export function hclExpression(value: unknown, indent = ''): string {
  if (value instanceof HclRaw) return value.text;
  if (typeof value === 'string') return hclString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean' || value === null || value === undefined) return String(value ?? null);
  if (Array.isArray(value)) return `[${value.map((v) => hclExpression(v, indent)).join(', ')}]`;
  const inner = indent + '  ';
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${inner}${hclString(k)} = ${hclExpression(v instanceof HclBlock ? v.body : v, inner)}\n`);
  return entries.length === 0 ? '{}' : `{\n${entries.join('')}${indent}}`;
}

/** A block body: attributes `name = expr` and nested blocks; names that are not identifiers are written as quoted object keys of an attribute. */
export function hclBody(body: Record<string, unknown>, indent: string): string {
  let out = '';
  for (const [name, value] of Object.entries(body)) {
    const label = IDENTIFIER.test(name) ? name : hclString(name);
    if (value instanceof HclBlock && IDENTIFIER.test(name)) out += `${indent}${name} {\n${hclBody(value.body, indent + '  ')}${indent}}\n`;
    else if (IDENTIFIER.test(name)) out += `${indent}${label} = ${hclExpression(value instanceof HclBlock ? value.body : value, indent)}\n`;
    else out += `${indent}# not an identifier: written inside an object\n${indent}tags_${Object.keys(body).indexOf(name)} = { ${label} = ${hclExpression(value instanceof HclBlock ? value.body : value, indent)} }\n`;
  }
  return out;
}

/** A top-level block: `resource "type" "name" { ... }`, `variable "x" { ... }`, `locals { ... }`. */
export function hclTopBlock(keyword: string, labels: readonly string[], body: Record<string, unknown>): string {
  return `${keyword}${labels.map((l) => ` ${hclString(l)}`).join('')} {\n${hclBody(body, '  ')}}\n`;
}
