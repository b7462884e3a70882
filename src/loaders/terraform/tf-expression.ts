// HCL's expression syntax, read into a tree the evaluator walks (tf-evaluate.ts). hcl2json hands
// over every attribute that is not a plain literal as its source text (`${jsonencode(merge(...))}`,
// `a-${var.env}`, a heredoc's text), so the text of each expression is parsed here.
// https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md
// Anything this parser does not understand throws: the caller keeps the whole attribute Unknown.

export type Expr =
  | { t: 'lit'; v: unknown; src: string }
  | { t: 'tpl'; parts: (string | Expr)[]; src: string }
  | { t: 'ref'; name: string; src: string }
  | { t: 'get'; obj: Expr; key: Expr; src: string }
  | { t: 'splat'; obj: Expr; src: string }
  | { t: 'call'; name: string; args: Expr[]; expand: boolean; src: string }
  | { t: 'obj'; items: [Expr, Expr][]; src: string }
  | { t: 'tuple'; items: Expr[]; src: string }
  | { t: 'cond'; c: Expr; a: Expr; b: Expr; src: string }
  | { t: 'bin'; op: string; l: Expr; r: Expr; src: string }
  | { t: 'un'; op: string; x: Expr; src: string }
  | { t: 'for'; keyVar: string | undefined; valueVar: string; coll: Expr; key: Expr | undefined; value: Expr; cond: Expr | undefined; object: boolean; src: string }
  // `%{ if }` / `%{ for }` directives: their output is not evaluated (an unknown piece of the string).
  | { t: 'directive'; src: string };

const MAX_DEPTH = 64;
const BINARY: string[][] = [['||'], ['&&'], ['==', '!='], ['<=', '>=', '<', '>'], ['+', '-'], ['*', '/', '%']];

class Parser {
  i = 0;
  constructor(private readonly s: string) {}

  fail(what: string): never {
    throw new Error(`${what} at ${this.i}`);
  }

  ws(): void {
    for (;;) {
      const c = this.s[this.i];
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n') this.i++;
      else if (c === '#' || (c === '/' && this.s[this.i + 1] === '/')) while (this.i < this.s.length && this.s[this.i] !== '\n') this.i++;
      else if (c === '/' && this.s[this.i + 1] === '*') {
        const end = this.s.indexOf('*/', this.i + 2);
        this.i = end < 0 ? this.s.length : end + 2;
      } else return;
    }
  }

  eat(token: string): boolean {
    this.ws();
    if (!this.s.startsWith(token, this.i)) return false;
    this.i += token.length;
    return true;
  }

  expect(token: string): void {
    if (!this.eat(token)) this.fail(`expected ${token}`);
  }

  expression(depth: number): Expr {
    if (depth > MAX_DEPTH) this.fail('too deep');
    const start = this.i;
    const c = this.binary(0, depth);
    this.ws();
    if (this.s[this.i] === '?') {
      this.i++;
      const a = this.expression(depth + 1);
      this.expect(':');
      const b = this.expression(depth + 1);
      return { t: 'cond', c, a, b, src: this.src(start) };
    }
    return c;
  }

  /** An expression's source, for messages: the start is enough (a whole long expression each time was quadratic). */
  src(start: number): string {
    return this.s.slice(start, Math.min(this.i, start + 200)).trim();
  }

  binary(level: number, depth: number): Expr {
    if (level >= BINARY.length) return this.unary(depth);
    const start = this.i;
    let left = this.binary(level + 1, depth);
    for (;;) {
      this.ws();
      // `=>` of a for expression and `==` share a first character with `=`; `<<` starts a heredoc.
      const op = BINARY[level]!.find((o) => this.s.startsWith(o, this.i) && !(o === '<' && this.s[this.i + 1] === '<') && !(o === '>' && this.s[this.i - 1] === '='));
      if (!op) return left;
      this.i += op.length;
      const right = this.binary(level + 1, depth + 1);
      left = { t: 'bin', op, l: left, r: right, src: this.src(start) };
    }
  }

  unary(depth: number): Expr {
    if (depth > MAX_DEPTH) this.fail('too deep');
    this.ws();
    const start = this.i;
    const c = this.s[this.i];
    if ((c === '!' || c === '-') && this.s[this.i + 1] !== '=') {
      this.i++;
      const x = this.unary(depth + 1);
      return { t: 'un', op: c, x, src: this.src(start) };
    }
    return this.postfix(this.primary(depth), start, depth);
  }

  postfix(base: Expr, start: number, depth: number): Expr {
    let e = base;
    for (;;) {
      const save = this.i;
      this.ws();
      if (this.s.startsWith('.*', this.i) || this.s.startsWith('[*]', this.i)) {
        this.i += this.s[this.i] === '.' ? 2 : 3;
        // The rest of the traversal applies to each element: kept in the splat's source only.
        while (/^(\.[A-Za-z_][\w-]*|\[[^\]]*\])/.test(this.s.slice(this.i))) this.i += /^(\.[A-Za-z_][\w-]*|\[[^\]]*\])/.exec(this.s.slice(this.i))![0].length;
        e = { t: 'splat', obj: e, src: this.src(start) };
      } else if (this.s[this.i] === '.' && /[A-Za-z_]/.test(this.s[this.i + 1] ?? '')) {
        this.i++;
        const name = this.identifier();
        e = { t: 'get', obj: e, key: { t: 'lit', v: name, src: name }, src: this.src(start) };
      } else if (this.s[this.i] === '.' && /\d/.test(this.s[this.i + 1] ?? '')) {
        this.i++;
        const n = /^\d+/.exec(this.s.slice(this.i))![0];
        this.i += n.length;
        e = { t: 'get', obj: e, key: { t: 'lit', v: Number(n), src: n }, src: this.src(start) };
      } else if (this.s[this.i] === '[') {
        this.i++;
        const key = this.expression(depth + 1);
        this.expect(']');
        e = { t: 'get', obj: e, key, src: this.src(start) };
      } else {
        this.i = save;
        return e;
      }
    }
  }

  identifier(): string {
    const m = /^[A-Za-z_][\w-]*(::[A-Za-z_][\w-]*)*/.exec(this.s.slice(this.i));
    if (!m) this.fail('expected a name');
    this.i += m[0].length;
    return m[0];
  }

  primary(depth: number): Expr {
    this.ws();
    const start = this.i;
    const c = this.s[this.i];
    if (c === undefined) this.fail('unexpected end');
    if (c === '(') {
      this.i++;
      const e = this.expression(depth + 1);
      this.expect(')');
      return e;
    }
    if (c === '"') return this.quoted(depth);
    if (c === '<' && this.s[this.i + 1] === '<') return this.heredoc(depth);
    if (c === '[') return this.tuple(depth);
    if (c === '{') return this.object(depth);
    const number = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(this.s.slice(this.i));
    if (number) {
      this.i += number[0].length;
      return { t: 'lit', v: Number(number[0]), src: number[0] };
    }
    const name = this.identifier();
    if (name === 'true' || name === 'false') return { t: 'lit', v: name === 'true', src: name };
    if (name === 'null') return { t: 'lit', v: null, src: name };
    const save = this.i;
    this.ws();
    if (this.s[this.i] === '(') {
      this.i++;
      const args: Expr[] = [];
      let expand = false;
      for (;;) {
        if (this.eat(')')) break;
        args.push(this.expression(depth + 1));
        if (this.eat('...')) expand = true;
        if (!this.eat(',')) {
          this.expect(')');
          break;
        }
      }
      return { t: 'call', name: name.replace(/^core::/, ''), args, expand, src: this.src(start) };
    }
    this.i = save;
    return { t: 'ref', name, src: name };
  }

  tuple(depth: number): Expr {
    const start = this.i;
    this.i++;
    this.ws();
    if (/^for\s/.test(this.s.slice(this.i))) return this.forExpression(start, false, depth);
    const items: Expr[] = [];
    for (;;) {
      if (this.eat(']')) break;
      items.push(this.expression(depth + 1));
      if (!this.eat(',')) {
        this.expect(']');
        break;
      }
    }
    return { t: 'tuple', items, src: this.src(start) };
  }

  object(depth: number): Expr {
    const start = this.i;
    this.i++;
    this.ws();
    if (/^for\s/.test(this.s.slice(this.i))) return this.forExpression(start, true, depth);
    const items: [Expr, Expr][] = [];
    for (;;) {
      if (this.eat('}')) break;
      this.ws();
      // A bare name is the key itself, not a reference (`{ image = ... }`).
      let key: Expr;
      const bare = /^[A-Za-z_][\w-]*/.exec(this.s.slice(this.i));
      if (bare && /^\s*[=:]/.test(this.s.slice(this.i + bare[0].length)) && !/^\s*==/.test(this.s.slice(this.i + bare[0].length))) {
        this.i += bare[0].length;
        key = { t: 'lit', v: bare[0], src: bare[0] };
      } else key = this.expression(depth + 1);
      this.ws();
      if (this.s[this.i] !== '=' && this.s[this.i] !== ':') this.fail('expected = or :');
      this.i++;
      items.push([key, this.expression(depth + 1)]);
      this.eat(',');
    }
    return { t: 'obj', items, src: this.src(start) };
  }

  forExpression(start: number, object: boolean, depth: number): Expr {
    this.i += 3;
    this.ws();
    const first = this.identifier();
    let keyVar: string | undefined;
    let valueVar = first;
    if (this.eat(',')) {
      this.ws();
      keyVar = first;
      valueVar = this.identifier();
    }
    this.ws();
    if (!this.eat('in')) this.fail('expected in');
    const coll = this.expression(depth + 1);
    this.expect(':');
    let key: Expr | undefined;
    let value = this.expression(depth + 1);
    if (object) {
      this.expect('=>');
      key = value;
      value = this.expression(depth + 1);
      this.eat('...');
    }
    this.ws();
    let cond: Expr | undefined;
    if (/^if\s/.test(this.s.slice(this.i))) {
      this.i += 2;
      cond = this.expression(depth + 1);
    }
    this.expect(object ? '}' : ']');
    return { t: 'for', keyVar, valueVar, coll, key, value, cond, object, src: this.src(start) };
  }

  /** A quoted template: `"..."` with escapes and `${...}` / `%{...}`. */
  quoted(depth: number): Expr {
    const start = this.i;
    this.i++;
    const parts = this.templateUntil((s, i) => s[i] === '"', true, depth);
    this.i++;
    return { t: 'tpl', parts, src: this.src(start) };
  }

  heredoc(depth: number): Expr {
    const start = this.i;
    const m = /^<<(-?)([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(this.s.slice(this.i));
    if (!m) this.fail('bad heredoc');
    this.i += m[0].length;
    const close = new RegExp(`(^|\\n)[ \\t]*${m[2]}[ \\t]*(\\r?\\n|$)`, 'g');
    close.lastIndex = this.i - 1;
    const end = close.exec(this.s);
    if (!end) this.fail('unterminated heredoc');
    let body = this.s.slice(this.i, end.index + (end[1] === '\n' ? 1 : 0));
    this.i = end.index + end[0].length - end[2]!.length;
    if (m[1] === '-') body = flush(body);
    return { t: 'tpl', parts: parseTemplate(body, depth + 1), src: this.src(start) };
  }

  /** Template pieces up to `stop` (not consumed). `escapes`: a quoted string's backslash escapes. */
  templateUntil(stop: (s: string, i: number) => boolean, escapes: boolean, depth: number): (string | Expr)[] {
    const parts: (string | Expr)[] = [];
    let text = '';
    while (this.i < this.s.length && !stop(this.s, this.i)) {
      const c = this.s[this.i]!;
      const next = this.s[this.i + 1];
      if (escapes && c === '\\') {
        const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };
        if (next === 'u' || next === 'U') {
          const len = next === 'u' ? 4 : 8;
          text += String.fromCodePoint(parseInt(this.s.slice(this.i + 2, this.i + 2 + len), 16) || 0xfffd);
          this.i += 2 + len;
        } else {
          text += next !== undefined && Object.hasOwn(map, next) ? map[next] : next ?? '';
          this.i += 2;
        }
      } else if ((c === '$' || c === '%') && next === c && this.s[this.i + 2] === '{') {
        text += `${c}{`;
        this.i += 3;
      } else if ((c === '$' || c === '%') && next === '{') {
        if (text) parts.push(text);
        text = '';
        const start = this.i;
        this.i += 2;
        this.eat('~');
        if (c === '$') {
          parts.push(this.expression(depth + 1));
          this.eat('~');
          this.expect('}');
        } else {
          this.skipDirective();
          parts.push({ t: 'directive', src: this.src(start) });
        }
      } else {
        text += c;
        this.i++;
      }
    }
    if (text) parts.push(text);
    return parts;
  }

  /** A `%{ if }`...`%{ endif }` or `%{ for }`...`%{ endfor }` directive, skipped whole. */
  skipDirective(): void {
    let nesting = 0;
    for (;;) {
      const close = this.s.indexOf('}', this.i);
      if (close < 0) this.fail('unterminated directive');
      const word = /^\s*~?\s*(\w+)/.exec(this.s.slice(this.i, close))?.[1];
      if (word === 'if' || word === 'for') nesting++;
      else if (word === 'endif' || word === 'endfor') nesting--;
      this.i = close + 1;
      if (nesting <= 0) return;
      const next = this.s.indexOf('%{', this.i);
      if (next < 0) this.fail('unterminated directive');
      this.i = next + 2;
    }
  }
}

/** A `<<-` heredoc's lines without the indent they all share. */
function flush(body: string): string {
  const lines = body.split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

/** An expression's source text (without the `${ }` hcl2json wraps around a whole expression). */
export function parseExpression(text: string): Expr {
  const p = new Parser(text);
  const e = p.expression(0);
  p.ws();
  if (p.i < text.length) p.fail('unexpected text');
  return e;
}

/** A template's text (a decoded string: no quote escapes; `$${` and `%%{` stay escapes). */
export function parseTemplate(text: string, depth = 0): (string | Expr)[] {
  const p = new Parser(text);
  return p.templateUntil(() => false, false, depth);
}
