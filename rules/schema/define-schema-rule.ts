// Each kind of schema failure is its own rule (as cfn-lint does), so users can tune them
// separately. The validation itself runs once per resource; these rules only report it.
import { defineRule, type Rule } from '../../src/engine/rule.js';
import { RESOURCE_KINDS } from '../../src/model/resource.js';
import type { SchemaIssueKind } from '../../src/model/schema-issue.js';

const API_REFERENCE = 'https://docs.aws.amazon.com/batch/latest/APIReference/API_Operations.html';

export function defineSchemaRule(id: string, kind: SchemaIssueKind, title: string, description: string, message: string, docs: Parameters<typeof defineRule>[0]['docs']): Rule {
  return defineRule({
    id,
    title,
    category: 'schema',
    severity: 'error',
    description,
    helpUri: API_REFERENCE,
    docs,
    appliesTo: RESOURCE_KINDS,
    messages: { issue: message, withSuggestion: `${message} Did you mean "{{suggestion}}"?` },
    check(_resource, context) {
      for (const issue of context.schemaIssues()) {
        if (issue.kind !== kind) continue;
        context.report({ messageId: issue.data.suggestion ? 'withSuggestion' : 'issue', data: issue.data, path: issue.path, key: issue.key });
      }
    },
  });
}

