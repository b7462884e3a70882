import type { SourceDocument, SourceRange } from './source-document.js';
import type { DirectiveComment } from './suppression-comments.js';

export interface ParseProblem {
  message: string;
  range: SourceRange;
  /** A syntax error (as opposed to a limit, binary content or bad encoding). */
  syntax?: boolean;
  /**
   * For a YAML syntax error: the parser's error code. Its message can quote the input, so outputs
   * that must not echo a file (config files, which can be any file) show the code instead.
   */
  code?: string;
}

/** One input file after parsing: its documents (YAML may hold several) and what went wrong. */
export interface ParsedFile {
  file: string;
  format: 'json' | 'yaml';
  documents: { value: unknown; document: SourceDocument }[];
  problems: ParseProblem[];
  /** `# batchlint-disable...` comments (YAML only), applied by the engine after the rules ran. */
  directives?: DirectiveComment[];
  /** For a file with problems: whether its text mentions AWS Batch at all (see read-source-file.ts). */
  mentionsBatch?: boolean;
}
