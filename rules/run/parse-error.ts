// Reported by the engine itself, about files rather than resources: no check.
import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  id: 'parse-error',
  title: 'File cannot be parsed',
  category: 'run',
  severity: 'error',
  description: 'A file that is not valid JSON or YAML (syntax error, duplicate key, tab indentation, binary or non-UTF-8 content, or over a size or nesting limit).',
  helpUri: 'https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-skeleton.html',
  docs: {
    rationale: 'A configuration that cannot be parsed cannot be deployed, and a duplicate key silently loses one of its values.',
    fix: 'Fix the syntax at the reported line and column. The other files are linted regardless.',
    bad: '{ "jobDefinitionName": "etl", "type": "container", }',
    good: '{ "jobDefinitionName": "etl", "type": "container" }',
    examplesFormat: 'json',
  },
  appliesTo: [],
  messages: { problem: '{{problem}}' },
});
