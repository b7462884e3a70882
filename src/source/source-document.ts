/** 1-based positions; endColumn is the column after the last character (as SARIF wants). */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type JsonPath = readonly (string | number)[];

/**
 * A parsed input file that can say where a value came from. Positions are computed only when a
 * finding asks for one: most files have no finding, and most of the parse cost is in positions.
 */
export interface SourceDocument {
  /** Path relative to the working directory, with forward slashes. */
  readonly file: string;
  readonly format: 'json' | 'yaml';
  /**
   * The range of the value at `path` (or of its key, with `{ key: true }`). When the path does not
   * exist, the nearest ancestor that does (a missing property is reported on its parent).
   */
  locate(path: JsonPath, options?: { key?: boolean }): SourceRange;
}
