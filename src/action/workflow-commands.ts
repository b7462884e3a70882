// What the Action writes to the job log. The runner reads `::command::` at the start of a line and
// `##[command]` anywhere in one, so file names, resource names and messages from a pull request
// could otherwise forge annotations, mask text (`::add-mask::`) or switch command processing off
// (`::stop-commands::`) and silence batchlint's own annotations. Every line the Action prints passes
// through `logLine`/`logText`; only the commands built here are left for the runner to read.
import type { Finding } from '../engine/finding.js';
import type { Severity } from '../engine/rule.js';
import { escapeControl, neutralizeWorkflowCommand } from '../reporters/safe-text.js';

/** Workflow-command escaping (as @actions/core and the runner's unescape): data escapes % CR LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Properties (file=, title=) also escape the separators `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One line of input-derived text, safe to print: no control character, no command syntax. */
export function logLine(text: string): string {
  return neutralizeWorkflowCommand(escapeControl(text));
}

/**
 * A rendered report, line by line. Its own line breaks are structure; the strings in it must already
 * be single-line (see `sanitizeFindings`), so every line here is neutralised, never split further.
 */
export function logText(text: string): string {
  return text
    .split('\n')
    .map((line) => neutralizeWorkflowCommand(escapeControl(line.replace(/\r$/, ''))))
    .join('\n');
}

/** Findings whose strings are safe for a human-readable log (the SARIF file keeps the exact ones). */
export function sanitizeFindings(findings: readonly Finding[]): Finding[] {
  const safe = (s: string | null): string | null => (s === null ? null : escapeControl(s));
  return findings.map((f) => ({
    ...f,
    message: escapeControl(f.message),
    resource: f.resource ? { ...f.resource, name: escapeControl(f.resource.name) } : null,
    location: { ...f.location, file: safe(f.location.file), arn: safe(f.location.arn), address: safe(f.location.address) },
  }));
}

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', note: 'notice' };

/** A batchlint-owned command. Data and properties are escaped, control characters made visible. */
export function workflowCommand(command: 'error' | 'warning' | 'notice', properties: Record<string, string>, data: string): string {
  const props = Object.entries(properties).map(([k, v]) => `${k}=${escapeProperty(escapeControl(v))}`);
  return `::${command}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(escapeControl(data))}\n`;
}

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
