import { asIs, type Prepare, type ReportInput } from './report-input.js';
import { neutralizeWorkflowCommand } from './safe-text.js';
import { annotation } from './workflow-command.js';

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on its file and line in the
 * pull request (`batchlint lint -f github` in a `run:` step), then one plain summary line. One piece
 * per finding; `prepare` maps each finding before it is shown.
 */
export function* githubReportPieces(input: ReportInput, prepare: Prepare = asIs): Generator<string> {
  for (const f of input.findings) yield annotation(prepare(f));
  const s = input.summary;
  const summary = `batchlint: ${s.errors + s.warnings + s.notes} problems (${s.errors} errors, ${s.warnings} warnings, ${s.notes} notes) in ${s.resources} resources from ${s.files} files`;
  yield `${neutralizeWorkflowCommand(summary)}\n`;
}

export function formatGithub(input: ReportInput): string {
  return [...githubReportPieces(input)].join('');
}
