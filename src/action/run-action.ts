// The GitHub Action (action.yml, a composite action): runs the lint once, then writes everything a
// workflow needs from that one run: the SARIF file for github/codeql-action/upload-sarif, a Markdown
// summary in $GITHUB_STEP_SUMMARY, `::error file=...::` annotations, step outputs in $GITHUB_OUTPUT,
// and the exit code per `fail-on`. Inputs arrive as INPUT_* environment variables (action.yml passes
// them through `env`, so no input is ever interpolated into a shell script).
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { SEVERITY_RANK, type Finding } from '../engine/finding.js';
import type { Severity } from '../engine/rule.js';
import { summarize } from '../engine/summary.js';
import type { ReportInput } from '../reporters/report-input.js';
import { RULES } from '../../rules/index.js';
import type { Io } from '../cli/io.js';
import { collectLint, type LintFlags } from '../cli/lint-command.js';
import { packageInfo } from '../cli/package-info.js';
import { REPORT_FORMATS, renderReport, type ReportFormat } from '../cli/render-report.js';
import { UsageError } from '../cli/usage-error.js';

/** GitHub shows a limited number of annotations per step; past this many, the summary and SARIF carry the rest. */
export const MAX_ANNOTATIONS = 50;
const FAIL_ON = ['error', 'warning', 'note', 'none'] as const;
const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'notice' };

/** An input as the runner would pass it to a JavaScript action (INPUT_FAIL-ON) or as action.yml passes it (INPUT_FAIL_ON). */
export function actionInput(env: NodeJS.ProcessEnv, name: string): string {
  const upper = name.toUpperCase().replace(/ /g, '_');
  return (env[`INPUT_${upper}`] ?? env[`INPUT_${upper.replace(/-/g, '_')}`] ?? '').trim();
}

/** Workflow-command escaping (the same as @actions/core): data escapes % CR LF; properties also : and ,. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function annotation(f: Finding): string {
  const props: string[] = [];
  if (f.location.file !== null) props.push(`file=${escapeProperty(f.location.file)}`);
  if (f.location.line !== null) {
    props.push(`line=${f.location.line}`);
    if (f.location.endLine !== null) props.push(`endLine=${f.location.endLine}`);
    // GitHub ignores columns on annotations that span lines.
    if (f.location.column !== null && f.location.endLine === f.location.line) {
      props.push(`col=${f.location.column}`);
      if (f.location.endColumn !== null) props.push(`endColumn=${f.location.endColumn}`);
    }
  }
  props.push(`title=${escapeProperty(`batchlint ${f.ruleId}`)}`);
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}\n`;
}

function isOn(value: string): boolean {
  return /^(on|true|yes|1)$/i.test(value);
}

function splitPaths(value: string): string[] {
  const lines = value.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const paths = lines.length > 1 ? lines : lines.flatMap((l) => l.split(/\s+/));
  return paths.length > 0 ? paths : ['.'];
}

/**
 * The cost report, when the CLI has a `cost` command (it is optional in this build): its Markdown
 * output, or a line saying why there is none.
 */
async function costReport(paths: string[], region: string, config: string, io: Io): Promise<string> {
  const { main } = await import('../cli/main.js');
  let out = '';
  let err = '';
  const capture: Io = { ...io, stdout: (t) => void (out += t), stderr: (t) => void (err += t), isTTY: false };
  const probe = await main(['cost', '--help'], capture);
  if (probe !== 0 || !out.includes('cost')) return '_Cost report: this version of batchlint has no `cost` command._\n';
  out = '';
  err = '';
  const code = await main(['cost', ...paths, '--format', 'markdown', ...(region ? ['--region', region] : []), ...(config ? ['--config', config] : [])], capture);
  if (code === 2) return `_Cost report unavailable: ${err.split('\n')[0]?.replace(/^batchlint: /, '') ?? 'error'}_\n`;
  return out;
}

/** Runs the action; returns the process exit code. */
export async function runAction(env: NodeJS.ProcessEnv, io: Pick<Io, 'stdout' | 'stderr'>): Promise<number> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const cliIo: Io = { ...io, isTTY: false, env, cwd: workspace };
  const fail = (message: string): number => {
    io.stdout(`::error title=batchlint::${escapeData(message)}\n`);
    return 2;
  };
  const format = (actionInput(env, 'format') || 'text') as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) return fail(`input "format" must be one of ${REPORT_FORMATS.join(', ')}, not "${format}"`);
  const failOn = (actionInput(env, 'fail-on') || 'error') as LintFlags['failOn'];
  if (!FAIL_ON.includes(failOn)) return fail(`input "fail-on" must be one of ${FAIL_ON.join(', ')}, not "${failOn}"`);
  const sarifFile = actionInput(env, 'sarif-file') || 'batchlint.sarif';
  const paths = splitPaths(actionInput(env, 'paths'));
  const config = actionInput(env, 'config');
  const baseline = actionInput(env, 'baseline');
  const region = actionInput(env, 'region');
  const flags: LintFlags = { format, failOn, ...(config ? { config } : {}), ...(baseline ? { baseline } : {}) };

  let run;
  try {
    run = await collectLint(paths, flags, cliIo);
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message);
    throw error;
  }
  const input: ReportInput = {
    version: packageInfo().version,
    findings: run.findings,
    summary: summarize(run.findings, run.result.files, run.result.resources),
    rules: RULES,
    suppressed: run.result.suppressed,
  };

  const sarifPath = resolve(workspace, sarifFile);
  await mkdir(dirname(sarifPath), { recursive: true });
  await writeFile(sarifPath, renderReport('sarif', input, { color: false, cwd: workspace }));

  io.stdout(format === 'sarif' ? `batchlint: SARIF written to ${sarifFile}\n` : renderReport(format, input, { color: false, cwd: workspace }));

  const ordered = [...run.findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  for (const f of ordered.slice(0, MAX_ANNOTATIONS)) io.stdout(annotation(f));
  if (ordered.length > MAX_ANNOTATIONS) {
    io.stdout(`::notice title=batchlint::${ordered.length - MAX_ANNOTATIONS} more findings are not annotated; see the step summary or the SARIF file.\n`);
  }

  if (env.GITHUB_STEP_SUMMARY) {
    let summary = renderReport('markdown', input, { color: false, cwd: workspace });
    if (run.baselined > 0) summary += `\n_${run.baselined} findings recorded in the baseline are not shown._\n`;
    if (isOn(actionInput(env, 'cost-report'))) summary += `\n${await costReport(paths, region, config, cliIo)}`;
    await appendFile(env.GITHUB_STEP_SUMMARY, summary.endsWith('\n') ? summary : `${summary}\n`);
  }

  if (env.GITHUB_OUTPUT) {
    const outputs = { 'sarif-file': sarifFile, findings: String(run.findings.length), errors: String(input.summary.errors) };
    await appendFile(env.GITHUB_OUTPUT, Object.entries(outputs).map(([k, v]) => `${k}=${v.replace(/[\r\n]/g, ' ')}\n`).join(''));
  }

  const failRank = failOn === 'none' ? Infinity : SEVERITY_RANK[failOn];
  return run.findings.some((f) => SEVERITY_RANK[f.severity] >= failRank) ? 1 : 0;
}
