import pc from 'picocolors';
import type { Finding } from '../engine/finding.js';
import { asIs, instanceAddress, type Prepare, type ReportInput } from './report-input.js';
import { escapeControl } from './safe-text.js';

export interface TextOptions {
  color: boolean;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}


/**
 * ESLint's "stylish" layout: findings grouped by file, `line:col  severity  message  rule-id`, then a
 * summary. Line by line, so a large report can be written as it is made; `prepare` maps each finding
 * (and each file name grouped on) before it is shown.
 */
export function* textReportPieces(input: ReportInput, options: TextOptions, prepare: Prepare = asIs): Generator<string> {
  const c = pc.createColors(options.color);
  const severityText = { error: c.red('error'), warning: c.yellow('warning'), note: c.blue('note') };
  // Grouped by the file name as shown: two names that show the same are one group.
  const shown = new Map<string, string>();
  const byFile = new Map<string, Finding[]>();
  for (const f of input.findings) {
    const raw = f.location.file ?? f.location.arn ?? f.location.address ?? '(no file)';
    let key = shown.get(raw);
    if (key === undefined) shown.set(raw, (key = escapeControl(prepare(raw))));
    const list = byFile.get(key);
    if (list) list.push(f);
    else byFile.set(key, [f]);
  }
  const position = (f: Finding): string => (f.location.line !== null ? `${f.location.line}:${f.location.column}` : '');
  let first = true;
  for (const [file, findings] of byFile) {
    yield `${first ? '' : '\n'}${c.underline(file)}\n`;
    first = false;
    // A loop, not Math.max(...widths): a spread of 120,000 findings overflows the stack.
    let posWidth = 0;
    let sevWidth = 0;
    for (const f of findings) {
      posWidth = Math.max(posWidth, position(f).length);
      sevWidth = Math.max(sevWidth, f.severity.length);
    }
    for (const raw of findings) {
      const f = prepare(raw);
      const pad = ' '.repeat(sevWidth - f.severity.length);
      const instance = instanceAddress(f);
      yield `  ${c.dim(position(f).padEnd(posWidth))}  ${severityText[f.severity]}${pad}  ${escapeControl(f.message)}  ${c.dim(f.ruleId)}${instance ? `  ${c.dim(escapeControl(instance))}` : ''}\n`;
    }
  }
  const s = input.summary;
  const total = s.errors + s.warnings + s.notes;
  const counts = `${plural(total, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notes, 'note')})`;
  const scope = `in ${plural(s.resources, 'resource')} from ${plural(s.files, 'file')}`;
  const hidden = input.hiddenFailing ?? 0;
  let line: string;
  if (total === 0 && hidden > 0) line = c.yellow(c.bold(`✖ No problems shown ${scope}; ${plural(hidden, 'hidden finding')} ${hidden === 1 ? 'fails' : 'fail'} the run`));
  else if (total === 0) line = c.green(`✔ No problems ${scope}`);
  else line = s.errors > 0 ? c.red(c.bold(`✖ ${counts} ${scope}`)) : c.yellow(c.bold(`✖ ${counts} ${scope}`));
  yield `${first ? '' : '\n'}${line}\n`;
}

export function formatText(input: ReportInput, options: TextOptions): string {
  return [...textReportPieces(input, options)].join('');
}
