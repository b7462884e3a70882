// The literal part of an HCL expression, as written inside `jsonencode({...})` (the common way to
// write container_properties in .tf files): objects, tuples, strings, numbers, booleans, null.
// References (`var.image`), function calls and interpolated strings are Unknown; anything this
// reader does not understand makes the whole expression Unknown.
// https://developer.hashicorp.com/terraform/language/expressions/types
import { partialString, setField, unknownValue, type JsonRecord } from '../../model/values.js';

class Reader {
  i = 0;
  constructor(private readonly s: string) {}

  skip(): void {
    for (;;) {
      const c = this.s[this.i];
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === ',') this.i++;
      else if (c === '#' || (c === '/' && this.s[this.i + 1] === '/')) while (this.i < this.s.length && this.s[this.i] !== '\n') this.i++;
      else if (c === '/' && this.s[this.i + 1] === '*') {
        const end = this.s.indexOf('*/', this.i + 2);
        this.i = end < 0 ? this.s.length : end + 2;
      } else return;
    }
  }

  value(depth: number): unknown {
    if (depth > 64) throw new Error('too deep');
    this.skip();
    const c = this.s[this.i];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.tuple(depth);
    if (c === '"') return this.string();
    const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(this.s.slice(this.i));
    if (number) {
      this.i += number[0].length;
      return Number(number[0]);
    }
    const word = /^[A-Za-z_][\w.\-[\]*"]*/.exec(this.s.slice(this.i));
    if (!word) throw new Error(`unexpected ${c}`);
    this.i += word[0].length;
    if (word[0] === 'true') return true;
    if (word[0] === 'false') return false;
    if (word[0] === 'null') return null;
    this.skipSpaces();
    if (this.s[this.i] === '(') this.balanced('(', ')');
    return unknownValue(word[0]);
  }

  skipSpaces(): void {
    while (this.s[this.i] === ' ' || this.s[this.i] === '\t') this.i++;
  }

  balanced(open: string, close: string): void {
    let depth = 0;
    for (; this.i < this.s.length; this.i++) {
      const c = this.s[this.i];
      if (c === '"') {
        this.string();
        this.i--;
      } else if (c === open) depth++;
      else if (c === close && --depth === 0) {
        this.i++;
        return;
      }
    }
  }

  string(): unknown {
    let out = '';
    let interpolated = false;
    // The literal text around each `${...}`: an interpolated string is unknown, but keeps it (`${var.repo}:latest`).
    const pieces: (string | null)[] = [];
    this.i++;
    while (this.i < this.s.length && this.s[this.i] !== '"') {
      const c = this.s[this.i]!;
      if (c === '\\') {
        const n = this.s[this.i + 1];
        out += n === 'n' ? '\n' : n === 't' ? '\t' : n === 'r' ? '\r' : n ?? '';
        this.i += 2;
      } else if ((c === '$' || c === '%') && this.s[this.i + 1] === '{') {
        if (this.s[this.i - 1] === c) {
          out += '{';
          this.i += 2;
          continue;
        }
        interpolated = true;
        pieces.push(out, null);
        out = '';
        this.i++;
        this.balanced('{', '}');
      } else {
        out += c;
        this.i++;
      }
    }
    this.i++;
    if (!interpolated) return out;
    pieces.push(out);
    return partialString('(interpolated string)', pieces);
  }

  object(depth: number): JsonRecord {
    const out: JsonRecord = {};
    this.i++;
    for (;;) {
      this.skip();
      if (this.s[this.i] === '}') {
        this.i++;
        return out;
      }
      if (this.i >= this.s.length) throw new Error('unterminated object');
      const key = this.s[this.i] === '"' ? this.string() : this.identifier();
      if (typeof key !== 'string') throw new Error('computed key');
      this.skipSpaces();
      if (this.s[this.i] !== '=' && this.s[this.i] !== ':') throw new Error('expected =');
      this.i++;
      setField(out, key, this.value(depth + 1)); // `"__proto__" = ...` is a key like any other
    }
  }

  identifier(): string {
    const m = /^[A-Za-z_][\w-]*/.exec(this.s.slice(this.i));
    if (!m) throw new Error('expected a key');
    this.i += m[0].length;
    return m[0];
  }

  tuple(depth: number): unknown[] {
    const out: unknown[] = [];
    this.i++;
    for (;;) {
      this.skip();
      if (this.s[this.i] === ']') {
        this.i++;
        return out;
      }
      if (this.i >= this.s.length) throw new Error('unterminated tuple');
      out.push(this.value(depth + 1));
    }
  }
}

/** The value of a literal HCL expression, or Unknown (with the expression's gist) when it is not one. */
export function readHclLiteral(expression: string): unknown {
  const reader = new Reader(expression);
  try {
    const value = reader.value(0);
    reader.skip();
    return reader.i >= expression.length ? value : unknownValue('(expression)');
  } catch {
    return unknownValue('(expression)');
  }
}
