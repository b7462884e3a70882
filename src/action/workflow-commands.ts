// What the Action writes to the job log. The runner reads `::command::` at the start of a line and
// `##[command]` anywhere in one, so file names, resource names and messages from a pull request
// could otherwise forge annotations, mask text (`::add-mask::`) or switch command processing off
// (`::stop-commands::`) and silence batchlint's own annotations. Every line the Action prints passes
// through `logLine`/`logText`; only the commands built here are left for the runner to read.
import type { Finding } from '../engine/finding.js';
import { escapeControl, neutralizeWorkflowCommand } from '../reporters/safe-text.js';

// The commands themselves (escaping, annotations) are the `github` format's: one builder for both.
export { annotation, escapeData, escapeProperty, workflowCommand } from '../reporters/workflow-command.js';

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
    .map((line) => logLine(line.replace(/\r$/, '')))
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
