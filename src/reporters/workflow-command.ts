// GitHub Actions workflow commands (`::error file=...,line=...::message`): the `github` format and the
// Action's own annotations are built here, so both escape the same way.
// https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions#setting-an-error-message
import type { Finding } from '../engine/finding.js';
import type { Severity } from '../engine/rule.js';
import { escapeControl } from './safe-text.js';

/** Workflow-command escaping (as @actions/core and the runner's unescape): data escapes % CR LF; `%` first, so the runner decodes exactly what was sent. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Properties (file=, title=) also escape the separators `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', note: 'notice' };

/** A batchlint-owned command, one line. Control characters are made visible first, then data and properties escaped. */
export function workflowCommand(command: 'error' | 'warning' | 'notice', properties: Record<string, string>, data: string): string {
  const props = Object.entries(properties).map(([k, v]) => `${k}=${escapeProperty(escapeControl(v))}`);
  return `::${command}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(escapeControl(data))}\n`;
}

/** The annotation of one finding on its file and lines (a live resource's ARN or address leads its message instead). */
export function annotation(f: Finding): string {
  const props: Record<string, string> = {};
  if (f.location.file !== null) props.file = f.location.file;
  if (f.location.line !== null) {
    props.line = String(f.location.line);
    if (f.location.endLine !== null) props.endLine = String(f.location.endLine);
    // GitHub ignores columns on annotations that span lines.
    if (f.location.column !== null && f.location.endLine === f.location.line) {
      props.col = String(f.location.column);
      if (f.location.endColumn !== null) props.endColumn = String(f.location.endColumn);
    }
  }
  props.title = `batchlint ${f.ruleId}`;
  const where = f.location.file === null ? (f.location.arn ?? f.location.address) : null;
  return workflowCommand(COMMAND[f.severity], props, where ? `${where}: ${f.message}` : f.message);
}
