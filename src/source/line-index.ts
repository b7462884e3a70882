import type { SourceRange } from './source-document.js';

/** Converts character offsets into 1-based line and column numbers. Built once per file, on demand. */
export class LineIndex {
  private readonly starts: ArrayLike<number>;

  /** From a text, or from the offsets where its lines start (a streaming reader counts them as it goes). */
  constructor(text: string | ArrayLike<number>) {
    if (typeof text !== 'string') {
      this.starts = text;
      return;
    }
    const starts: number[] = [0];
    this.starts = starts;
    // Most texts end lines with \n alone: indexOf finds them far faster than a loop over every character.
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }

  range(start: number, end: number): SourceRange {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}
