import pc from 'picocolors';
import type { Finding } from '../engine/finding.js';
import type { ReportInput } from './report-input.js';
import { escapeControl } from './safe-text.js';

export interface TextOptions {
  color: boolean;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** ESLint's "stylish" layout: findings grouped by file, `line:col  severity  message  rule-id`, then a summary. */
export function formatText(input: ReportInput, options: TextOptions): string {
  const c = pc.createColors(options.color);
  const severityText = { error: c.red('error'), warning: c.yellow('warning'), note: c.blue('note') };
  const byFile = new Map<string, Finding[]>();
  for (const f of input.findings) {
    const key = escapeControl(f.location.file ?? f.location.arn ?? f.location.address ?? '(no file)');
    const list = byFile.get(key);
    if (list) list.push(f);
    else byFile.set(key, [f]);
  }
  const out: string[] = [];
  for (const [file, findings] of byFile) {
    out.push('', c.underline(file));
    const rows = findings.map((f) => [f.location.line !== null ? `${f.location.line}:${f.location.column}` : '', f.severity, escapeControl(f.message), f.ruleId] as const);
    // Not Math.max(...rows): a spread of 120,000 findings overflows the stack.
    const posWidth = rows.reduce((w, r) => Math.max(w, r[0].length), 0);
    const sevWidth = rows.reduce((w, r) => Math.max(w, r[1].length), 0);
    for (const [pos, severity, message, ruleId] of rows) {
      const pad = ' '.repeat(sevWidth - severity.length);
      out.push(`  ${c.dim(pos.padEnd(posWidth))}  ${severityText[severity]}${pad}  ${message}  ${c.dim(ruleId)}`);
    }
  }
  const s = input.summary;
  const total = s.errors + s.warnings + s.notes;
  const counts = `${plural(total, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notes, 'note')})`;
  const scope = `in ${plural(s.resources, 'resource')} from ${plural(s.files, 'file')}`;
  out.push('');
  const hidden = input.hiddenFailing ?? 0;
  if (total === 0 && hidden > 0) out.push(c.yellow(c.bold(`✖ No problems shown ${scope}; ${plural(hidden, 'hidden finding')} ${hidden === 1 ? 'fails' : 'fail'} the run`)));
  else if (total === 0) out.push(c.green(`✔ No problems ${scope}`));
  else {
    const line = `✖ ${counts} ${scope}`;
    out.push(s.errors > 0 ? c.red(c.bold(line)) : c.yellow(c.bold(line)));
  }
  return out.join('\n').replace(/^\n/, '') + '\n';
}
