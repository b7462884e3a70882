// `.tf` files, parsed with @cdktn/hcl2json (HashiCorp's own HCL parser compiled to WebAssembly; the
// community continuation of the deprecated @cdktf/hcl2json). It returns hcl2json's JSON view of the
// file without positions, so positions come from the text: the resource block's header, then each
// key of the path in turn inside that block, searched within the value of the key before it (a
// nested block's braces, a function call's parentheses such as `jsonencode({...})` or
// `merge(local.x, {...})`, a heredoc's lines). The parser is imported only when a .tf file is read
// (its WebAssembly start-up costs about a quarter of a second).
import { LineIndex } from '../../source/line-index.js';
import type { JsonPath, SourceDocument, SourceRange } from '../../source/source-document.js';

export class HclDocument implements SourceDocument {
  // hcl2json's view of the file is JSON-shaped; SourceDocument knows no third format.
  readonly format = 'json' as const;
  private lines: LineIndex | undefined;
  private blocks: Map<string, { header: RegExpExecArray; end: number | undefined }> | undefined;

  constructor(readonly file: string, private readonly text: string) {}

  /**
   * The resource blocks' headers, found in one pass on the first finding: searching the text for
   * each finding's block took 268 s for a 5 MB file of 60,000 blocks. The first header of a
   * type and name wins, as the search did.
   */
  private block(type: string, name: string): { header: RegExpExecArray; end: number } | undefined {
    if (!this.blocks) {
      this.blocks = new Map();
      const headers = /^[ \t]*resource\s+"([^"\n]*)"\s+"([^"\n]*)"\s*\{/gm;
      for (let m = headers.exec(this.text); m; m = headers.exec(this.text)) {
        const key = `${m[1]}\u0000${m[2]}`;
        if (!this.blocks.has(key)) this.blocks.set(key, { header: m, end: undefined });
      }
    }
    const found = this.blocks.get(`${type}\u0000${name}`);
    if (!found) return undefined;
    found.end ??= closing(this.text, found.header.index + found.header[0].length - 1);
    return { header: found.header, end: found.end };
  }

  private range(start: number, end: number): SourceRange {
    this.lines ??= new LineIndex(this.text);
    return this.lines.range(start, end);
  }

  locate(path: JsonPath): SourceRange {
    const [section, type, name, , ...rest] = path;
    if (section !== 'resource' || typeof type !== 'string' || typeof name !== 'string') return this.range(0, 0);
    const block = this.block(type, name);
    if (!block) return this.range(0, 0);
    const { header } = block;
    let found = { start: header.index + header[0].search(/\S/), end: header.index + header[0].length - 1 };
    let from = header.index + header[0].length;
    let to = block.end;
    let lastKey: string | undefined;
    for (const segment of rest) {
      if (typeof segment === 'number') {
        // The n-th element of a tuple (`[{...}, {...}]`) or the n-th repeated block (`evaluate_on_exit { }`).
        const next = nthElement(this.text, found.end, to, segment, lastKey);
        if (!next) break;
        found = next;
        from = next.start;
        // A tuple element starts at its `{`; a repeated block (`compute_resources {`) at its name, or
        // at the end of the name for the first one: the block's body is the brace after it.
        const open = this.text[next.start] === '{' ? next.start : this.text.slice(next.end).search(/\S/) + next.end;
        to = this.text[open] === '{' ? closing(this.text, open) : next.end;
        continue;
      }
      const key = new RegExp(`(^|[\\s{,])"?${escape(segment)}"?\\s*(=|:|\\{)`, 'm');
      const body = this.text.slice(from, to);
      const m = key.exec(body);
      if (!m) break;
      const start = from + m.index + m[1]!.length;
      found = { start, end: start + m[0].length - m[1]!.length - m[2]!.length };
      lastKey = segment;
      const valueStart = from + m.index + m[0].length - (m[2] === '{' ? 1 : 0);
      const v = this.text.slice(valueStart).search(/\S/) + valueStart;
      from = v;
      to = this.text[v] === '{' || this.text[v] === '[' ? closing(this.text, v) : Math.min(to, lineEnd(this.text, v));
      const call = /^[A-Za-z_][\w:]*\(/.exec(this.text.slice(v, v + 64));
      const heredoc = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(this.text.slice(v, v + 80));
      if (call) {
        // `jsonencode({...})`, `merge(local.x, {...})`: the keys written in the call's literal objects.
        const open = v + call[0].length - 1;
        from = open + 1;
        to = closing(this.text, open);
      } else if (heredoc) {
        const close = new RegExp(`\\n[ \\t]*${heredoc[1]}[ \\t]*(\\r?\\n|$)`, 'g');
        close.lastIndex = v;
        const end = close.exec(this.text);
        from = v + heredoc[0].length;
        to = end ? end.index : this.text.length;
      }
    }
    return this.range(found.start, found.end);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function lineEnd(text: string, at: number): number {
  const n = text.indexOf('\n', at);
  return n < 0 ? text.length : n;
}

/** The offset of the bracket that closes the one at `open` (strings skipped). */
function closing(text: string, open: number): number {
  const pairs: Record<string, string> = { '{': '}', '[': ']', '(': ')' };
  const close = pairs[text[open] ?? ''];
  if (!close) return text.length;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === text[open]) depth++;
    else if (c === close && --depth === 0) return i;
  }
  return text.length;
}

function nthElement(text: string, after: number, to: number, n: number, key: string | undefined): { start: number; end: number } | undefined {
  let start = text.slice(after).search(/\S/) + after;
  // `after` ends the argument's name: a tuple value follows its `=` (`: ` in an object literal).
  if (text[start] === '=' || text[start] === ':') start = text.slice(start + 1).search(/\S/) + start + 1;
  if (text[start] === '[') {
    let index = 0;
    for (let i = start + 1; i < to; i++) {
      const c = text[i]!;
      if (/\s|,/.test(c)) continue;
      if (c === ']') return undefined;
      const end = c === '{' || c === '[' ? closing(text, i) + 1 : i + (text.slice(i).search(/[,\]\n]/) >>> 0);
      if (index === n) return { start: i, end };
      index++;
      i = end - 1;
    }
    return undefined;
  }
  if (n === 0 || !key) return { start: after, end: after };
  // Repeated blocks: the n-th `key {` after the first.
  // Searched within the enclosing block only: a search to the end of the file per finding was quadratic.
  const region = text.slice(0, to);
  const re = new RegExp(`(^|\\s)${escape(key)}\\s*\\{`, 'gm');
  re.lastIndex = after;
  let m: RegExpExecArray | null = null;
  for (let i = 0; i < n; i++) {
    m = re.exec(region);
    if (!m) return undefined;
  }
  const at = m!.index + m![1]!.length;
  return { start: at, end: at + key.length };
}

/** The position hcl2json gives in its message (`main.tf:12,3-4: ...`), else the start of the file. */
export function problemRange(message: string, text: string): SourceRange {
  const lines = new LineIndex(text);
  const m = /:(\d+),(\d+)/.exec(message);
  if (!m) return lines.range(0, 0);
  const line = Number(m[1]);
  let offset = 0;
  for (let l = 1; l < line && offset >= 0; l++) offset = text.indexOf('\n', offset) + 1;
  return lines.range(Math.max(0, offset + Number(m[2]) - 1), Math.max(0, offset + Number(m[2]) - 1));
}
