import type { Finding } from '../engine/finding.js';
import type { Severity } from '../engine/rule.js';
import type { ReportInput } from './report-input.js';
import { escapeControl, neutralizeWorkflowCommand } from './safe-text.js';

// https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions#setting-an-error-message
const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'notice' };

// The runner decodes %25, %0D and %0A in a command's data, and also %3A and %2C in its properties
// (where `:` ends the properties and `,` separates them). Control characters are made visible first,
// so no line break is left to encode; `%` must go first so the runner decodes exactly what was sent.
function escapeData(text: string): string {
  return escapeControl(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(f: Finding): string {
  const props: string[] = [];
  const where = f.location.file === null ? `${f.location.arn ?? f.location.address ?? ''}` : '';
  if (f.location.file !== null) {
    props.push(`file=${escapeProperty(f.location.file)}`);
    if (f.location.line !== null) {
      props.push(`line=${f.location.line}`);
      if (f.location.endLine !== null) props.push(`endLine=${f.location.endLine}`);
      // GitHub takes columns only within one line.
      if (f.location.column !== null && f.location.endLine === f.location.line) {
        props.push(`col=${f.location.column}`);
        if (f.location.endColumn !== null) props.push(`endColumn=${f.location.endColumn}`);
      }
    }
  }
  props.push(`title=${escapeProperty(`batchlint ${f.ruleId}`)}`);
  const message = where !== '' ? `${where}: ${f.message}` : f.message;
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(message)}`;
}

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on its file and line in the
 * pull request (`batchlint lint -f github` in a `run:` step), then one plain summary line.
 */
export function formatGithub(input: ReportInput): string {
  const s = input.summary;
  const summary = `batchlint: ${s.errors + s.warnings + s.notes} problems (${s.errors} errors, ${s.warnings} warnings, ${s.notes} notes) in ${s.resources} resources from ${s.files} files`;
  return [...input.findings.map(annotation), neutralizeWorkflowCommand(summary)].join('\n') + '\n';
}
