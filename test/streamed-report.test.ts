// Reports are written block by block as they are made (a describe output of 50,000 revisions gave a
// 52 MB JSON report string). The bytes must be the ones the whole-string writer wrote: this holds the
// streamed formats to that writer, kept here as it was (redact every finding, render one string, one
// pass at the output edge), on arbitrary findings and on reports of many blocks.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import pc from 'picocolors';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../dist/src/engine/finding.js';
import { redactStrings, type ValuePath } from '../dist/src/engine/redact.js';
import { summarize } from '../dist/src/engine/summary.js';
import { redactedJson, redactingIo, redactOutput } from '../dist/src/cli/output-edge.js';
import { findSourceRoot, informationUri, renderReport } from '../dist/src/cli/render-report.js';
import { writeReport } from '../dist/src/cli/report-output.js';
import type { Io } from '../dist/src/cli/io.js';
import type { ReportInput } from '../dist/src/reporters/report-input.js';
import { annotation } from '../dist/src/reporters/workflow-command.js';
import { buildSarif } from '../dist/src/reporters/sarif-reporter.js';
import { escapeControl, neutralizeWorkflowCommand } from '../dist/src/reporters/safe-text.js';
import { RULES } from '../dist/rules/index.js';
import { CREDENTIALS } from './helpers/planted-credentials.js';

const work = mkdtempSync(join(tmpdir(), 'batchlint-streamed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Format = 'json' | 'sarif' | 'text' | 'compact' | 'github';
const FORMATS: Format[] = ['json', 'sarif', 'text', 'compact', 'github'];

// ---- The whole-string writer, as it was before reports were streamed ----

/** Since 2026-12-07 text and compact also name the Terraform instance (count, for_each, module) of a finding in a file. */
const instanceOf = (f: Finding): string | undefined =>
  f.location.file !== null && f.location.address && (f.location.address.includes('[') || f.location.address.startsWith('module.')) ? f.location.address : undefined;

const isFindingFile = (path: ValuePath): boolean => path.length === 3 && path[1] === 'location' && path[2] === 'file';

function wholeText(input: ReportInput, color: boolean): string {
  const c = pc.createColors(color);
  const severityText = { error: c.red('error'), warning: c.yellow('warning'), note: c.blue('note') };
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
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
    const rows = findings.map((f) => [f.location.line !== null ? `${f.location.line}:${f.location.column}` : '', f.severity, escapeControl(f.message), f.ruleId, instanceOf(f)] as const);
    const posWidth = rows.reduce((w, r) => Math.max(w, r[0].length), 0);
    const sevWidth = rows.reduce((w, r) => Math.max(w, r[1].length), 0);
    for (const [pos, severity, message, ruleId, instance] of rows) out.push(`  ${c.dim(pos.padEnd(posWidth))}  ${severityText[severity]}${' '.repeat(sevWidth - severity.length)}  ${message}  ${c.dim(ruleId)}${instance ? `  ${c.dim(escapeControl(instance))}` : ''}`);
  }
  const s = input.summary;
  const total = s.errors + s.warnings + s.notes;
  const counts = `${plural(total, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notes, 'note')})`;
  const scope = `in ${plural(s.resources, 'resource')} from ${plural(s.files, 'file')}`;
  out.push('');
  const hidden = input.hiddenFailing ?? 0;
  if (total === 0 && hidden > 0) out.push(c.yellow(c.bold(`✖ No problems shown ${scope}; ${plural(hidden, 'hidden finding')} ${hidden === 1 ? 'fails' : 'fail'} the run`)));
  else if (total === 0) out.push(c.green(`✔ No problems ${scope}`));
  else out.push(s.errors > 0 ? c.red(c.bold(`✖ ${counts} ${scope}`)) : c.yellow(c.bold(`✖ ${counts} ${scope}`)));
  return out.join('\n').replace(/^\n/, '') + '\n';
}

/** What the CLI wrote before: every finding redacted, one string rendered, the edge's pass over it. */
function wholeReport(format: Format, raw: ReportInput, color = false): string {
  const exactFile = format === 'json' || format === 'sarif' ? isFindingFile : undefined;
  const input = { ...raw, findings: redactStrings(raw.findings, exactFile), ...(raw.suppressed ? { suppressed: redactStrings(raw.suppressed, exactFile) } : {}) };
  const place = (f: Finding): string => {
    const where = escapeControl(f.location.file ?? f.location.arn ?? f.location.address ?? '(no file)');
    return f.location.line !== null ? `${where}:${f.location.line}:${f.location.column ?? 1}` : where;
  };
  const s = input.summary;
  switch (format) {
    case 'json': {
      const findings = input.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, category: f.category, message: f.message, resource: f.resource, location: f.location }));
      return redactOutput(redactedJson(JSON.stringify({ version: input.version, findings, summary: input.summary }, null, 2) + '\n'));
    }
    case 'sarif':
      return redactOutput(redactedJson(JSON.stringify(buildSarif(input, { cwd: work, sourceRoot: findSourceRoot(work), informationUri: informationUri() }), null, 2) + '\n'));
    case 'compact':
      return redactOutput(input.findings.map((f) => `${place(f)}: ${f.severity}: ${escapeControl(f.message)} [${escapeControl(f.ruleId)}]${instanceOf(f) ? ` (${escapeControl(instanceOf(f)!)})` : ''}\n`).join(''));
    case 'github': {
      const summary = `batchlint: ${s.errors + s.warnings + s.notes} problems (${s.errors} errors, ${s.warnings} warnings, ${s.notes} notes) in ${s.resources} resources from ${s.files} files`;
      return redactOutput(`${input.findings.map(annotation).join('')}${neutralizeWorkflowCommand(summary)}\n`);
    }
    default:
      return redactOutput(wholeText(input, color));
  }
}

// ---- Findings ----

const SECRETS = Object.values(CREDENTIALS);
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(...SECRETS),
  fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...SECRETS), fc.constantFrom('', '\n', '"', '\u001b[31m', '\\', 'é☃')).map(([a, s, b]) => `${a}${s}${b}`),
);
const finding = fc.record({
  ruleId: fc.constantFrom('missing-timeout', 'privileged-container', 'parse-error', 'Weird Rule'),
  severity: fc.constantFrom('error' as const, 'warning' as const, 'note' as const),
  category: fc.constantFrom('timeout' as const, 'security' as const, 'schema' as const, 'internal' as const),
  message: text,
  resource: fc.option(fc.record({ kind: fc.constantFrom('jobDefinition' as const, 'jobQueue' as const), name: text }), { nil: null }),
  location: fc.record({
    file: fc.option(fc.oneof(fc.constantFrom('a.json', 'dir/b.yaml', `${CREDENTIALS.accessKeyId}.json`, 'x\ny.json'), fc.string({ maxLength: 12 })), { nil: null }),
    line: fc.option(fc.nat(100_000), { nil: null }),
    column: fc.option(fc.nat(300), { nil: null }),
    endLine: fc.option(fc.nat(100_000), { nil: null }),
    endColumn: fc.option(fc.nat(300), { nil: null }),
    arn: fc.option(text, { nil: null }),
    address: fc.option(fc.constantFrom('aws_batch_job_definition.x', 'module.m.aws_batch_job_queue.q'), { nil: null }),
  }),
  path: fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.nat(9)), { maxLength: 3 }),
}) as fc.Arbitrary<Finding>;

function inputOf(findings: Finding[]): ReportInput {
  return { version: '0.1.0', findings, summary: summarize(findings, 3, 7), rules: RULES, suppressed: [], hiddenFailing: 0 };
}

/** What writeReport sends to stdout, through the edge as `main` wraps it, block by block. */
function streamedStdout(format: Format, findings: Finding[]): { text: string; writes: number } {
  const writes: string[] = [];
  const io: Io = redactingIo({ stdout: (t) => void writes.push(t), stderr: () => {}, isTTY: false, env: {}, cwd: work });
  writeReport(findings, { files: 3, resources: 7 }, { format, failOn: 'none', color: false }, io, RULES);
  return { text: writes.join(''), writes: writes.length };
}

/** What writeReport writes to a file (-o). */
function streamedFile(format: Format, findings: Finding[], name: string): string {
  const io: Io = redactingIo({ stdout: () => {}, stderr: () => {}, isTTY: false, env: {}, cwd: work });
  writeReport(findings, { files: 3, resources: 7 }, { format, output: name, failOn: 'none', color: false }, io, RULES);
  return readFileSync(join(work, name), 'utf8');
}

/** Many findings with credentials throughout: a report of many blocks. */
function manyFindings(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    ruleId: i % 3 === 0 ? 'missing-timeout' : 'privileged-container',
    severity: (['error', 'warning', 'note'] as const)[i % 3]!,
    category: 'security',
    message: i % 7 === 0 ? `value ${SECRETS[i % SECRETS.length]} in containerProperties` : `The container of job-${i % 40}:${i} runs privileged`,
    resource: { kind: 'jobDefinition', name: `job-${i % 40}:${i}` },
    location: { file: i % 500 === 0 ? `${CREDENTIALS.accessKeyId}.json` : `describe-${Math.floor(i / 1000)}.json`, line: 10 + i * 60, column: 13, endLine: 10 + i * 60, endColumn: 32, arn: `arn:aws:batch:us-east-1:123456789012:job-definition/job-${i % 40}:${i}`, address: null },
    path: ['jobDefinitions', i, 'containerProperties', 'privileged'],
  }));
}

describe('streamed reports', () => {
  it.each(FORMATS)('%s: the streamed output is the whole-string output, byte for byte, on arbitrary findings', (format) => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 12 }), (findings) => {
        const expected = wholeReport(format, inputOf(findings));
        expect(streamedStdout(format, findings).text).toBe(expected);
        expect(redactOutput(renderReport(format, inputOf(findings), { color: false, cwd: work }))).toBe(expected);
      }),
      { numRuns: 150 },
    );
  });

  it.each(FORMATS)('%s: a report of 6,000 findings is written in many blocks, to stdout and to a file, as the whole string was', (format) => {
    const findings = manyFindings(6000);
    const expected = wholeReport(format, inputOf(findings));
    const stdout = streamedStdout(format, findings);
    expect(stdout.writes).toBeGreaterThan(20);
    expect(stdout.text).toBe(expected);
    expect(streamedFile(format, findings, `report-${format}`)).toBe(expected);
    // Nothing planted got through (JSON keeps a file name exact, access key id and all), and the JSON still parses.
    const unmasked = SECRETS.filter((s) => !s.includes('\n') && !s.startsWith('postgres') && !((format === 'json' || format === 'sarif') && s === CREDENTIALS.accessKeyId));
    for (const secret of unmasked) expect(stdout.text).not.toContain(secret);
    if (format === 'json') expect((JSON.parse(stdout.text) as { findings: unknown[] }).findings).toHaveLength(6000);
    if (format === 'sarif') expect((JSON.parse(stdout.text) as { runs: { results: unknown[] }[] }).runs[0]!.results).toHaveLength(6000);
  });

  it('colours the text report as the whole-string writer did', () => {
    const findings = manyFindings(300);
    expect(renderReport('text', inputOf(findings), { color: true, cwd: work })).toBe(wholeText({ ...inputOf(findings), findings: redactStrings(findings) }, true));
  });
});
