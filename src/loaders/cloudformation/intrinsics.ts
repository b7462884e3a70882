// CloudFormation intrinsic functions, resolved as far as the template alone allows:
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
// Knowable: parameters with a Default, mappings, conditions over those, `Fn::Sub`/`Fn::Join`/
// `Fn::Select`/`Fn::Split` of known parts, `AWS::NoValue` (the property is removed), pseudo parameters
// the Region decides (with `lint --region`), and what `Ref`/`Fn::GetAtt` return for the resource
// types of resource-returns.ts (an ARN whose account is unknown keeps its literal text). Everything
// else (the account, other resources' attributes, imports) is an Unknown value that rules treat as
// "cannot tell".
import { field, isRecord, isUnknown, lookup, numberOf, partialString, scalarText, setField, stringOf, Unknown, unknownValue, type JsonRecord, type Piece } from '../../model/values.js';
import { mergeBranches } from './condition-branches.js';
import { pseudoParameterValue } from './pseudo-parameters.js';
import { NAME_PROPERTY, returnValue } from './resource-returns.js';
import { parameterValue } from './template-parameters.js';
import type { JsonPath } from '../../source/source-document.js';
import type { TemplateContext } from './template-context.js';

/** `AWS::NoValue`: the property (or list item) is removed. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

/**
 * The outcome of one intrinsic: a `branch` of the template to keep reading at its own path (an
 * `Fn::If` arm), a computed `value`, an Unknown, or `AWS::NoValue`.
 */
export type Resolution =
  | { kind: 'branch'; raw: unknown; path: JsonPath }
  | { kind: 'value'; value: unknown }
  | { kind: 'unknown'; value: Unknown }
  | { kind: 'novalue' };

/** The function name of an intrinsic (`Ref`, `Fn::Sub`, `Condition`), or undefined for plain data. */
export function intrinsicName(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0]!;
  return key === 'Ref' || key.startsWith('Fn::') ? key : undefined;
}

const unknown = (origin: string): Resolution => ({ kind: 'unknown', value: unknownValue(origin) });

/** Resolves the intrinsic `raw` found at `path`. */
export function resolveIntrinsic(raw: JsonRecord, path: JsonPath, context: TemplateContext, lenient = false): Resolution {
  const name = intrinsicName(raw)!;
  const arg = raw[name];
  const at = [...path, name];
  switch (name) {
    case 'Ref':
      return resolveRef(arg, context, lenient);
    case 'Fn::GetAtt':
      return resolveGetAtt(arg, context, lenient);
    case 'Fn::If': {
      if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') return unknown('!If');
      const test = evaluateCondition(arg[0], context, new Set());
      if (test !== undefined) return { kind: 'branch', raw: arg[test ? 1 : 2], path: [...at, test ? 1 : 2] };
      // Unknown condition: both branches are checked (condition-branches.ts says how they combine).
      const merged = mergeBranches(resolveValue(arg[1], [...at, 1], context, lenient), resolveValue(arg[2], [...at, 2], context, lenient), `!If ${arg[0]}`, NO_VALUE);
      return toResolution(merged);
    }
    case 'Fn::Sub':
      return resolveSub(arg, at, context);
    case 'Fn::Join': {
      if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string') return unknown('!Join');
      const list = resolveValue(arg[1], [...at, 1], context);
      if (!Array.isArray(list)) return unknown('!Join');
      const parts = list.filter((p) => p !== NO_VALUE);
      if (parts.every((p) => typeof p === 'string' || typeof p === 'number')) return { kind: 'value', value: parts.join(arg[0]) };
      // Some parts unknown: the known text is kept around them (`!Join [":", [!Ref Repo, latest]]` ends in `:latest`).
      const pieces: (string | null)[] = [];
      parts.forEach((p, i) => {
        if (i > 0) pieces.push(arg[0]);
        pushPieces(pieces, p);
      });
      return { kind: 'unknown', value: partialString('!Join', pieces) as Unknown };
    }
    case 'Fn::Select': {
      if (!Array.isArray(arg) || arg.length !== 2) return unknown('!Select');
      // An index that is not a number (an object, AWS::NoValue, an Unknown) selects nothing knowable.
      const index = numberOf(resolveValue(arg[0], [...at, 0], context));
      if (index === undefined) return unknown('!Select');
      // A literal list keeps its items' positions; a computed one yields a value.
      if (Array.isArray(arg[1]) && Number.isInteger(index) && index >= 0 && index < arg[1].length) {
        return { kind: 'branch', raw: arg[1][index], path: [...at, 1, index] };
      }
      const list = resolveValue(arg[1], [...at, 1], context);
      if (!Array.isArray(list) || !Number.isInteger(index) || index < 0 || index >= list.length) return unknown('!Select');
      return toResolution(list[index]);
    }
    case 'Fn::Split': {
      if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string') return unknown('!Split');
      const text = resolveValue(arg[1], [...at, 1], context);
      return typeof text === 'string' ? { kind: 'value', value: text.split(arg[0]) } : unknown('!Split');
    }
    case 'Fn::FindInMap': {
      if (!Array.isArray(arg) || arg.length < 3) return unknown('!FindInMap');
      const keys = arg.slice(0, 3).map((k, i) => resolveValue(k, [...at, i], context));
      if (!keys.every((k) => typeof k === 'string')) return unknown('!FindInMap');
      const found = field(field(field(context.mappings, keys[0] as string), keys[1] as string), keys[2] as string);
      if (found !== undefined) return { kind: 'value', value: found };
      // Fn::FindInMap's DefaultValue (AWS::LanguageExtensions).
      const fallback = field(arg[3], 'DefaultValue');
      return fallback !== undefined ? { kind: 'branch', raw: fallback, path: [...at, 3, 'DefaultValue'] } : unknown('!FindInMap');
    }
    case 'Fn::ToJsonString': {
      const value = resolveValue(arg, at, context);
      return containsUnknown(value) ? unknown('!ToJsonString') : { kind: 'value', value: JSON.stringify(value) };
    }
    case 'Fn::Base64': {
      // The text is encoded for user data; a Batch property never needs it, but its origin says what it was.
      const text = resolveValue(arg, at, context, lenient);
      return typeof text === 'string' ? { kind: 'value', value: Buffer.from(text, 'utf8').toString('base64') } : unknown('!Base64');
    }
    case 'Fn::Length': {
      // AWS::LanguageExtensions: the number of items of a list.
      const list = resolveValue(arg, at, context, lenient);
      return Array.isArray(list) && !list.some(isUnknown) ? { kind: 'value', value: list.length } : unknown('!Length');
    }
    case 'Fn::GetAZs':
      // The Availability Zones of the Region at deploy time: a list whose items are not known.
      return unknown('!GetAZs');
    default:
      // Fn::ImportValue (another stack's output), Fn::Cidr, Fn::Transform, ...: decided at deploy time.
      return unknown(`!${name.replace(/^Fn::/, '')}`);
  }
}

/** Adds a value's text to a partly known string: its literal pieces when it is partly known itself. */
function pushPieces(pieces: Piece[], value: unknown): void {
  const text = scalarText(value);
  if (text !== undefined) pieces.push(text);
  else if (isUnknown(value) && value.parts) pieces.push(...value.parts);
  else pieces.push(null);
}

function toResolution(value: unknown): Resolution {
  if (value === NO_VALUE) return { kind: 'novalue' };
  if (isUnknown(value)) return { kind: 'unknown', value };
  return { kind: 'value', value };
}

function resolveRef(target: unknown, context: TemplateContext, lenient = false): Resolution {
  if (typeof target !== 'string') return unknown('!Ref');
  if (target === 'AWS::NoValue') return { kind: 'novalue' };
  const parameter = context.parameters.get(target);
  if (parameter) return toResolution(parameterValue(target, parameter));
  const pseudo = pseudoParameterValue(target, context.region);
  if (pseudo !== undefined) return toResolution(pseudo);
  return resourceReturn(target, undefined, context, lenient) ?? unknown(`!Ref ${target}`);
}

function resolveGetAtt(arg: unknown, context: TemplateContext, lenient = false): Resolution {
  const parts = typeof arg === 'string' ? [arg.slice(0, arg.indexOf('.')), arg.slice(arg.indexOf('.') + 1)] : Array.isArray(arg) ? arg : [];
  const [target, attribute] = parts;
  if (typeof target !== 'string' || typeof attribute !== 'string') return unknown('!GetAtt');
  return resourceReturn(target, attribute, context, lenient) ?? unknown(`!GetAtt ${target}.${attribute}`);
}

/**
 * What Ref/GetAtt of a template resource returns, with the origin the graph wires by (`!Ref Queue`,
 * `!GetAtt Queue.JobQueueArn`). With `lenient` (reading a state machine's definition for pairings), a
 * Batch resource's ARN holds the name the graph wires it by (its own, else its logical id) and
 * UNKNOWN_TEXT where the deploy decides.
 */
function resourceReturn(logicalId: string, attribute: string | undefined, context: TemplateContext, lenient: boolean): Resolution | undefined {
  const resource = context.resources.get(logicalId);
  if (!resource) return undefined;
  const origin = attribute === undefined ? `!Ref ${logicalId}` : `!GetAtt ${logicalId}.${attribute}`;
  const nameProperty = lookup(NAME_PROPERTY, resource.type);
  const identity = context.identities.get(logicalId);
  // Batch names may come from parameters (resolveNames); others count only when written literally.
  const literal = identity !== undefined && identity !== logicalId ? identity : nameProperty ? stringOf(field(resource.body.Properties, nameProperty)) : undefined;
  const name = lenient && identity !== undefined ? identity : literal !== undefined && literal !== '' ? literal : null;
  const path = stringOf(field(resource.body.Properties, 'Path'));
  const pieces = returnValue(resource.type, attribute, { name, ...(path !== undefined ? { path } : {}), ...(context.region !== undefined ? { region: context.region } : {}), ...(lenient ? { withoutRevision: true } : {}) });
  if (!pieces) return unknown(origin);
  if (lenient && identity !== undefined) return { kind: 'value', value: pieces.map((p) => p ?? UNKNOWN_TEXT).join('') };
  const value = partialString(origin, pieces);
  return typeof value === 'string' ? { kind: 'value', value } : { kind: 'unknown', value };
}

/** The `${...}` placeholders of a Fn::Sub string, in order; `${!Literal}` is text. */
export function subPlaceholders(text: string): { start: number; end: number; name: string | undefined }[] {
  const out: { start: number; end: number; name: string | undefined }[] = [];
  const re = /\$\{([^}]*)\}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, name: m[1]!.startsWith('!') ? undefined : m[1]!.trim() });
  return out;
}

/**
 * Fn::Sub: every placeholder must resolve to text. With `lenient`, unresolvable placeholders become
 * UNKNOWN_TEXT instead (used to read a state machine definition whose ARNs hold ${AWS::Region}).
 */
function resolveSub(arg: unknown, at: JsonPath, context: TemplateContext, lenient = false): Resolution {
  const [template, variables] = typeof arg === 'string' ? [arg, {}] : Array.isArray(arg) && typeof arg[0] === 'string' ? [arg[0], isRecord(arg[1]) ? arg[1] : {}] : [undefined, {}];
  if (template === undefined) return unknown('!Sub');
  // `!Sub '${Resource}'` alone is `!Ref Resource` (or `!GetAtt`): the same text, with the origin the graph wires by.
  const only = subPlaceholders(template);
  const whole = only.length === 1 && only[0]!.start === 0 && only[0]!.end === template.length ? only[0]!.name : undefined;
  if (!lenient && whole !== undefined && !Object.hasOwn(variables, whole) && context.resources.has(whole.split('.')[0]!)) {
    return whole.includes('.') ? resolveGetAtt(whole, context) : resolveRef(whole, context);
  }
  let out = '';
  let last = 0;
  const missing: string[] = [];
  const pieces: (string | null)[] = [];
  for (const p of subPlaceholders(template)) {
    out += template.slice(last, p.start);
    pieces.push(template.slice(last, p.start));
    last = p.end;
    if (p.name === undefined) {
      out += `\${${template.slice(p.start + 3, p.end - 1)}}`;
      pieces.push(`\${${template.slice(p.start + 3, p.end - 1)}}`);
      continue;
    }
    let value: unknown;
    if (Object.hasOwn(variables, p.name)) value = resolveValue(variables[p.name], [...at, 1, p.name], context, lenient);
    else if (p.name.includes('.')) value = settle(resolveGetAtt(p.name, context, lenient));
    else value = settle(resolveRef(p.name, context, lenient));
    const text = scalarText(value);
    pushPieces(pieces, value);
    if (text !== undefined) out += text;
    else if (lenient) out += UNKNOWN_TEXT;
    else missing.push(p.name);
  }
  out += template.slice(last);
  pieces.push(template.slice(last));
  // Unknown placeholders: the value is unknown, but its literal text is kept (`${Repo}:latest` has the tag latest).
  return missing.length ? { kind: 'unknown', value: new Unknown(`!Sub \${${missing.join('}, ${')}}`, (partialString('', pieces) as Unknown).parts) } : { kind: 'value', value: out };
}

function settle(resolution: Resolution): unknown {
  switch (resolution.kind) {
    case 'value':
      return resolution.value;
    case 'unknown':
      return resolution.value;
    case 'novalue':
      return NO_VALUE;
    case 'branch':
      return undefined;
  }
}

/** Marks the unknown parts of a leniently resolved string. */
export const UNKNOWN_TEXT = '\u2047unknown\u2047';

/**
 * A whole value with every intrinsic resolved: plain data, Unknown where nothing can be known, and
 * NO_VALUE for AWS::NoValue (list items and properties that are NO_VALUE are dropped). With
 * `lenient`, strings built by Fn::Sub / Fn::Join keep their known text around UNKNOWN_TEXT.
 */
export function resolveValue(raw: unknown, path: JsonPath, context: TemplateContext, lenient = false, depth = 0): unknown {
  return resolveAt(raw, [...path], context, lenient, depth);
}

/**
 * resolveValue with the path as one stack, extended and shortened as the walk goes and copied only
 * where an intrinsic needs it: a copy per value was most of reading a state machine's definition.
 */
function resolveAt(raw: unknown, path: (string | number)[], context: TemplateContext, lenient: boolean, depth: number): unknown {
  if (depth > 64) return unknownValue('(nested too deeply)');
  if (Array.isArray(raw)) {
    const out: unknown[] = [];
    for (let i = 0; i < raw.length; i++) {
      if (!(i in raw)) continue;
      path.push(i);
      const v = resolveAt(raw[i], path, context, lenient, depth + 1);
      path.pop();
      if (v !== NO_VALUE) out.push(v);
    }
    return out;
  }
  if (!isRecord(raw)) return raw;
  const name = intrinsicName(raw);
  if (!name) {
    const out: JsonRecord = {};
    for (const key in raw) {
      if (!Object.prototype.hasOwnProperty.call(raw, key)) continue;
      path.push(key);
      const v = resolveAt(raw[key], path, context, lenient, depth + 1);
      path.pop();
      if (v !== NO_VALUE) setField(out, key, v);
    }
    return out;
  }
  const at: JsonPath = [...path];
  if (lenient && name === 'Fn::Sub') return settle(resolveSub(raw[name], [...at, name], context, true));
  if (lenient && name === 'Fn::Join') {
    const arg = raw[name];
    if (Array.isArray(arg) && arg.length === 2 && typeof arg[0] === 'string') {
      const list = resolveValue(arg[1], [...at, name, 1], context, true, depth + 1);
      if (Array.isArray(list)) return list.map((p) => scalarText(p) ?? UNKNOWN_TEXT).join(arg[0]);
    }
  }
  const resolution = resolveIntrinsic(raw, at, context, lenient);
  if (resolution.kind === 'branch') return resolveValue(resolution.raw, resolution.path, context, lenient, depth + 1);
  return settle(resolution);
}

export function containsUnknown(value: unknown): boolean {
  if (isUnknown(value)) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (isRecord(value)) return Object.values(value).some(containsUnknown);
  return false;
}

/**
 * A condition's truth with parameter defaults, or undefined when it depends on something unknown.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-conditions.html
 */
export function evaluateCondition(name: string, context: TemplateContext, seen: Set<string>): boolean | undefined {
  if (seen.has(name)) return undefined;
  seen.add(name);
  const condition = field(context.conditions, name);
  return evaluateExpression(condition, context, seen);
}

/** The values a resolved operand can have: itself, or an Unknown's listed possible values; undefined when not listed. */
function candidates(value: unknown): unknown[] | undefined {
  if (isUnknown(value)) return value.possible && !value.possible.some(containsUnknown) ? [...value.possible] : undefined;
  return containsUnknown(value) ? undefined : [value];
}

function equalValues(a: unknown, b: unknown): boolean {
  if (JSON.stringify(a) === JSON.stringify(b)) return true;
  // CloudFormation compares as strings (`!Equals [2, "2"]` is true); a list or map equals only itself.
  const [ta, tb] = [scalarText(a), scalarText(b)];
  return ta !== undefined && ta === tb;
}

function evaluateExpression(expr: unknown, context: TemplateContext, seen: Set<string>): boolean | undefined {
  if (typeof expr === 'boolean') return expr;
  if (!isRecord(expr)) return undefined;
  if (typeof expr.Condition === 'string' && Object.keys(expr).length === 1) return evaluateCondition(expr.Condition, context, new Set(seen));
  const name = intrinsicName(expr);
  const arg = name ? expr[name] : undefined;
  const list = Array.isArray(arg) ? arg : [];
  switch (name) {
    case 'Fn::Equals': {
      if (list.length !== 2) return undefined;
      const [as, bs] = list.map((v, i) => candidates(resolveValue(v, [i], context)));
      if (!as || !bs) return undefined;
      // A parameter without a Default but with AllowedValues decides the condition when all agree.
      const results = new Set(as.flatMap((a) => bs.map((b) => equalValues(a, b))));
      return results.size === 1 ? results.has(true) : undefined;
    }
    case 'Fn::Not': {
      const v = evaluateExpression(list[0], context, seen);
      return v === undefined ? undefined : !v;
    }
    case 'Fn::And':
    case 'Fn::Or': {
      const values = list.map((v) => evaluateExpression(v, context, seen));
      if (name === 'Fn::And' && values.includes(false)) return false;
      if (name === 'Fn::Or' && values.includes(true)) return true;
      return values.includes(undefined) ? undefined : name === 'Fn::And';
    }
    default:
      return undefined;
  }
}
