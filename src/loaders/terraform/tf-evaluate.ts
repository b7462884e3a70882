// Evaluates Terraform expressions as `terraform plan` would, as far as the files say: variables,
// locals, templates, functions, conditionals, for expressions. What cannot be known before apply (a
// variable without a value, a resource attribute, a data source) is an Unknown at the smallest place:
// a leaf of an object, or the unknown piece of a string, so the known rest stays visible to rules.
// https://developer.hashicorp.com/terraform/language/expressions
import { isRecord, isUnknown, partialString, setField, unknownMayBeAbsent, unknownValue, type JsonRecord, type Piece } from '../../model/values.js';
import { parseExpression, parseTemplate, type Expr } from './tf-expression.js';
import { callFunction } from './tf-functions.js';

/** What an expression can refer to outside itself. */
export interface EvalContext {
  variable(name: string): unknown;
  local(name: string): unknown;
  /** `aws_batch_job_queue.q` -> what a reference to it stands for (its name, for wiring), or undefined. */
  resource(type: string, name: string, attribute: string): unknown;
  /** For the data source types the context models (`aws_ecr_repository`): what `data.<type>.<name>.<attribute>` stands for, or undefined. */
  dataSource?(type: string): ((name: string, attribute: string) => unknown) | undefined;
  /** The module's directory (`path.module`, and where file() and templatefile() read). */
  moduleDir: string;
  rootDir: string;
  /** A file's text for file()/templatefile() (bounded in size), or undefined. */
  readFile(path: string): string | undefined;
}

/** A definite evaluation error (Terraform would reject it): try() moves on, an attribute becomes Unknown. */
export class EvalError extends Error {}

/** A name that only makes sense followed by an attribute (`var`, `local`, `aws_batch_job_queue.q`). */
class Namespace {
  constructor(readonly get: (key: string) => unknown) {}
}

const MAX_DEPTH = 64;

/** Shortens an expression's source for an Unknown's origin (shown in messages). */
export function origin(src: string, from: readonly unknown[] = []): string {
  const text = src.replace(/\s+/g, ' ');
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  // An unknown that may be null makes what is read from it maybe null too (a presence rule stays silent).
  return from.some((v) => isUnknown(v) && unknownMayBeAbsent(v)) && !unknownMayBeAbsent(unknownValue(short)) ? `${short} (may be null)` : short;
}

/**
 * How a string of hcl2json's view is written: `${x}` as a whole is the expression x; a template with
 * several interpolations (`${var.a}_${var.b}`) stays the template (stripping its outer `${` `}` would
 * give `var.a}_${var.b`).
 */
function expressionText(text: string): string {
  const whole = /^\$\{([\s\S]*)\}$/.exec(text);
  return whole && !/\}[\s\S]*\$\{/.test(whole[1]!) ? whole[1]! : text;
}

export class Evaluator {
  private depth = 0;

  constructor(
    readonly context: EvalContext,
    readonly bindings: ReadonlyMap<string, unknown> = new Map(),
    /** In a templatefile() template, names are its variables: one not given is unknown. */
    private readonly templateNames = false,
  ) {}

  with(bindings: ReadonlyMap<string, unknown>): Evaluator {
    return new Evaluator(this.context, new Map([...this.bindings, ...bindings]), this.templateNames);
  }

  /** The scope of a templatefile() template: only the variables it is given (and functions). */
  forTemplate(bindings: ReadonlyMap<string, unknown>): Evaluator {
    return new Evaluator(this.context, bindings, true);
  }

  /** One value of hcl2json's view (a string is a template; objects and lists are walked). */
  value(value: unknown, depth = 0): unknown {
    if (depth > MAX_DEPTH) return unknownValue('(nested too deeply)');
    if (typeof value === 'string') return this.text(value);
    if (Array.isArray(value)) return value.map((v) => this.value(v, depth + 1));
    if (isRecord(value)) {
      const out: JsonRecord = {};
      for (const [k, v] of Object.entries(value)) {
        const key = k.includes('${') ? this.text(k) : k;
        if (typeof key !== 'string') return unknownValue('(an object with a computed key)');
        setField(out, key, this.value(v, depth + 1));
      }
      return out;
    }
    return value;
  }

  /** A string of hcl2json's view: a template (`a-${var.env}`), or a whole expression (`${merge(...)}`). */
  text(text: string): unknown {
    if (!text.includes('${') && !text.includes('%{')) return text.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
    try {
      return this.template(parseTemplate(text), text);
    } catch {
      // Not parsed (a construct this reader does not know), or an error Terraform would report: unknown.
      return unknownValue(origin(expressionText(text)));
    }
  }

  /** Evaluates an expression's source text; Unknown when it cannot be parsed or is an error. */
  source(text: string): unknown {
    try {
      return this.expr(parseExpression(text));
    } catch {
      return unknownValue(origin(text));
    }
  }

  template(parts: readonly (string | Expr)[], src: string): unknown {
    // `"${x}"` is x itself, of whatever type (Terraform 0.11 wrote every expression this way).
    if (parts.length === 1 && typeof parts[0] !== 'string' && parts[0]!.t !== 'directive') return settled(this.expr(parts[0]!), parts[0]!.src);
    const pieces: Piece[] = [];
    const from: unknown[] = [];
    for (const part of parts) {
      if (typeof part === 'string') {
        pieces.push(part);
        continue;
      }
      const v = part.t === 'directive' ? unknownValue(part.src) : settled(this.expr(part), part.src);
      const s = stringPieces(v);
      if (s === undefined) throw new EvalError('not a string');
      from.push(v);
      for (const p of s) pieces.push(p);
    }
    return partialString(origin(expressionText(src)), pieces);
  }

  expr(e: Expr): unknown {
    if (++this.depth > MAX_DEPTH * 4) {
      this.depth--;
      throw new EvalError('too deep');
    }
    try {
      return this.evaluate(e);
    } finally {
      this.depth--;
    }
  }

  private evaluate(e: Expr): unknown {
    switch (e.t) {
      case 'lit':
        return e.v;
      case 'tpl':
        return this.template(e.parts, e.src);
      case 'directive':
        return unknownValue(origin(e.src));
      case 'ref':
        return this.reference(e.name, e.src);
      case 'get': {
        const obj = this.expr(e.obj);
        const key = this.expr(e.key);
        if (obj instanceof Namespace) return typeof key === 'string' ? obj.get(key) : unknownValue(origin(e.src));
        if (isUnknown(obj) || isUnknown(key)) return unknownValue(origin(e.src, [obj]));
        if (Array.isArray(obj) && typeof key === 'number') {
          if (!Number.isInteger(key) || key < 0 || key >= obj.length) throw new EvalError('index out of range');
          return obj[key];
        }
        if (isRecord(obj) && (typeof key === 'string' || typeof key === 'number')) {
          const k = String(key);
          if (!Object.hasOwn(obj, k)) throw new EvalError(`no attribute ${k}`);
          return obj[k];
        }
        if (obj === null) throw new EvalError('attribute of null');
        throw new EvalError('not a collection');
      }
      case 'splat':
        return unknownValue(origin(e.src));
      case 'call':
        return this.call(e);
      case 'obj': {
        const out: JsonRecord = {};
        for (const [k, v] of e.items) {
          const key = this.expr(k);
          const text = typeof key === 'number' || typeof key === 'boolean' ? String(key) : key;
          // A key known only at apply: which keys the object has is unknown.
          if (typeof text !== 'string') return unknownValue(origin(e.src));
          setField(out, text, settled(this.expr(v), v.src));
        }
        return out;
      }
      case 'tuple':
        return e.items.map((item) => settled(this.expr(item), item.src));
      case 'cond':
        return this.conditional(e);
      case 'bin':
        return this.binary(e);
      case 'un': {
        const x = this.expr(e.x);
        if (isUnknown(x)) return unknownValue(origin(e.src));
        if (e.op === '!' && typeof x === 'boolean') return !x;
        if (e.op === '-' && typeof x === 'number') return -x;
        throw new EvalError('bad operand');
      }
      case 'for':
        return this.forExpression(e);
    }
  }

  private reference(name: string, src: string): unknown {
    if (this.bindings.has(name)) return this.bindings.get(name);
    if (this.templateNames) return unknownValue(origin(src));
    const ctx = this.context;
    switch (name) {
      case 'var':
        return new Namespace((key) => ctx.variable(key));
      case 'local':
        return new Namespace((key) => ctx.local(key));
      case 'path':
        return new Namespace((key) => (key === 'module' ? ctx.moduleDir : key === 'root' ? ctx.rootDir : key === 'cwd' ? ctx.rootDir : unknownValue(`path.${key}`)));
      case 'data':
        return new Namespace((type) => {
          const read = ctx.dataSource?.(type);
          if (!read) return unknownNamespace(`data.${type}`);
          return new Namespace((dataName) => new Namespace((attribute) => read(dataName, attribute) ?? unknownValue(origin(`data.${type}.${dataName}.${attribute}`))));
        });
      case 'module':
      case 'terraform':
      case 'self':
      case 'count':
      case 'each':
        // Known only at apply, or outside a block that sets them.
        return new Namespace((key) => unknownNamespace(`${name}.${key}`));
      default:
        return new Namespace((resourceName) => new Namespace((attribute) => ctx.resource(name, resourceName, attribute) ?? unknownValue(origin(`${src}.${resourceName}.${attribute}`))));
    }
  }

  private call(e: Extract<Expr, { t: 'call' }>): unknown {
    if (e.name === 'try' || e.name === 'can') {
      for (const arg of e.args) {
        try {
          const v = this.expr(arg);
          if (v instanceof Namespace) throw new EvalError('not a value');
          if (e.name === 'can') return isUnknown(v) ? unknownValue(origin(e.src)) : true;
          // An unknown first choice may fail at apply, when the next one is taken: either may be the value.
          return isUnknown(v) ? unknownValue(origin(e.src)) : v;
        } catch (error) {
          if (!(error instanceof EvalError)) throw error;
        }
      }
      if (e.name === 'can') return false;
      throw new EvalError('no argument of try() could be evaluated');
    }
    const args = e.args.map((a) => settled(this.expr(a), a.src));
    if (e.expand) {
      const last = args.pop();
      if (!Array.isArray(last)) return unknownValue(origin(e.src));
      args.push(...last);
    }
    return callFunction(e.name, args, { src: e.src, evaluator: this });
  }

  private conditional(e: Extract<Expr, { t: 'cond' }>): unknown {
    const c = this.expr(e.c);
    if (typeof c === 'boolean') return settled(this.expr(c ? e.a : e.b), e.src);
    if (typeof c === 'string' && (c === 'true' || c === 'false')) return this.expr(c === 'true' ? e.a : e.b);
    if (!isUnknown(c)) throw new EvalError('condition is not a boolean');
    const a = settled(this.expr(e.a), e.a.src);
    const b = settled(this.expr(e.b), e.b.src);
    if (!isUnknown(a) && !isUnknown(b) && JSON.stringify(a) === JSON.stringify(b) && a !== undefined) return a;
    const scalar = (v: unknown): boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
    // Both branches known: the value is one of them (a rule about the value decides when both agree).
    if (scalar(a) && scalar(b)) return unknownValue(`(one of ${JSON.stringify(a)}, ${JSON.stringify(b)})`, undefined, [a, b]);
    return unknownValue(origin(e.src));
  }

  private binary(e: Extract<Expr, { t: 'bin' }>): unknown {
    const l = this.expr(e.l);
    if (e.op === '&&' && l === false) return false;
    if (e.op === '||' && l === true) return true;
    const r = this.expr(e.r);
    if (e.op === '&&' || e.op === '||') {
      if (e.op === '&&' && r === false) return false;
      if (e.op === '||' && r === true) return true;
      if (typeof l === 'boolean' && typeof r === 'boolean') return e.op === '&&' ? l && r : l || r;
      return unknownValue(origin(e.src));
    }
    if (containsUnknown(l) || containsUnknown(r)) return unknownValue(origin(e.src));
    if (e.op === '==' || e.op === '!=') return (JSON.stringify(l) === JSON.stringify(r)) === (e.op === '==');
    const x = toNumber(l);
    const y = toNumber(r);
    if (x === undefined || y === undefined) throw new EvalError('not a number');
    switch (e.op) {
      case '+': return x + y;
      case '-': return x - y;
      case '*': return x * y;
      case '/': return x / y;
      case '%': return x % y;
      case '<': return x < y;
      case '>': return x > y;
      case '<=': return x <= y;
      case '>=': return x >= y;
    }
    throw new EvalError(`unknown operator ${e.op}`);
  }

  private forExpression(e: Extract<Expr, { t: 'for' }>): unknown {
    const coll = this.expr(e.coll);
    const entries: [unknown, unknown][] | undefined = Array.isArray(coll) ? coll.map((v, i) => [i, v]) : isRecord(coll) ? Object.entries(coll) : undefined;
    if (!entries) return unknownValue(origin(e.src));
    const list: unknown[] = [];
    const object: JsonRecord = {};
    for (const [k, v] of entries) {
      const scope = this.with(new Map<string, unknown>([[e.valueVar, v], ...(e.keyVar ? [[e.keyVar, k] as [string, unknown]] : [])]));
      if (e.cond) {
        const keep = scope.expr(e.cond);
        if (isUnknown(keep)) return unknownValue(origin(e.src));
        if (keep !== true) continue;
      }
      if (e.object) {
        const key = scope.expr(e.key!);
        if (typeof key !== 'string') return unknownValue(origin(e.src));
        setField(object, key, scope.expr(e.value));
      } else list.push(scope.expr(e.value));
    }
    return e.object ? object : list;
  }
}

function unknownNamespace(prefix: string): Namespace {
  return new Namespace((key) => unknownValue(origin(`${prefix}.${key}`)));
}

/** A bare namespace (`var`, `aws_instance.x`) as a value: unknown. */
function settled(v: unknown, src: string): unknown {
  return v instanceof Namespace ? unknownValue(origin(src)) : v;
}

/** A value as pieces of a string (numbers and booleans as Terraform writes them); undefined for a collection. */
export function stringPieces(v: unknown): Piece[] | undefined {
  if (typeof v === 'string') return [v];
  if (typeof v === 'number' || typeof v === 'boolean') return [String(v)];
  if (isUnknown(v)) return v.parts ? [...v.parts] : [null];
  return undefined;
}

export function containsUnknown(v: unknown, depth = 0): boolean {
  if (isUnknown(v) || depth > MAX_DEPTH) return true;
  if (Array.isArray(v)) return v.some((x) => containsUnknown(x, depth + 1));
  if (isRecord(v)) return Object.values(v).some((x) => containsUnknown(x, depth + 1));
  return false;
}

export function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}


/** An expression's text evaluated on its own: variables, locals and resources are unknown. */
export function evaluateExpressionText(text: string): unknown {
  const alone: EvalContext = { variable: (n) => unknownValue(`var.${n}`), local: (n) => unknownValue(`local.${n}`), resource: () => undefined, moduleDir: '.', rootDir: '.', readFile: () => undefined };
  return new Evaluator(alone).source(text);
}
