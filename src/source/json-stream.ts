// A JSON reader for files too large to hold as one text (plans of large stacks, describe outputs
// of large accounts). It reads the bytes in chunks, checks the whole syntax as JSON.parse would,
// builds only the parts a selection asks for, and records the positions of what it builds as it
// goes, so a finding on a kept value gets the same line and column as on the whole-file path.
import { describeJsonError } from './json-errors.js';
import { jsonPositions } from './json-document.js';
import { limits } from './limits.js';
import { LineIndex } from './line-index.js';
import type { ParseProblem, ParsedFile } from './parsed-file.js';
import { FlatPositionWriter, locateInTree, type FlatPositions } from './position-tree.js';
import type { JsonPath, SourceDocument, SourceRange } from './source-document.js';

/** How much of a value to build: all of it, the collection with each entry asked about again, or nothing (only its span is recorded). */
export type Keep = 'all' | 'some' | 'none';

/** Which parts of a large document to build; everything else is checked for syntax and skipped. */
export interface JsonSelection {
  /** For a value starting at `path`: `parent` is the collection holding it as built so far, `root` the document's root so far. */
  enter(path: JsonPath, parent: unknown, root: unknown): Keep;
  /** For a complete entry of a 'some' collection: false drops it (null in an array, left out of an object); its position stays. */
  keep(path: JsonPath, value: unknown, root: unknown): boolean;
}

/**
 * Builds everything. The root and the lists or maps directly under it are indexed as they are read;
 * each of their entries (a resource of a describe output, say) is a unit whose positions are read
 * again from the file when a finding needs one: recording every value's position cost more memory
 * than the values.
 */
export const KEEP_EVERYTHING: JsonSelection = {
  enter: (path, parent) => (path.length === 0 || (path.length === 1 && !Array.isArray(parent)) ? 'some' : 'all'),
  keep: () => true,
};

const enum State {
  Value,
  ValueOrClose,
  KeyOrClose,
  Key,
  Colon,
  After,
}

interface Frame {
  isMap: boolean;
  keep: Keep;
  value: Record<string, unknown> | unknown[] | undefined;
  start: number;
  /** The segment under which this collection sits in its parent. */
  segment: string | number;
  /** A collection built whole under an indexed one: its positions are read again when needed. */
  unit: boolean;
  byteStart: number;
  entries: number[] | undefined;
  keys: string[] | undefined;
  seen: Set<string> | undefined;
  count: number;
  key: string;
  keyStart: number;
  keyEnd: number;
  /** Of the entry being read: how much of it is built, where it started, the position writer's mark then. */
  childKeep: Keep;
  childStart: number;
  childMark: { ints: number; keys: number };
}

const INTERNED_LENGTH = 96;
const INTERNED_COUNT = 100_000;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const BATCH_MARKERS = /jobDefinitionName|computeEnvironmentName|jobQueueName|computeEnvironmentOrder|containerProperties|schedulingPolic|fairsharePolicy|AWS::Batch::|aws_batch_|JobDefinitionName|ComputeEnvironmentOrder/;

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Reads the bytes [start, end) of the file again (for the positions inside a unit); undefined when it cannot. */
export type Reread = (start: number, end: number) => string | undefined;

/**
 * Units whose positions are held at once. Findings come resource by resource, so two suffice; with
 * 32, each unit's positions lived long enough to be promoted to the old generation, and 50,000 of
 * them were garbage there (a describe output of 50,000 revisions peaked 120 MB higher).
 */
const UNIT_CACHE = 2;

/** A large JSON file: positions of the indexed parts, units read again on demand, line starts counted while reading. */
export class StreamedJsonDocument implements SourceDocument {
  readonly format = 'json' as const;
  private readonly lines: LineIndex;
  private readonly cache = new Map<number, FlatPositions | undefined>();

  constructor(
    readonly file: string,
    private readonly tree: FlatPositions | undefined,
    lineStarts: ArrayLike<number>,
    private readonly length: number,
    /** charStart, charEnd, byteStart, byteEnd per unit. */
    private readonly units: readonly number[],
    private readonly reread: Reread | undefined,
  ) {
    this.lines = new LineIndex(lineStarts);
    if (tree) tree.unit = (k) => this.unit(k);
  }

  private unit(k: number): { tree: FlatPositions; offset: number } | undefined {
    const [charStart, charEnd, byteStart, byteEnd] = [this.units[4 * k]!, this.units[4 * k + 1]!, this.units[4 * k + 2]!, this.units[4 * k + 3]!];
    let tree = this.cache.get(k);
    if (!this.cache.has(k)) {
      const text = this.reread?.(byteStart, byteEnd);
      // A file changed since it was read: the unit is reported as a whole rather than misplaced.
      tree = text !== undefined && text.length === charEnd - charStart ? jsonPositions(text) : undefined;
      if (this.cache.size >= UNIT_CACHE) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(k, tree);
    }
    return tree ? { tree, offset: charStart } : undefined;
  }

  locate(path: JsonPath, options: { key?: boolean } = {}): SourceRange {
    const [start, end] = locateInTree(this.tree, path, options.key ?? false, [0, this.length]);
    return this.lines.range(start, end);
  }
}

/**
 * Parses a JSON text given in pieces (`push`, then `end`). Never throws for bad content: the first
 * syntax error, excessive nesting, binary content or bad UTF-8 is a problem with its position.
 */
export class JsonStreamParser {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private text = '';
  private pos = 0;
  /** Offset of text[0] in the whole (decoded) text. */
  private base = 0;
  private state = State.Value;
  private readonly frames: Frame[] = [];
  private root: unknown;
  private rootDone = false;
  private rootRecord = -1;
  private sawContent = false;
  private readonly writer = new FlatPositionWriter();
  private lineStarts = new Int32Array(1024);
  private lineCount = 1;
  private lastCR = -2;
  /** Inside a string cut by the end of a piece: where to go on scanning it, and whether it had escapes. */
  private stringResume = -1;
  private stringEscaped = false;
  private readonly problems: ParseProblem[] = [];
  private fatal: ParseProblem | undefined;
  private failed = false;
  /** After a syntax error or past the nesting limit, only brackets are counted (the limit is reported first, as on the whole-file path). */
  private depth = 0;
  private maxDepth = 0;
  private inString = false;
  private escaped = false;
  private mentions = false;
  private tail = '';

  private readonly units: number[] = [];
  private readonly interned = new Map<string, string>();
  /** UTF-8 offset of `charMark` in the file (units are read again by byte range). */
  private byteMark = 0;
  private charMark = 0;

  constructor(private readonly file: string, private readonly selection: JsonSelection = KEEP_EVERYTHING, private readonly reread?: Reread) {}

  /** The byte offset of a character offset at or after the last one asked about and inside the text held. */
  private byteAt(offset: number): number {
    if (offset > this.charMark) {
      this.byteMark += Buffer.byteLength(this.text.slice(this.charMark - this.base, offset - this.base));
      this.charMark = offset;
    }
    return this.byteMark;
  }

  /** Feeds the next bytes; false once nothing more is worth reading (binary content, bad UTF-8). */
  push(bytes: Uint8Array): boolean {
    if (this.fatal) return false;
    if (bytes.includes(0)) {
      this.fatal = { message: 'Binary content (NUL bytes); not a JSON or YAML file', range: START };
      return false;
    }
    // The decoder drops a byte order mark; byte offsets count it.
    if (this.base === 0 && this.text === '' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) this.byteMark = 3;
    let piece: string;
    try {
      piece = this.decoder.decode(bytes, { stream: true });
    } catch {
      this.fatal = { message: 'Invalid UTF-8; JSON and YAML files must be UTF-8 encoded', range: START };
      return false;
    }
    this.feed(piece, false);
    return true;
  }

  end(): ParsedFile {
    if (!this.fatal) {
      let rest = '';
      try {
        rest = this.decoder.decode();
      } catch {
        this.fatal = { message: 'Invalid UTF-8; JSON and YAML files must be UTF-8 encoded', range: START };
      }
      if (!this.fatal) this.feed(rest, true);
    }
    const file = this.file;
    if (this.fatal) return { file, format: 'json', documents: [], problems: [this.fatal] };
    const lines = this.lineStarts.subarray(0, this.lineCount);
    const document = new StreamedJsonDocument(file, this.rootRecord >= 0 ? this.writer.finish(this.rootRecord) : undefined, lines, this.base + this.text.length, this.units, this.reread);
    if (this.maxDepth > limits.maxNestingDepth) {
      return { file, format: 'json', documents: [], problems: [{ message: `JSON nesting is ${this.maxDepth} levels deep, more than the limit of ${limits.maxNestingDepth}; the file was not linted`, range: START }] };
    }
    if (!this.sawContent && !this.failed) return { file, format: 'json', documents: [], problems: [] };
    if (this.failed) return { file, format: 'json', documents: [], problems: this.problems, mentionsBatch: this.mentions };
    const result: ParsedFile = { file, format: 'json', documents: [{ value: this.root, document }], problems: this.problems };
    if (this.problems.length > 0) result.mentionsBatch = this.mentions;
    return result;
  }

  private feed(piece: string, final: boolean): void {
    if (!this.mentions) {
      const window = this.tail + piece;
      this.mentions = BATCH_MARKERS.test(window);
      this.tail = window.slice(-32);
    }
    if (this.failed || this.maxDepth > limits.maxNestingDepth) {
      this.countDepth(piece);
      this.base += piece.length;
      return;
    }
    // The text before pos is dropped: count its bytes first.
    this.byteAt(this.base + this.pos);
    this.base += this.pos;
    this.text = this.pos < this.text.length ? this.text.slice(this.pos) + piece : piece;
    if (this.stringResume >= 0) this.stringResume -= this.pos;
    this.pos = 0;
    this.run(final);
    if (this.failed || this.maxDepth > limits.maxNestingDepth) {
      this.depth = this.frames.length;
      // Count the rest of this piece's brackets from where parsing stopped.
      const rest = this.text.slice(this.pos);
      this.base += this.pos;
      this.text = '';
      this.pos = 0;
      this.countDepth(rest);
      this.base += rest.length;
    } else if (final) this.finish();
  }

  private countDepth(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92) this.escaped = true;
        else if (c === 34) this.inString = false;
      } else if (c === 34) this.inString = true;
      else if (c === 123 || c === 91) {
        if (++this.depth > this.maxDepth) this.maxDepth = this.depth;
      } else if (c === 125 || c === 93) this.depth--;
    }
  }

  private fail(what: string, start: number, length: number): void {
    this.failed = true;
    const at = this.base + start;
    this.problems.length = 0;
    this.problems.push({ message: `Invalid JSON: ${describeJsonError(what)}`, range: this.rangeAt(at, at + length), syntax: true });
  }

  private rangeAt(start: number, end: number): SourceRange {
    return new LineIndex(this.lineStarts.subarray(0, this.lineCount)).range(start, end);
  }

  private addLine(start: number): void {
    if (this.lineCount === this.lineStarts.length) {
      const grown = new Int32Array(this.lineStarts.length * 2);
      grown.set(this.lineStarts);
      this.lineStarts = grown;
    }
    this.lineStarts[this.lineCount++] = start;
  }

  private finish(): void {
    if (this.rootDone) return;
    const at = this.base + this.text.length;
    const frame = this.frames[this.frames.length - 1];
    if (!this.sawContent) return;
    const what = this.state === State.Colon ? 'ColonExpected'
      : this.state === State.Key || this.state === State.KeyOrClose ? 'PropertyNameExpected'
      : this.state === State.Value ? 'ValueExpected'
      : frame?.isMap ? 'CloseBraceExpected' : 'CloseBracketExpected';
    this.failed = true;
    this.problems.length = 0;
    this.problems.push({ message: `Invalid JSON: ${describeJsonError(what)}`, range: this.rangeAt(at, at), syntax: true });
  }

  private run(final: boolean): void {
    const text = this.text;
    const n = text.length;
    let pos = this.pos;
    while (!this.failed) {
      // Whitespace, counting lines (a CR LF pair is one line break, as in LineIndex).
      let c = 0;
      for (; pos < n; pos++) {
        c = text.charCodeAt(pos);
        if (c === 32 || c === 9) continue;
        if (c === 10) {
          const at = this.base + pos;
          if (this.lastCR === at - 1) this.lineStarts[this.lineCount - 1] = at + 1;
          else this.addLine(at + 1);
          continue;
        }
        if (c === 13) {
          this.lastCR = this.base + pos;
          this.addLine(this.lastCR + 1);
          continue;
        }
        break;
      }
      if (pos >= n) break;
      this.sawContent = true;
      if (this.rootDone) {
        this.pos = pos;
        this.fail('EndOfFileExpected', pos, 1);
        break;
      }
      const frame = this.frames[this.frames.length - 1];
      switch (this.state) {
        case State.KeyOrClose:
        case State.Key: {
          if (c === 125 && this.state === State.KeyOrClose) {
            pos = this.close(frame!, pos);
            break;
          }
          if (c !== 34) {
            this.fail('PropertyNameExpected', pos, 1);
            break;
          }
          const end = this.scanString(pos, final);
          if (end === -1) {
            this.pos = pos;
            return;
          }
          if (end < 0) break;
          const f = frame!;
          f.key = this.stringValue(pos, end);
          f.keyStart = this.base + pos;
          f.keyEnd = this.base + end;
          const duplicate = f.seen ? f.seen.has(f.key) : Object.prototype.hasOwnProperty.call(f.value, f.key);
          if (duplicate) this.problems.push({ message: `Duplicate key "${f.key}": JSON parsers keep only the last one`, range: this.rangeAt(f.keyStart, f.keyEnd), syntax: true });
          else f.seen?.add(f.key);
          this.state = State.Colon;
          pos = end;
          break;
        }
        case State.Colon:
          if (c !== 58) {
            this.fail('ColonExpected', pos, 1);
            break;
          }
          this.state = State.Value;
          pos++;
          break;
        case State.After:
          if (c === 44) {
            this.state = frame!.isMap ? State.Key : State.Value;
            pos++;
          } else if (c === (frame!.isMap ? 125 : 93)) pos = this.close(frame!, pos);
          else this.fail('CommaExpected', pos, 1);
          break;
        case State.ValueOrClose:
          if (c === 93) {
            pos = this.close(frame!, pos);
            break;
          }
        // falls through
        case State.Value: {
          if (c === 123 || c === 91) {
            this.open(frame, c === 123, pos);
            pos++;
            if (this.maxDepth > limits.maxNestingDepth) {
              this.pos = pos;
              return;
            }
            break;
          }
          let end: number;
          if (c === 34) end = this.scanString(pos, final);
          else if (c === 45 || (c >= 48 && c <= 57)) end = this.scanToken(pos, final, 'InvalidNumberFormat');
          else if (c >= 97 && c <= 122) end = this.scanToken(pos, final, 'InvalidSymbol');
          else {
            this.fail('ValueExpected', pos, 1);
            break;
          }
          if (end === -1) {
            this.pos = pos;
            return;
          }
          if (end < 0) break;
          this.scalar(frame, pos, end);
          pos = end;
          break;
        }
      }
    }
    this.pos = pos;
  }

  /** The end of the string token at `start` (after its closing quote); -1 when the text ends first, -2 after a syntax error. */
  private scanString(start: number, final: boolean): number {
    const text = this.text;
    const n = text.length;
    let i = this.stringResume >= 0 ? this.stringResume : start + 1;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        this.stringResume = -1;
        return i + 1;
      }
      if (c < 32) {
        this.stringResume = -1;
        this.fail('InvalidCharacter', i, 1);
        return -2;
      }
      if (c === 92) {
        if (i + 1 >= n) break;
        this.stringEscaped = true;
        const e = text.charCodeAt(i + 1);
        if (e === 117) {
          if (i + 5 >= n) break;
          for (let k = 2; k < 6; k++) {
            if (!isHex(text.charCodeAt(i + k))) {
              this.stringResume = -1;
              this.fail('InvalidUnicode', i, k);
              return -2;
            }
          }
          i += 5;
        } else if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) i++;
        else {
          this.stringResume = -1;
          this.fail('InvalidEscapeCharacter', i, 2);
          return -2;
        }
      }
    }
    if (final) {
      this.stringResume = -1;
      this.fail('UnexpectedEndOfString', start, n - start);
      return -2;
    }
    this.stringResume = i;
    return -1;
  }

  /** A number or a literal: the end of its run of characters, checked once complete. */
  private scanToken(start: number, final: boolean, error: string): number {
    const text = this.text;
    const n = text.length;
    let i = start;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      const part = error === 'InvalidNumberFormat' ? (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c === 101 || c === 69 : c >= 97 && c <= 122;
      if (!part) break;
    }
    if (i === n && !final) return -1;
    const token = text.slice(start, i);
    const valid = error === 'InvalidNumberFormat' ? NUMBER.test(token) : token === 'true' || token === 'false' || token === 'null';
    if (!valid) {
      this.fail(error, start, i - start);
      return -2;
    }
    return i;
  }

  /**
   * The text of a string token, as a copy (a slice would keep the whole piece of input alive).
   * Short strings are shared: a describe output repeats the same roles, images and names in every
   * revision, and one copy of each saved a fifth of the values' memory.
   */
  private stringValue(start: number, end: number): string {
    const escaped = this.stringEscaped;
    this.stringEscaped = false;
    const raw = this.text.slice(start, end);
    if (escaped || raw.length > INTERNED_LENGTH) return JSON.parse(raw) as string;
    const inner = raw.slice(1, -1);
    let value = this.interned.get(inner);
    if (value === undefined) {
      value = inner.length > 12 ? (JSON.parse(raw) as string) : inner;
      if (this.interned.size < INTERNED_COUNT) this.interned.set(value, value);
    }
    return value;
  }

  private enter(frame: Frame | undefined, start: number): Keep {
    if (!frame) return this.selection.enter([], undefined, undefined);
    const keep = frame.keep === 'some' ? this.selection.enter(this.pathOf(frame), frame.value, this.root) : frame.keep;
    frame.childKeep = keep;
    frame.childStart = this.base + start;
    if (frame.keep === 'some') frame.childMark = this.writer.mark;
    return keep;
  }

  private pathOf(frame: Frame): (string | number)[] {
    const path: (string | number)[] = [];
    for (let i = 1; i < this.frames.length; i++) path.push(this.frames[i]!.segment);
    path.push(frame.isMap ? frame.key : frame.count);
    return path;
  }

  private scalar(frame: Frame | undefined, start: number, end: number): void {
    const keep = this.enter(frame, start);
    let value: unknown;
    if (keep !== 'none') {
      const c = this.text.charCodeAt(start);
      if (c === 34) value = this.stringValue(start, end);
      else if (c === 116) value = true;
      else if (c === 102) value = false;
      else if (c === 110) value = null;
      else value = Number(this.text.slice(start, end));
    } else this.stringEscaped = false;
    this.complete(frame, value, this.base + end, -1);
  }

  private open(parent: Frame | undefined, isMap: boolean, start: number): void {
    const keep = this.enter(parent, start);
    const built = keep !== 'none';
    const unit = keep === 'all' && parent?.keep === 'some';
    this.frames.push({
      isMap,
      keep,
      value: built ? (isMap ? {} : []) : undefined,
      start: this.base + start,
      segment: parent ? (parent.isMap ? parent.key : parent.count) : '',
      unit,
      byteStart: unit ? this.byteAt(this.base + start) : -1,
      entries: keep === 'some' ? [] : undefined,
      keys: keep === 'some' && isMap ? [] : undefined,
      // A map being built tells duplicates by its own keys; one that is skipped or built in part needs a set.
      seen: isMap && keep !== 'all' ? new Set() : undefined,
      count: 0,
      key: '',
      keyStart: -1,
      keyEnd: -1,
      childKeep: 'none',
      childStart: 0,
      childMark: { ints: 0, keys: 0 },
    });
    if (!parent) this.root = this.frames[0]!.value;
    if (this.frames.length > this.maxDepth) this.maxDepth = this.frames.length;
    this.state = isMap ? State.KeyOrClose : State.ValueOrClose;
  }

  private close(frame: Frame, pos: number): number {
    this.frames.pop();
    const end = this.base + pos + 1;
    let record = -1;
    if (frame.entries) record = this.writer.write(frame.start, end, frame.entries, frame.keys);
    else if (frame.unit) {
      record = -2 - this.units.length / 4;
      this.units.push(frame.start, end, frame.byteStart, this.byteAt(end));
    }
    this.complete(this.frames[this.frames.length - 1], frame.value, end, record);
    return pos + 1;
  }

  /** A value (scalar or collection) is complete: add it and its position to the collection holding it. */
  private complete(frame: Frame | undefined, value: unknown, end: number, record: number): void {
    this.state = State.After;
    if (!frame) {
      this.rootDone = true;
      this.root = value;
      this.rootRecord = record;
      return;
    }
    if (frame.value) {
      let kept = frame.childKeep !== 'none';
      if (kept && frame.keep === 'some' && !this.selection.keep(this.pathOf(frame), value, this.root)) {
        kept = false;
        this.writer.truncate(frame.childMark);
      }
      if (frame.entries) {
        frame.entries.push(frame.isMap ? frame.keyStart : -1, frame.isMap ? frame.keyEnd : -1, frame.childStart, end, kept ? record : -1);
        if (frame.isMap) frame.keys!.push(frame.key);
      }
      if (!frame.isMap) (frame.value as unknown[]).push(kept ? value : null);
      else if (kept) {
        const object = frame.value as Record<string, unknown>;
        // As JSON.parse does: `__proto__` is an own property, not the prototype.
        if (frame.key === '__proto__') Object.defineProperty(object, frame.key, { value, enumerable: true, writable: true, configurable: true });
        else object[frame.key] = value;
      }
    }
    frame.count++;
  }
}

const START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
