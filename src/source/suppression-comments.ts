// `# batchlint-disable-next-line RULE-ID` and `# batchlint-disable RULE-ID` comments in YAML files.
// Comments are found in yaml's concrete syntax tree, so a `#` inside a quoted string is never
// mistaken for one; the tree is built only for files that mention `batchlint-` at all.
import { Parser } from 'yaml';
import type { LineIndex } from './line-index.js';
import type { SourceRange } from './source-document.js';

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable';

export interface DirectiveComment {
  kind: DirectiveKind;
  /** Rule ids as written (possibly misspelt: the engine reports unknown ones). */
  ruleIds: string[];
  /** The text after ` -- `, if any: the justification. */
  reason?: string;
  /** The comment itself. */
  range: SourceRange;
}

const DIRECTIVE = /^#\s*batchlint-(disable-next-line|disable|enable)(?=\s|$)(.*)$/;

interface CommentToken {
  offset: number;
  source: string;
}

function collectComments(node: unknown, out: CommentToken[], depth = 0): void {
  // The tree mirrors the YAML nesting, which the parser already bounded; the guard keeps a hostile
  // file from turning this walk into a stack overflow.
  if (depth > 2000 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectComments(item, out, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  if (record.type === 'comment' && typeof record.offset === 'number' && typeof record.source === 'string') {
    out.push({ offset: record.offset, source: record.source });
    return;
  }
  for (const value of Object.values(record)) if (value !== null && typeof value === 'object') collectComments(value, out, depth + 1);
}

/** Parses the directive part of one comment (`# batchlint-disable a, b -- why`), or undefined. */
export function parseDirective(comment: string): Omit<DirectiveComment, 'range'> | undefined {
  const match = DIRECTIVE.exec(comment.trim());
  if (!match) return undefined;
  const [, kind, rest = ''] = match;
  const split = rest.indexOf(' -- ');
  const idsText = split >= 0 ? rest.slice(0, split) : rest;
  const reason = split >= 0 ? rest.slice(split + 4).trim() : '';
  const ruleIds = idsText.split(/[\s,]+/).filter(Boolean);
  return { kind: kind as DirectiveKind, ruleIds, ...(reason ? { reason } : {}) };
}

/** The batchlint directives among the comments of a YAML text, in file order. */
export function findDirectiveComments(text: string, lines: () => LineIndex): DirectiveComment[] {
  if (!text.includes('batchlint-')) return [];
  const comments: CommentToken[] = [];
  try {
    for (const token of new Parser().parse(text)) collectComments(token, comments);
  } catch {
    return []; // the document itself failed to parse: that is reported as a parse error
  }
  const directives: DirectiveComment[] = [];
  for (const comment of comments.sort((a, b) => a.offset - b.offset)) {
    const directive = parseDirective(comment.source);
    if (directive) directives.push({ ...directive, range: lines().range(comment.offset, comment.offset + comment.source.length) });
  }
  return directives;
}
