// Terraform values are in the API's shape, so the API schema applies; but a value known only after
// apply (an ARN, a computed block) is "cannot tell", never a schema error.
import type { ResourceKind } from '../../model/resource.js';
import { isUnknown } from '../../model/values.js';
import type { SchemaIssue } from '../../model/schema-issue.js';
import { validateResource } from '../../schema/validate-resource.js';
import type { JsonPath } from '../../source/source-document.js';

function reachesUnknown(root: unknown, path: JsonPath): boolean {
  let value: unknown = root;
  for (const segment of path) {
    if (isUnknown(value)) return true;
    if (value === null || typeof value !== 'object') return false;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return isUnknown(value);
}

export function knownSchemaIssues(kind: ResourceKind, data: unknown): SchemaIssue[] {
  return validateResource(kind, data).filter((issue) => !reachesUnknown(data, issue.path));
}
