// A schema failure is part of the model of a resource (src/model); validation produces it here.
export type { SchemaIssue, SchemaIssueKind } from '../model/schema-issue.js';
