// A reader for the YAML that configuration files are nearly always written in: documents whose
// roots are block mappings; block mappings and sequences; plain, quoted and `|`/`>` scalars on their
// own lines; flow collections; CloudFormation's short-form tags. It gives what the `yaml` package
// would (the same value, and the same offsets as yaml-document.ts reads from the package's nodes)
// in a fraction of the time and garbage: parsing was a third of linting 200 templates. Anything
// else (anchors, multi-line plain or quoted scalars, duplicate keys, tabs, odd indentation, an
// error of any kind) makes it give up, and the file goes through the `yaml` package, which reads
// it and reports its problems. test/yaml-subset.test.ts holds it to the package on every YAML
// file of the repository and mutations of them.
import type { FlatPositions } from './position-tree.js';

/** What the reader gives for a document it read: the value, its positions and its range. */
export interface SubsetDocument {
  value: unknown;
  /** The positions in position-tree.ts's flat form (the documents of one text share its arrays). */
  positions: FlatPositions;
  range: [number, number];
}

class GiveUp {}
const GIVE_UP = new GiveUp();

// Far below limits.maxNestingDepth: deeper input is rare, and the package reports the limit.
const MAX_DEPTH = 64;
// The package refuses an implicit key longer than 1024 characters.
const MAX_KEY = 1000;
// Characters the reader leaves to the package wherever they are: tabs and carriage returns
// (whitespace rules), control characters, and the other Unicode line breaks.
const UNREAD = /[\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;

const SPACE = 32;
const NL = 10;
const HASH = 35;
const COLON = 58;
const DASH = 45;

const CFN_FUNCTIONS = new Set(['And', 'Base64', 'Cidr', 'Equals', 'FindInMap', 'ForEach', 'GetAtt', 'GetAZs', 'If', 'ImportValue', 'Join', 'Length', 'Not', 'Or', 'Select', 'Split', 'Sub', 'ToJsonString', 'Transform']);

/** `!Name` on a scalar, as yaml-document.ts's custom tags resolve it. */
function taggedScalar(tag: string, text: string): unknown {
  if (tag === 'Ref' || tag === 'Condition') return { [tag]: text };
  if (tag === 'GetAtt') {
    const dot = text.indexOf('.');
    return { 'Fn::GetAtt': dot < 0 ? [text] : [text.slice(0, dot), text.slice(dot + 1)] };
  }
  return { [`Fn::${tag}`]: text };
}

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar under the YAML 1.2 core schema, tested in the package's order. */
function plainValue(text: string): unknown {
  const c = text.charCodeAt(0);
  // Letters other than n/N/t/T/f/F start only strings.
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
    if (c !== 110 && c !== 78 && c !== 116 && c !== 84 && c !== 102 && c !== 70) return text;
  }
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return c === 116 || c === 84;
  if (INT_OCT.test(text)) return parseInt(text.substring(2), 8);
  if (INT.test(text)) return parseInt(text, 10);
  if (INT_HEX.test(text)) return parseInt(text.substring(2), 16);
  if (FLOAT_NAN.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return parseFloat(text);
  return text;
}

// Characters a plain scalar may not start with here (some may in YAML, but rarely do; the package reads those).
function badPlainStart(c: number): boolean {
  // ? : , [ ] { } # & * ! | > ' " % @ ` -
  return c === 63 || c === COLON || c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === HASH || c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === 39 || c === 34 || c === 37 || c === 64 || c === 96 || c === DASH;
}

const isFlowEnd = (c: number) => c === 44 || c === 93 || c === 125 || c === 91 || c === 123;

// The records are written into one buffer kept between files (a new one per file, each an
// ArrayBuffer outside the heap, made garbage collection run more often); each file's records are
// copied out of it once, at the end.
let sharedInts = new Int32Array(1 << 14);
const EMPTY = new Int32Array(0);

class Reader {
  private readonly n: number;
  // The node last read: its offsets as the package's range ([start, end, nodeEnd]) and its positions.
  private start = 0;
  private end = 0;
  private nodeEnd = 0;
  /** The offset of the last node's record in `ints`, or -1 for a scalar. */
  private tree = -1;
  // The flat position records (position-tree.ts), written as each collection closes (children
  // before their parent); the entries and keys of the collections still open wait on two stacks.
  private ints = sharedInts;
  private length = 0;
  private readonly keys: string[] = [];
  private readonly entries: number[] = [];
  private readonly openKeys: string[] = [];
  /** Where reading goes on after a block value: the start of the line after it. */
  private next = 0;
  /** The column of the line found by nextContent. */
  private col = 0;
  private depth = 0;

  constructor(
    private readonly s: string,
    private readonly tags: boolean,
  ) {
    this.n = s.length;
  }

  /** The documents of the stream: each a block mapping at column 0, separated by `---` lines. */
  documents(): SubsetDocument[] {
    const documents: SubsetDocument[] = [];
    let p = this.nextContent(0);
    let marker = this.isMarker(p);
    for (;;) {
      if (marker) p = this.nextContent(this.lineEnd(p + 3));
      if (p >= this.n || this.col !== 0 || this.isMarker(p)) throw GIVE_UP; // an empty document
      const value = this.blockMap(p, 0);
      documents.push({ value, positions: { ints: EMPTY, keys: this.keys, root: this.tree }, range: [this.start, this.end] });
      p = this.nextContent(this.next);
      if (p >= this.n) {
        const ints = this.ints.slice(0, this.length);
        for (const d of documents) d.positions.ints = ints;
        return documents;
      }
      marker = this.isMarker(p);
      if (!marker) throw GIVE_UP;
    }
  }

  /** `---` at column 0 of a line, alone or before a space. */
  private isMarker(p: number): boolean {
    const { s } = this;
    if (p >= this.n || this.col !== 0 || !s.startsWith('---', p)) return false;
    const c = s.charCodeAt(p + 3);
    return p + 3 >= this.n || c === NL || c === SPACE;
  }

  private colOf(p: number): number {
    return p - (this.s.lastIndexOf('\n', p - 1) + 1);
  }

  /** From a line start: the first character of the next line holding more than spaces and a comment (or the end). */
  private nextContent(p: number): number {
    const { s, n } = this;
    for (;;) {
      let q = p;
      while (q < n && s.charCodeAt(q) === SPACE) q++;
      if (q >= n) return n;
      const c = s.charCodeAt(q);
      if (c === NL) {
        p = q + 1;
        continue;
      }
      if (c === HASH) {
        const e = s.indexOf('\n', q);
        if (e < 0) return n;
        p = e + 1;
        continue;
      }
      this.col = q - p;
      return q;
    }
  }

  /** After a value on its line: spaces, maybe a comment, the line break. The offset after the break (or the end). */
  private lineEnd(p: number): number {
    const { s, n } = this;
    let q = p;
    while (q < n && s.charCodeAt(q) === SPACE) q++;
    if (q >= n) return n;
    const c = s.charCodeAt(q);
    if (c === HASH) {
      if (q === p) throw GIVE_UP;
      const e = s.indexOf('\n', q);
      return e < 0 ? n : e + 1;
    }
    if (c !== NL) throw GIVE_UP;
    return q + 1;
  }

  /**
   * A plain scalar in block context from `p` to the end of its line: where it ends (a comment or
   * the line break) and the first `: ` (or `:` at the end) before that, -1 if none. With native
   * searches rather than a loop per character: this is most of reading a file.
   */
  private plainLine(p: number): { colon: number; end: number } {
    const { s, n } = this;
    let end = s.indexOf('\n', p);
    if (end < 0) end = n;
    // Searched in the line only: a search of the rest of the text at every line was quadratic.
    const line = s.slice(p, end);
    const hash = line.indexOf(' #');
    if (hash >= 0) end = p + hash;
    let colon = line.indexOf(':');
    while (colon >= 0 && p + colon < end) {
      const e = s.charCodeAt(p + colon + 1);
      if (p + colon + 1 >= n || e === SPACE || e === NL) return { colon: p + colon, end };
      colon = line.indexOf(':', colon + 1);
    }
    return { colon: -1, end };
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw GIVE_UP;
  }

  /** A block mapping whose first key is at `first`, its keys at column `indent`. */
  private blockMap(first: number, indent: number): Record<string, unknown> {
    this.enter();
    const { s } = this;
    const value: Record<string, unknown> = {};
    const base = this.entries.length;
    const keyBase = this.openKeys.length;
    let p = first;
    let lastEnd = 0;
    for (;;) {
      const c = s.charCodeAt(p);
      let key: string;
      let keyEnd: number;
      if (c === 34 || c === 39) {
        key = this.quoted(p);
        keyEnd = this.end;
        const e = s.charCodeAt(keyEnd + 1);
        if (s.charCodeAt(keyEnd) !== COLON || (keyEnd + 1 < this.n && e !== SPACE && e !== NL)) throw GIVE_UP;
      } else {
        if (badPlainStart(c)) throw GIVE_UP;
        const q = this.plainLine(p).colon;
        if (q < 0) throw GIVE_UP;
        if (s.charCodeAt(q - 1) === SPACE) throw GIVE_UP;
        key = s.slice(p, q);
        if (typeof plainValue(key) !== 'string') throw GIVE_UP;
        keyEnd = q;
      }
      if (keyEnd - p > MAX_KEY || key === '__proto__' || Object.prototype.hasOwnProperty.call(value, key)) throw GIVE_UP;
      const item = this.blockValue(keyEnd + 1, indent, true);
      value[key] = item;
      this.openKeys.push(key);
      this.entries.push(p, keyEnd, this.start, this.end, this.tree);
      lastEnd = this.nodeEnd;
      const q = this.nextContent(this.next);
      if (q >= this.n || this.col < indent || this.isMarker(q)) break;
      if (this.col > indent) throw GIVE_UP;
      p = q;
    }
    this.finishBlock(first, lastEnd, indent);
    this.record(first, lastEnd, base, keyBase);
    this.depth--;
    return value;
  }

  /**
   * Writes the record of the collection whose entries start at `base` on the stack (and keys at
   * `keyBase`; -1 for a sequence) and takes them off; `tree` is its offset.
   */
  private record(start: number, end: number, base: number, keyBase: number): void {
    const { entries } = this;
    const count = (entries.length - base) / 5;
    const size = 4 + (entries.length - base);
    if (this.length + size > this.ints.length) {
      const grown = new Int32Array(Math.max(this.ints.length * 2, this.length + size));
      grown.set(this.ints.subarray(0, this.length));
      this.ints = sharedInts = grown;
    }
    const { ints } = this;
    const r = this.length;
    ints[r] = start;
    ints[r + 1] = end;
    ints[r + 2] = count;
    ints[r + 3] = keyBase < 0 ? -1 : this.keys.length;
    for (let i = base, o = r + 4; i < entries.length; i++, o++) ints[o] = entries[i]!;
    entries.length = base;
    if (keyBase >= 0) {
      for (let i = keyBase; i < this.openKeys.length; i++) this.keys.push(this.openKeys[i]!);
      this.openKeys.length = keyBase;
    }
    this.length += size;
    this.tree = r;
  }

  /** A block sequence whose first `-` is at `first`, at column `indent`. */
  private blockSeq(first: number, indent: number): unknown[] {
    this.enter();
    const value: unknown[] = [];
    const base = this.entries.length;
    let p = first;
    let lastEnd = 0;
    for (;;) {
      value.push(this.blockValue(p + 1, indent, false));
      this.entries.push(-1, -1, this.start, this.end, this.tree);
      lastEnd = this.nodeEnd;
      const q = this.nextContent(this.next);
      if (q >= this.n || this.col < indent) break;
      if (this.col > indent) throw GIVE_UP;
      if (!this.isDash(q)) break; // the next key of a mapping at the same column
      p = q;
    }
    this.finishBlock(first, lastEnd, indent);
    this.record(first, lastEnd, base, -1);
    this.depth--;
    return value;
  }

  /** A plain scalar may start with `-` followed by a character that is not space or a flow indicator (`-1`, `-Xmx2g`). */
  private dashStart(p: number): boolean {
    if (this.s.charCodeAt(p) !== DASH || p + 1 >= this.n) return false;
    const e = this.s.charCodeAt(p + 1);
    return e !== SPACE && e !== NL && !isFlowEnd(e) && e !== HASH;
  }

  private isDash(p: number): boolean {
    if (this.s.charCodeAt(p) !== DASH) return false;
    const e = this.s.charCodeAt(p + 1);
    return p + 1 >= this.n || e === SPACE || e === NL;
  }

  /**
   * A block collection's range ends where its last value's node does; its node also holds the
   * comment lines after it at its own indentation or deeper (the parent's range reads that end).
   */
  private finishBlock(first: number, lastEnd: number, indent: number): void {
    const { s, n } = this;
    let nodeEnd = lastEnd;
    let p = lastEnd;
    // Only when the last value's node ended at a line start (after its line break).
    if (p > 0 && s.charCodeAt(p - 1) === NL) {
      let comments = false;
      for (;;) {
        let q = p;
        while (q < n && s.charCodeAt(q) === SPACE) q++;
        const c = q < n ? s.charCodeAt(q) : -1;
        if (c === NL) {
          p = q + 1;
          continue;
        }
        if (c === HASH && q - p >= indent) {
          const e = s.indexOf('\n', q);
          p = e < 0 ? n : e + 1;
          nodeEnd = p;
          comments = true;
          continue;
        }
        // With comments taken in, the package's node also takes the next line's indentation.
        if (comments) {
          if (c !== HASH && c >= 0) nodeEnd = q;
          else throw GIVE_UP;
        } else if (c === HASH && this.deeperComment(p, indent)) throw GIVE_UP;
        break;
      }
    }
    this.start = first;
    this.end = lastEnd;
    this.nodeEnd = nodeEnd;
  }

  /**
   * The value after a mapping's `:` or a sequence's `-` at `p`, in a collection at column
   * `indent`. Sets start/end/nodeEnd/tree and `next`.
   */
  private blockValue(p: number, indent: number, inMap: boolean): unknown {
    const { s, n } = this;
    let q = p;
    while (q < n && s.charCodeAt(q) === SPACE) q++;
    let c = q < n ? s.charCodeAt(q) : NL;
    let tag: string | undefined;
    if (c === 33) {
      if (!this.tags) throw GIVE_UP;
      let e = q + 1;
      while (e < n && s.charCodeAt(e) !== SPACE && s.charCodeAt(e) !== NL) e++;
      tag = s.slice(q + 1, e);
      if (tag !== 'Ref' && tag !== 'Condition' && !CFN_FUNCTIONS.has(tag)) throw GIVE_UP;
      q = e;
      while (q < n && s.charCodeAt(q) === SPACE) q++;
      c = q < n ? s.charCodeAt(q) : NL;
    }
    if (c === NL || (c === HASH && q > p)) {
      // The value is on the lines below, or there is none.
      const lineEnd = c === HASH ? this.lineEnd(q) : Math.min(q + 1, n);
      const r = this.nextContent(lineEnd);
      const col = this.col;
      if (r < n && (col > indent || (inMap && col === indent && this.isDash(r)))) {
        let value: unknown;
        if (this.isDash(r)) value = this.blockSeq(r, col);
        else if (col > indent) value = this.blockMap(r, col);
        else throw GIVE_UP;
        return tag === undefined ? value : this.wrap(tag, value);
      }
      // Nothing: a null, located where the package puts it (only the plain case is read here).
      if (tag !== undefined || !inMap || q !== p || c !== NL) throw GIVE_UP;
      // Only directly before the next entry or at the very end (comments and blank lines after it move the package's offsets).
      if (q < n && (lineEnd >= n || r >= n || r - col !== lineEnd)) throw GIVE_UP;
      this.start = this.end = this.nodeEnd = p;
      this.tree = -1;
      this.next = lineEnd;
      return null;
    }
    if (c === 91 || c === 123) {
      const value = this.flow(q, indent);
      this.afterLine(indent);
      return tag === undefined ? value : this.wrap(tag, value);
    }
    if (c === 34 || c === 39) {
      const text = this.quoted(q);
      if (s.charCodeAt(this.end) === COLON) {
        if (inMap || tag !== undefined) throw GIVE_UP;
        return this.compactMap(q);
      }
      this.afterLine(indent);
      this.tree = -1;
      return tag === undefined ? text : taggedScalar(tag, text);
    }
    if (c === 124 || c === 62) {
      const text = this.blockScalar(q, indent);
      return tag === undefined ? text : taggedScalar(tag, text);
    }
    if (c === DASH && this.isDash(q)) {
      if (inMap || tag !== undefined) throw GIVE_UP;
      return this.blockSeq(q, this.colOf(q));
    }
    if (badPlainStart(c) && !this.dashStart(q)) throw GIVE_UP;
    // A plain scalar to the end of the line (or a comment); `: ` in it starts a compact mapping in a sequence item.
    const { colon, end: r } = this.plainLine(q);
    if (colon >= 0) {
      if (inMap || tag !== undefined) throw GIVE_UP;
      return this.compactMap(q);
    }
    let e = r;
    while (s.charCodeAt(e - 1) === SPACE) e--;
    const text = s.slice(q, e);
    this.start = q;
    this.end = e;
    this.afterLine(indent);
    this.tree = -1;
    return tag === undefined ? plainValue(text) : taggedScalar(tag, text);
  }

  /**
   * After a scalar or flow collection that ends at `end` on its line, in a collection at column
   * `indent`: `next` is the next line, and the node's end (as the package has it) takes in the
   * comment lines after it that are indented more than the collection, and blank lines between them.
   */
  private afterLine(indent: number): void {
    const { s, n } = this;
    let p = this.lineEnd(this.end);
    this.next = p;
    let nodeEnd = p;
    while (p < n) {
      let q = p;
      while (q < n && s.charCodeAt(q) === SPACE) q++;
      if (q >= n) break;
      const c = s.charCodeAt(q);
      if (c === NL) {
        p = q + 1;
        continue;
      }
      if (c !== HASH) break;
      if (q - p <= indent) {
        // A comment less indented, then more indented ones: the package's offsets follow other rules.
        if (this.deeperComment(p, indent + 1)) throw GIVE_UP;
        break;
      }
      const e = s.indexOf('\n', q);
      p = e < 0 ? n : e + 1;
      nodeEnd = p;
    }
    this.nodeEnd = nodeEnd;
  }

  /** Whether the comment lines from line start `p` to the next content hold one at column `col` or more. */
  private deeperComment(p: number, col: number): boolean {
    const { s, n } = this;
    while (p < n) {
      let q = p;
      while (q < n && s.charCodeAt(q) === SPACE) q++;
      if (q >= n) return false;
      const c = s.charCodeAt(q);
      if (c !== NL && c !== HASH) return false;
      if (c === HASH && q - p >= col) return true;
      const e = s.indexOf('\n', q);
      p = e < 0 ? n : e + 1;
    }
    return false;
  }

  /** `- key: value` : a mapping starting inside a sequence item. */
  private compactMap(q: number): unknown {
    return this.blockMap(q, this.colOf(q));
  }

  /** A tagged collection: a one-key map around it, located where the collection is. */
  private wrap(tag: string, value: unknown): unknown {
    if (tag === 'Ref' || tag === 'Condition') throw GIVE_UP; // scalar-only tags
    const base = this.entries.length;
    const keyBase = this.openKeys.length;
    this.openKeys.push(`Fn::${tag}`);
    this.entries.push(-1, -1, this.start, this.end, this.tree);
    this.record(this.start, this.end, base, keyBase);
    return { [`Fn::${tag}`]: value };
  }

  /** A quoted scalar on one line at `q`. Sets start/end. */
  private quoted(q: number): string {
    const { s } = this;
    const quote = s.charCodeAt(q);
    let text = '';
    let p = q + 1;
    if (quote === 39) {
      for (;;) {
        const e = s.indexOf("'", p);
        if (e < 0) throw GIVE_UP;
        const chunk = s.slice(p, e);
        if (chunk.includes('\n')) throw GIVE_UP;
        text += chunk;
        if (s.charCodeAt(e + 1) === 39) {
          text += "'";
          p = e + 2;
          continue;
        }
        p = e + 1;
        break;
      }
    } else {
      // One pass to the closing quote (searching for it again after each escape was quadratic).
      let from = p;
      for (;;) {
        if (p >= this.n) throw GIVE_UP;
        const c = s.charCodeAt(p);
        if (c === 34) {
          text += s.slice(from, p);
          p++;
          break;
        }
        if (c === NL) throw GIVE_UP;
        if (c === 92) {
          text += s.slice(from, p) + this.escape(p);
          p = from = this.end;
        } else p++;
      }
    }
    this.start = q;
    this.end = p;
    return text;
  }

  /** The escape at `b` (a backslash) in a double-quoted scalar; sets `end` after it. */
  private escape(b: number): string {
    const { s } = this;
    const c = s[b + 1];
    const simple: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', '"': '"', '/': '/', '0': '\0', r: '\r', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v' };
    if (c !== undefined && Object.prototype.hasOwnProperty.call(simple, c)) {
      this.end = b + 2;
      return simple[c]!;
    }
    const digits = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
    if (digits === 0) throw GIVE_UP;
    const hex = s.slice(b + 2, b + 2 + digits);
    if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) throw GIVE_UP;
    const code = parseInt(hex, 16);
    // Surrogates and beyond-Unicode code points: whatever the package makes of them.
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw GIVE_UP;
    this.end = b + 2 + digits;
    return String.fromCodePoint(code);
  }

  /** `|` or `>` at `q`, its content indented more than `indent`. Sets start/end/nodeEnd/next. */
  private blockScalar(q: number, indent: number): string {
    const { s, n } = this;
    const folded = s.charCodeAt(q) === 62;
    let p = q + 1;
    let strip = false;
    if (s.charCodeAt(p) === DASH) {
      strip = true;
      p++;
    }
    const c = s.charCodeAt(p);
    if (p >= n || (c !== SPACE && c !== NL)) throw GIVE_UP; // keep (+), explicit indentation, text after the indicator
    let line = this.lineEnd(p);
    if (line >= n) throw GIVE_UP;
    const lines: string[] = [];
    let contentIndent = -1;
    let empties = 0;
    let lastEnd = -1;
    let leading = true;
    while (line < n) {
      let r = line;
      while (r < n && s.charCodeAt(r) === SPACE) r++;
      const spaces = r - line;
      if (r >= n || s.charCodeAt(r) === NL) {
        // An empty line (spaces beyond the indentation would be content: left to the package).
        if (r >= n) break;
        if (contentIndent < 0 ? spaces > 0 : spaces > contentIndent) throw GIVE_UP;
        empties++;
        line = r + 1;
        continue;
      }
      if (contentIndent < 0) {
        if (spaces <= indent) break;
        contentIndent = spaces;
      } else if (spaces < contentIndent) break;
      const e = s.indexOf('\n', r);
      if (e < 0) throw GIVE_UP; // a last line without a line break
      const text = s.slice(line + contentIndent, e);
      if (folded && spaces > contentIndent) throw GIVE_UP; // more-indented lines are not folded
      if (leading) {
        if (empties > 0) throw GIVE_UP;
        leading = false;
      } else if (folded) lines.push(empties === 0 ? ' ' : '\n'.repeat(empties));
      else lines.push('\n'.repeat(empties + 1));
      empties = 0;
      lines.push(text);
      line = e + 1;
      lastEnd = line;
    }
    if (lastEnd < 0) throw GIVE_UP;
    lines.push(strip ? '' : '\n');
    this.start = q;
    this.end = this.nodeEnd = this.next = lastEnd;
    this.tree = -1;
    return lines.join('');
  }

  /** Spaces, line breaks and comments inside a flow collection; lines below must be indented more than `indent`. */
  private flowSpace(p: number, indent: number): number {
    const { s, n } = this;
    for (;;) {
      if (p >= n) throw GIVE_UP;
      const c = s.charCodeAt(p);
      if (c === SPACE) p++;
      else if (c === NL) {
        p++;
        let q = p;
        while (q < n && s.charCodeAt(q) === SPACE) q++;
        if (q < n && s.charCodeAt(q) !== NL && q - p <= indent) throw GIVE_UP;
        p = q;
      } else if (c === HASH) {
        const prev = s.charCodeAt(p - 1);
        if (prev !== SPACE && prev !== NL) throw GIVE_UP;
        const e = s.indexOf('\n', p);
        if (e < 0) throw GIVE_UP;
        p = e;
      } else return p;
    }
  }

  /** A flow collection at `q` (`[` or `{`). Sets start/end/tree. */
  private flow(q: number, indent: number): unknown {
    this.enter();
    const { s } = this;
    const isMap = s.charCodeAt(q) === 123;
    const close = isMap ? 125 : 93;
    const value: unknown = isMap ? {} : [];
    const base = this.entries.length;
    const keyBase = isMap ? this.openKeys.length : -1;
    let p = this.flowSpace(q + 1, indent);
    if (s.charCodeAt(p) !== close) {
      for (;;) {
        if (isMap) {
          let key: string;
          const c = s.charCodeAt(p);
          const keyStart = p;
          if (c === 34 || c === 39) key = this.quoted(p);
          else {
            this.flowPlain(p);
            key = s.slice(this.start, this.end);
            if (typeof plainValue(key) !== 'string') throw GIVE_UP;
          }
          const keyEnd = this.end;
          if (s.charCodeAt(keyEnd) !== COLON || s.charCodeAt(keyEnd + 1) !== SPACE) throw GIVE_UP;
          if (key === '__proto__' || Object.prototype.hasOwnProperty.call(value, key)) throw GIVE_UP;
          p = this.flowSpace(keyEnd + 1, indent);
          (value as Record<string, unknown>)[key] = this.flowNode(p, indent);
          this.openKeys.push(key);
          this.entries.push(keyStart, keyEnd, this.start, this.end, this.tree);
        } else {
          (value as unknown[]).push(this.flowNode(p, indent));
          this.entries.push(-1, -1, this.start, this.end, this.tree);
        }
        p = this.flowSpace(this.end, indent);
        const c = s.charCodeAt(p);
        if (c === close) break;
        if (c !== 44) throw GIVE_UP;
        p = this.flowSpace(p + 1, indent);
        if (s.charCodeAt(p) === close) throw GIVE_UP; // a trailing comma
      }
    }
    this.start = q;
    this.end = p + 1;
    this.record(q, p + 1, base, keyBase);
    this.depth--;
    return value;
  }

  /** A node inside a flow collection at `p`. Sets start/end/tree. */
  private flowNode(p: number, indent: number): unknown {
    const { s, n } = this;
    const c = s.charCodeAt(p);
    if (c === 91 || c === 123) return this.flow(p, indent);
    if (c === 34 || c === 39) {
      const text = this.quoted(p);
      this.tree = -1;
      return text;
    }
    if (c === 33) {
      if (!this.tags) throw GIVE_UP;
      let e = p + 1;
      while (e < n && !isFlowEnd(s.charCodeAt(e)) && s.charCodeAt(e) !== SPACE && s.charCodeAt(e) !== NL) e++;
      const tag = s.slice(p + 1, e);
      if (tag !== 'Ref' && tag !== 'Condition' && !CFN_FUNCTIONS.has(tag)) throw GIVE_UP;
      if (s.charCodeAt(e) !== SPACE) throw GIVE_UP;
      let q = e;
      while (q < n && s.charCodeAt(q) === SPACE) q++;
      const d = s.charCodeAt(q);
      if (d === 91 || d === 123) {
        const value = this.flow(q, indent);
        return this.wrap(tag, value);
      }
      if (d === 34 || d === 39) {
        const text = this.quoted(q);
        this.tree = -1;
        return taggedScalar(tag, text);
      }
      this.flowPlain(q);
      return taggedScalar(tag, s.slice(this.start, this.end));
    }
    this.flowPlain(p);
    return plainValue(s.slice(this.start, this.end));
  }

  /** A plain scalar inside a flow collection, on one line. Sets start/end; tree undefined. */
  private flowPlain(p: number): void {
    const { s, n } = this;
    const c = s.charCodeAt(p);
    if (p >= n || (badPlainStart(c) && !this.dashStart(p)) || c === NL || c === SPACE) throw GIVE_UP;
    let r = p;
    for (; r < n; r++) {
      const d = s.charCodeAt(r);
      if (d === NL || isFlowEnd(d)) break;
      if (d === HASH && s.charCodeAt(r - 1) === SPACE) break;
      if (d === COLON) {
        const e = s.charCodeAt(r + 1);
        if (r + 1 >= n || e === SPACE || e === NL || isFlowEnd(e)) break;
      }
    }
    let e = r;
    while (s.charCodeAt(e - 1) === SPACE) e--;
    if (e === p) throw GIVE_UP;
    this.start = p;
    this.end = e;
    this.tree = -1;
  }
}

/**
 * The documents of `text` when it is a stream the reader reads exactly as the `yaml` package would;
 * undefined for anything else (the caller parses it with the package). `tags`: whether the
 * CloudFormation short forms are read (yaml-document.ts parses with them when the text has a `!`).
 */
export function readYamlSubset(text: string, tags: boolean): SubsetDocument[] | undefined {
  if (UNREAD.test(text)) return undefined;
  try {
    return new Reader(text, tags).documents();
  } catch (error) {
    if (error === GIVE_UP || error instanceof RangeError) return undefined;
    throw error;
  } finally {
    // A very large file's buffer is not kept for the rest of the run.
    if (sharedInts.length > 1 << 20) sharedInts = new Int32Array(1 << 14);
  }
}
