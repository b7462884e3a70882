// Markdown for pull-request comments and GitHub step summaries: counts first, then findings grouped
// by severity and resource. Long sections fold into <details>, and the whole stays under GitHub's
// 65,536-character comment limit (step summaries allow 1 MiB), so 500 findings remain readable.
import type { Finding } from '../engine/finding.js';
import type { RuleMeta, Severity } from '../engine/rule.js';
import type { ReportInput } from './report-input.js';
import { escapeMarkdown, inlineCode } from './markdown-text.js';

export { escapeMarkdown } from './markdown-text.js';

export interface MarkdownOptions {
  /** Base URL of the rule pages (`<base>/<rule-id>.md`); without it, rule ids link to the AWS page the rule cites. */
  docsBaseUrl?: string;
  /** Character budget of the whole report (default 60,000: under GitHub's comment limit). */
  maxLength?: number;
  /** A section with more findings than this starts folded (default 25). */
  foldAbove?: number;
  /** Heading text (default "batchlint"). */
  title?: string;
}

const ORDER: Severity[] = ['error', 'warning', 'note'];
const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', note: 'Notes' };
const MARKS: Record<Severity, string> = { error: '🔴', warning: '🟠', note: '🔵' };

const code = inlineCode;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function groupKey(f: Finding): string {
  const where = f.location.file ?? f.location.arn ?? f.location.address ?? '';
  return f.resource ? `${where}\u0000${f.resource.kind}\u0000${f.resource.name}` : `${where}\u0000\u0000`;
}

function groupHeading(f: Finding): string {
  const where = f.location.file ?? f.location.arn ?? f.location.address;
  const resource = f.resource ? `**${escapeMarkdown(f.resource.name)}** (${f.resource.kind})` : '**file**';
  return `${resource}${where ? ` in ${code(where)}` : ''}`;
}

export function formatMarkdown(input: ReportInput, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? 60_000;
  const foldAbove = options.foldAbove ?? 25;
  const rules = new Map<string, RuleMeta>(input.rules.map((r) => [r.id, r]));
  const link = (id: string): string => {
    const url = options.docsBaseUrl ? `${options.docsBaseUrl.replace(/\/$/, '')}/${id}.md` : rules.get(id)?.helpUri;
    return url ? `[${code(id)}](${url})` : code(id);
  };
  const s = input.summary;
  const total = s.errors + s.warnings + s.notes;
  const suppressed = input.suppressed?.length ?? 0;
  const scope = `in ${plural(s.resources, 'resource')} from ${plural(s.files, 'file')}`;
  const head: string[] = [`## ${escapeMarkdown(options.title ?? 'batchlint')}`, ''];
  const hidden = input.hiddenFailing ?? 0;
  if (total === 0 && hidden > 0) head.push(`❌ No problems shown ${scope}; ${plural(hidden, 'hidden finding')} (--quiet) ${hidden === 1 ? 'fails' : 'fail'} the run.`, '');
  else if (total === 0) head.push(`✅ No problems ${scope}.${suppressed ? ` (${suppressed} suppressed)` : ''}`, '');
  else {
    head.push(`**${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notes, 'note')}** ${scope}.${suppressed ? ` ${suppressed} suppressed.` : ''}`, '');
    head.push('| severity | findings |', '| --- | ---: |', ...ORDER.map((sev) => `| ${MARKS[sev]} ${sev} | ${sev === 'error' ? s.errors : sev === 'warning' ? s.warnings : s.notes} |`), '');
  }

  const out = [...head];
  let length = out.join('\n').length;
  let omitted = 0;
  const closing = (n: number): string => `_${plural(n, 'more finding')} not shown: see the SARIF or JSON report._`;
  for (const severity of ORDER) {
    const findings = input.findings.filter((f) => f.severity === severity);
    if (findings.length === 0) continue;
    const groups = new Map<string, Finding[]>();
    for (const f of findings) {
      const key = groupKey(f);
      const list = groups.get(key);
      if (list) list.push(f);
      else groups.set(key, [f]);
    }
    const open = findings.length <= foldAbove ? ' open' : '';
    const section = [`<details${open}><summary><strong>${MARKS[severity]} ${HEADINGS[severity]} (${findings.length})</strong></summary>`, ''];
    const end = ['', '</details>', ''];
    // Reserve room for this section's frame and for the final "not shown" line.
    let budget = maxLength - length - section.join('\n').length - end.join('\n').length - 120;
    let shown = 0;
    for (const group of groups.values()) {
      const lines = [groupHeading(group[0]!), ''];
      for (const f of group) {
        const pos = f.location.line !== null ? `${code(`${f.location.line}:${f.location.column ?? 1}`)} ` : '';
        lines.push(`- ${pos}${escapeMarkdown(f.message)} ${link(f.ruleId)}`);
      }
      lines.push('');
      const text = lines.join('\n');
      if (text.length + 1 > budget) break;
      budget -= text.length + 1;
      for (const l of lines) section.push(l);
      shown += group.length;
    }
    if (shown < findings.length) {
      section.push(closing(findings.length - shown), '');
      omitted += findings.length - shown;
    }
    for (const l of end) section.push(l);
    for (const l of section) out.push(l); // loops, not push(...): a file can have 100,000 findings
    length += section.join('\n').length + 1;
  }
  if (omitted > 0) out.push(`_The report was shortened: ${plural(omitted, 'finding')} left out to stay readable._`, '');
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}
