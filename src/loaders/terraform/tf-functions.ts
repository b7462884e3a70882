// Terraform's built-in functions that configurations use to build Batch arguments, over values that
// may hold Unknowns. A function whose result depends on an unknown input is Unknown (a string
// function keeps the known pieces); a function not listed here is Unknown. try() and can() need
// their arguments unevaluated and live in the evaluator.
// https://developer.hashicorp.com/terraform/language/functions
import { dirname, isAbsolute, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { isRecord, isUnknown, lookup, partialString, setField, unknownValue, type JsonRecord, type Piece } from '../../model/values.js';
import { containsUnknown, EvalError, origin, stringPieces, toNumber, type Evaluator } from './tf-evaluate.js';
import { parseTemplate } from './tf-expression.js';
import { parseJsonWithUnknowns } from './tf-json-template.js';

interface Call {
  src: string;
  evaluator: Evaluator;
}

type Fn = (args: unknown[], call: Call) => unknown;

const unknownOf = (call: Call, args: readonly unknown[] = []): unknown => unknownValue(origin(call.src, args));

/** A string function applied to each known piece of a partly known string. */
function piecewise(f: (s: string) => string): Fn {
  return ([s], call) => {
    if (typeof s === 'string') return f(s);
    if (isUnknown(s) && s.parts) return partialString(origin(call.src), s.parts.map((p) => (typeof p === 'string' ? f(p) : null)));
    if (typeof s === 'number' || typeof s === 'boolean') return f(String(s));
    return unknownOf(call, [s]);
  };
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

/** Reads a file of the module (file(), templatefile()): relative paths are from the root module, as in Terraform. */
function readModuleFile(path: unknown, call: Call): string | undefined {
  if (typeof path !== 'string') return undefined;
  const ctx = call.evaluator.context;
  return ctx.readFile(isAbsolute(path) ? path : resolve(ctx.rootDir, path));
}

function format(spec: string, args: unknown[], call: Call): unknown {
  const pieces: Piece[] = [];
  let next = 0;
  let i = 0;
  for (const m of spec.matchAll(/%(%|[-+ 0#]*\d*(?:\.\d+)?[sdvqftbeEgGxXo])/g)) {
    pieces.push(spec.slice(i, m.index));
    i = m.index + m[0].length;
    if (m[1] === '%') {
      pieces.push('%');
      continue;
    }
    const v = args[next++];
    const verb = m[1]!.slice(-1);
    if (isUnknown(v)) pieces.push(...(verb === 's' || verb === 'v' ? (v.parts ?? [null]) : [null]));
    else if (verb === 'q') pieces.push(JSON.stringify(v));
    else if (verb === 'd') {
      const n = toNumber(v);
      if (n === undefined) throw new EvalError('format: not a number');
      pieces.push(String(Math.trunc(n)));
    } else {
      const t = text(v);
      if (t === undefined) return unknownOf(call);
      pieces.push(t);
    }
  }
  pieces.push(spec.slice(i));
  return partialString(origin(call.src), pieces);
}

function merge(args: unknown[], call: Call): unknown {
  const out: JsonRecord = {};
  for (const a of args) {
    if (a === null) continue;
    // A wholly unknown argument may set any key, even one a known argument sets before it.
    if (!isRecord(a)) return unknownOf(call, [a]);
    for (const [k, v] of Object.entries(a)) setField(out, k, v);
  }
  return out;
}

function list(v: unknown): unknown[] | undefined {
  return Array.isArray(v) ? v : undefined;
}

const FUNCTIONS: Record<string, Fn> = {
  merge,
  concat: (args, call) => {
    const out: unknown[] = [];
    for (const a of args) {
      const l = list(a);
      if (!l) return unknownOf(call, [a]);
      out.push(...l);
    }
    return out;
  },
  lookup: ([map, key, fallback], call) => {
    if (!isRecord(map) || typeof key !== 'string') return unknownOf(call);
    if (Object.hasOwn(map, key)) return map[key];
    if (fallback === undefined) throw new EvalError('lookup: no such key');
    return fallback;
  },
  coalesce: (args, call) => {
    for (const a of args) {
      if (isUnknown(a)) return unknownOf(call);
      if (a !== null && a !== '') return a;
    }
    throw new EvalError('coalesce: no non-null argument');
  },
  coalescelist: (args, call) => {
    for (const a of args) {
      if (isUnknown(a)) return unknownOf(call);
      if (Array.isArray(a) && a.length > 0) return a;
    }
    throw new EvalError('coalescelist: no non-empty argument');
  },
  format: ([spec, ...args], call) => (typeof spec === 'string' ? format(spec, args, call) : unknownOf(call)),
  join: ([sep, ...lists], call) => {
    if (typeof sep !== 'string') return unknownOf(call);
    const items: unknown[] = [];
    for (const l of lists) {
      if (!Array.isArray(l)) return unknownOf(call);
      items.push(...l);
    }
    const pieces: Piece[] = [];
    for (const [i, item] of items.entries()) {
      if (i > 0) pieces.push(sep);
      const p = stringPieces(item);
      if (!p) throw new EvalError('join: not a string');
      pieces.push(...p);
    }
    return partialString(origin(call.src), pieces);
  },
  tostring: ([v], call) => (isUnknown(v) ? v : v === null ? null : (text(v) ?? unknownOf(call))),
  tonumber: ([v], call) => {
    if (isUnknown(v)) return unknownOf(call, [v]);
    if (v === null) return null;
    const n = toNumber(v);
    if (n === undefined) throw new EvalError('tonumber: not a number');
    return n;
  },
  tobool: ([v], call) => (v === true || v === 'true' ? true : v === false || v === 'false' ? false : v === null ? null : unknownOf(call, [v])),
  tolist: ([v]) => v,
  toset: ([v], call) => (Array.isArray(v) && !containsUnknown(v) ? [...new Map(v.map((x) => [JSON.stringify(x), x])).values()] : Array.isArray(v) ? v : unknownOf(call)),
  tomap: ([v]) => v,
  upper: piecewise((s) => s.toUpperCase()),
  lower: piecewise((s) => s.toLowerCase()),
  trimspace: ([s], call) => (typeof s === 'string' ? s.trim() : unknownOf(call, [s])),
  chomp: ([s], call) => (typeof s === 'string' ? s.replace(/(\r?\n)+$/, '') : unknownOf(call, [s])),
  replace: ([s, from, to], call) => (typeof s === 'string' && typeof from === 'string' && typeof to === 'string' && !from.startsWith('/') ? s.split(from).join(to) : unknownOf(call)),
  split: ([sep, s], call) => (typeof sep === 'string' && typeof s === 'string' ? s.split(sep) : unknownOf(call)),
  length: ([v], call) => (typeof v === 'string' ? [...v].length : Array.isArray(v) ? v.length : isRecord(v) ? Object.keys(v).length : unknownOf(call)),
  keys: ([v], call) => (isRecord(v) ? Object.keys(v).sort() : unknownOf(call)),
  values: ([v], call) => (isRecord(v) ? Object.keys(v).sort().map((k) => v[k]) : unknownOf(call)),
  contains: ([l, x], call) => (Array.isArray(l) && !containsUnknown(l) && !containsUnknown(x) ? l.some((y) => JSON.stringify(y) === JSON.stringify(x)) : unknownOf(call)),
  element: ([l, i], call) => (Array.isArray(l) && l.length > 0 && typeof i === 'number' ? l[((Math.trunc(i) % l.length) + l.length) % l.length] : unknownOf(call)),
  flatten: ([l], call) => (Array.isArray(l) && l.every((x) => !isUnknown(x)) ? l.flat(64) : unknownOf(call)),
  compact: ([l], call) => (Array.isArray(l) && l.every((x) => !isUnknown(x)) ? l.filter((x) => x !== null && x !== '') : unknownOf(call)),
  distinct: ([l], call) => (Array.isArray(l) && !containsUnknown(l) ? [...new Map(l.map((x) => [JSON.stringify(x), x])).values()] : unknownOf(call)),
  one: ([l], call) => (Array.isArray(l) && l.length <= 1 ? (l[0] ?? null) : unknownOf(call)),
  max: (args, call) => (args.every((a) => typeof a === 'number') ? Math.max(...(args as number[])) : unknownOf(call)),
  min: (args, call) => (args.every((a) => typeof a === 'number') ? Math.min(...(args as number[])) : unknownOf(call)),
  abs: ([n], call) => (typeof n === 'number' ? Math.abs(n) : unknownOf(call)),
  ceil: ([n], call) => (typeof n === 'number' ? Math.ceil(n) : unknownOf(call)),
  floor: ([n], call) => (typeof n === 'number' ? Math.floor(n) : unknownOf(call)),
  zipmap: ([k, v], call) => {
    if (!Array.isArray(k) || !Array.isArray(v) || k.some((x) => typeof x !== 'string')) return unknownOf(call);
    const out: JsonRecord = {};
    k.forEach((key, i) => setField(out, key as string, v[i]));
    return out;
  },
  startswith: ([s, p], call) => (typeof s === 'string' && typeof p === 'string' ? s.startsWith(p) : unknownOf(call)),
  endswith: ([s, p], call) => (typeof s === 'string' && typeof p === 'string' ? s.endsWith(p) : unknownOf(call)),
  trimprefix: ([s, p], call) => (typeof s === 'string' && typeof p === 'string' ? (s.startsWith(p) ? s.slice(p.length) : s) : unknownOf(call)),
  trimsuffix: ([s, p], call) => (typeof s === 'string' && typeof p === 'string' ? (s.endsWith(p) ? s.slice(0, s.length - p.length) : s) : unknownOf(call)),
  basename: ([s], call) => (typeof s === 'string' ? s.split('/').pop() : unknownOf(call)),
  dirname: ([s], call) => (typeof s === 'string' ? dirname(s) : unknownOf(call)),
  abspath: ([s], call) => (typeof s === 'string' ? resolve(call.evaluator.context.rootDir, s) : unknownOf(call)),
  // The value itself: the loader reads container_properties as the object jsonencode() writes, so a
  // finding can point inside it and an unknown leaf stays a leaf.
  jsonencode: ([v]) => v,
  jsondecode: ([s], call) => {
    if (typeof s === 'string' || (isUnknown(s) && s.parts)) return parseJsonWithUnknowns(s, origin(call.src)) ?? unknownOf(call);
    return unknownOf(call, [s]);
  },
  yamldecode: ([s], call) => {
    if (typeof s !== 'string') return unknownOf(call, [s]);
    try {
      return parseYaml(s, { maxAliasCount: 100 }) as unknown;
    } catch {
      throw new EvalError('yamldecode: not YAML');
    }
  },
  file: ([path], call) => {
    const content = readModuleFile(path, call);
    return content ?? unknownOf(call);
  },
  templatefile: ([path, vars], call) => {
    const content = readModuleFile(path, call);
    if (content === undefined || !(isRecord(vars) || isUnknown(vars))) return unknownOf(call);
    // An unknown map of variables: every reference in the template is unknown, its text is still known.
    const bindings = new Map<string, unknown>(isRecord(vars) ? Object.entries(vars) : []);
    const template = call.evaluator.forTemplate(bindings);
    try {
      return template.template(parseTemplate(content), call.src);
    } catch {
      return unknownOf(call);
    }
  },
};

export function callFunction(name: string, args: unknown[], call: Call): unknown {
  const fn = lookup(FUNCTIONS, name);
  if (!fn) return unknownOf(call);
  return fn(args, call);
}

