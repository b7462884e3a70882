import type { JsonPath } from '../source/source-document.js';

/** The kinds of schema failure; each is its own rule so users can tune them separately. */
export type SchemaIssueKind = 'unknown-property' | 'type' | 'enum' | 'range' | 'required';

export interface SchemaIssue {
  kind: SchemaIssueKind;
  /** Path inside the resource of the offending value (or of the object missing a property). */
  path: JsonPath;
  /** Point at the key rather than the value (unknown properties). */
  key: boolean;
  /** Message arguments: property, expected, allowed, suggestion, limit... */
  data: Record<string, string>;
}
