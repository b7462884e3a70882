import type { ReportInput } from './report-input.js';
import { neutralizeWorkflowCommand } from './safe-text.js';
import { annotation } from './workflow-command.js';

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on its file and line in the
 * pull request (`batchlint lint -f github` in a `run:` step), then one plain summary line.
 */
export function formatGithub(input: ReportInput): string {
  const s = input.summary;
  const summary = `batchlint: ${s.errors + s.warnings + s.notes} problems (${s.errors} errors, ${s.warnings} warnings, ${s.notes} notes) in ${s.resources} resources from ${s.files} files`;
  return `${input.findings.map(annotation).join('')}${neutralizeWorkflowCommand(summary)}\n`;
}
