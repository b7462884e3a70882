import type { JsonPath, SourceDocument, SourceRange } from '../source/source-document.js';

const NO_POSITION: SourceRange = { line: 0, column: 0, endLine: 0, endColumn: 0 };

/**
 * Where a resource read from a live account "comes from": no file and no line (line 0 is never a
 * real position, lines are 1-based). The engine then leaves file and line null and the finding is
 * located by the resource's ARN and region instead.
 */
export const LIVE_DOCUMENT: SourceDocument = {
  file: '',
  format: 'json',
  locate(_path: JsonPath): SourceRange {
    return NO_POSITION;
  },
};
