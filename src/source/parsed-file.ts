import type { SourceDocument, SourceRange } from './source-document.js';
import type { DirectiveComment } from './suppression-comments.js';

export interface ParseProblem {
  message: string;
  range: SourceRange;
}

/** One input file after parsing: its documents (YAML may hold several) and what went wrong. */
export interface ParsedFile {
  file: string;
  format: 'json' | 'yaml';
  documents: { value: unknown; document: SourceDocument }[];
  problems: ParseProblem[];
  /** `# batchlint-disable...` comments (YAML only), applied by the engine after the rules ran. */
  directives?: DirectiveComment[];
}
