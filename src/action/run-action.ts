// The GitHub Action (action.yml, a composite action): runs the lint once, then writes everything a
// workflow needs from that one run: the SARIF file for github/codeql-action/upload-sarif, a Markdown
// summary in $GITHUB_STEP_SUMMARY, annotations, step outputs in $GITHUB_OUTPUT, the pull-request
// comment, and the exit code per `fail-on`. Everything printed goes through workflow-commands.ts:
// text from the linted files never reaches the log as a workflow command.
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { SEVERITY_RANK, type Finding } from '../engine/finding.js';
import { summarize } from '../engine/summary.js';
import type { ReportInput } from '../reporters/report-input.js';
import { formatMarkdown } from '../reporters/markdown-reporter.js';
import { RULES } from '../../rules/index.js';
import type { Io } from '../cli/io.js';
import { collectLint, type LintFlags, type LintRun } from '../cli/lint-command.js';
import { packageInfo } from '../cli/package-info.js';
import { docsBaseUrl, renderReport } from '../cli/render-report.js';
import { UsageError } from '../cli/usage-error.js';
import { readInputs, type ActionInputs } from './action-inputs.js';
import { chooseAnnotations } from './annotation-budget.js';
import { commentBody, pullRequestFromEvent, upsertComment } from './pull-request-comment.js';
import { annotation, logLine, logText, sanitizeFindings, workflowCommand } from './workflow-commands.js';

export { actionInput } from './action-inputs.js';
export { annotation, escapeData, escapeProperty } from './workflow-commands.js';

/** Step summaries take up to 1 MiB; leave room for the cost report. */
const SUMMARY_LENGTH = 800_000;

type LogIo = Pick<Io, 'stdout' | 'stderr'>;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The cost report, when the CLI has a `cost` command: its Markdown output, or a line saying why
 * there is none.
 */
async function costReport(inputs: ActionInputs, io: Io): Promise<string> {
  const { main } = await import('../cli/main.js');
  let out = '';
  let err = '';
  const capture: Io = { ...io, stdout: (t) => void (out += t), stderr: (t) => void (err += t), isTTY: false };
  const probe = await main(['cost', '--help'], capture);
  if (probe !== 0 || !out.includes('cost')) return '_Cost report: this version of batchlint has no `cost` command._\n';
  out = '';
  err = '';
  const args = ['cost', ...inputs.paths, '--format', 'markdown', ...(inputs.region ? ['--region', inputs.region] : []), ...(inputs.config ? ['--config', inputs.config] : [])];
  const code = await main(args, capture);
  if (code === 2) return `_Cost report unavailable: ${logLine(err.split('\n')[0]?.replace(/^batchlint: /, '') ?? 'error')}_\n`;
  return out;
}

/**
 * The cost change of a pull request: `cost --diff <base sha>` (the event's pull_request.base.sha), in
 * Markdown; undefined outside pull requests or when it cannot be computed (the cost report still shows).
 */
async function costChange(inputs: ActionInputs, io: Io, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  let sha: unknown;
  try {
    const event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as { pull_request?: { base?: { sha?: unknown } } };
    sha = event.pull_request?.base?.sha;
  } catch {
    return undefined;
  }
  if (typeof sha !== 'string' || !/^[0-9a-f]{40,64}$/.test(sha)) return undefined;
  const { main } = await import('../cli/main.js');
  let out = '';
  let err = '';
  const capture: Io = { ...io, stdout: (t) => void (out += t), stderr: (t) => void (err += t), isTTY: false };
  const args = ['cost', ...inputs.paths, '--diff', sha, '--format', 'markdown', ...(inputs.region ? ['--region', inputs.region] : []), ...(inputs.config ? ['--config', inputs.config] : [])];
  const code = await main(args, capture);
  if (code !== 0) return `_Cost change unavailable: ${logLine(err.split('\n')[0]?.replace(/^batchlint: /, '') ?? 'error')}_\n`;
  return out;
}

/**
 * File names as GitHub wants them in annotations and reads them in summaries: relative to the
 * workspace (the repository root), whatever working-directory the lint ran in.
 */
function fromWorkspace(findings: readonly Finding[], inputs: ActionInputs): Finding[] {
  if (inputs.cwd === inputs.workspace) return [...findings];
  return findings.map((f) => {
    const file = f.location.file;
    if (file === null || isAbsolute(file)) return f;
    const rebased = relative(inputs.workspace, resolve(inputs.cwd, file));
    return rebased.startsWith('..') ? f : { ...f, location: { ...f.location, file: rebased } };
  });
}

function reportInput(run: LintRun, inputs: ActionInputs): ReportInput {
  const findings = sanitizeFindings(fromWorkspace(run.findings, inputs));
  return {
    version: packageInfo().version,
    findings,
    summary: summarize(findings, run.result.files, run.result.resources),
    rules: RULES,
    suppressed: run.result.suppressed,
  };
}

function markdown(input: ReportInput, maxLength?: number): string {
  const base = docsBaseUrl();
  return formatMarkdown(input, { ...(base ? { docsBaseUrl: base } : {}), ...(maxLength ? { maxLength } : {}) });
}

async function comment(env: NodeJS.ProcessEnv, inputs: ActionInputs, body: () => string, io: LogIo): Promise<void> {
  if (!inputs.comment || !inputs.githubToken) return;
  const pr = await pullRequestFromEvent(env);
  if (!pr) {
    io.stdout('batchlint: not a pull_request event; no comment.\n');
    return;
  }
  try {
    const done = await upsertComment(pr, inputs.githubToken, body());
    io.stdout(logLine(`batchlint: ${done.action} the comment on pull request #${pr.number}${done.url ? ` (${done.url})` : ''}`) + '\n');
  } catch (error) {
    // The findings are in the log, the summary and SARIF: a comment that cannot be written is worth a warning, not a failed step.
    const why = error instanceof Error ? error.message : String(error);
    io.stdout(workflowCommand('warning', { title: 'batchlint' }, `could not comment on pull request #${pr.number}: ${why.split(inputs.githubToken).join('***')}`));
  }
}

/** Runs the action; returns the process exit code. */
export async function runAction(env: NodeJS.ProcessEnv, io: LogIo): Promise<number> {
  const fail = (message: string): number => {
    io.stdout(workflowCommand('error', { title: 'batchlint' }, message));
    return 2;
  };
  let inputs: ActionInputs;
  let run: LintRun;
  // Messages from the lint itself (loader warnings) name files: the log gets them neutralised.
  const cliIo = (cwd: string): Io => ({ stdout: (t) => io.stdout(logText(t)), stderr: (t) => io.stderr(logText(t)), isTTY: false, env, cwd });
  try {
    inputs = readInputs(env, process.cwd());
    const flags: LintFlags = {
      format: inputs.format,
      failOn: inputs.failOn,
      ...(inputs.config ? { config: inputs.config } : {}),
      ...(inputs.baseline ? { baseline: inputs.baseline } : {}),
      ...(inputs.rules.length > 0 ? { rule: inputs.rules } : {}),
      ...(inputs.disable.length > 0 ? { disable: inputs.disable } : {}),
    };
    run = await collectLint(inputs.paths, flags, cliIo(inputs.cwd));
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message);
    throw error;
  }

  const exact: ReportInput = { ...reportInput(run, inputs), findings: run.findings };
  try {
    await mkdir(dirname(inputs.sarifPath), { recursive: true });
    await writeFile(inputs.sarifPath, renderReport('sarif', exact, { color: false, cwd: inputs.cwd }));
  } catch (error) {
    return fail(`cannot write the SARIF file "${inputs.sarifOutput}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }

  const input = reportInput(run, inputs);
  io.stdout(inputs.format === 'sarif' ? logLine(`batchlint: SARIF written to ${inputs.sarifOutput}`) + '\n' : logText(renderReport(inputs.format, input, { color: false, cwd: inputs.cwd })));

  const { annotated, left } = chooseAnnotations(fromWorkspace(run.findings, inputs));
  for (const f of annotated) io.stdout(annotation(f));
  const notAnnotated = left.error + left.warning + left.note;
  const where = `${env.GITHUB_STEP_SUMMARY ? 'the step summary and ' : ''}the SARIF file ${inputs.sarifOutput}`;
  const leftNote = `${plural(notAnnotated, 'more finding')} (${plural(left.error, 'error')}, ${plural(left.warning, 'warning')}, ${plural(left.note, 'note')}) not annotated: GitHub shows 10 annotations of each level per step. All findings are in ${where}.`;
  if (notAnnotated > 0) io.stdout(workflowCommand('notice', { title: 'batchlint' }, leftNote));

  const cost = inputs.costReport ? await costReport(inputs, cliIo(inputs.cwd)) : undefined;
  const change = inputs.costReport ? await costChange(inputs, cliIo(inputs.cwd), env) : undefined;
  if (env.GITHUB_STEP_SUMMARY) {
    let summary = markdown(input, SUMMARY_LENGTH);
    if (run.baselined > 0) summary += `\n_${plural(run.baselined, 'finding')} recorded in the baseline ${run.baselined === 1 ? 'is' : 'are'} not shown._\n`;
    if (notAnnotated > 0) summary += `\n_${leftNote}_\n`;
    if (change) summary += `\n${change}`;
    if (cost) summary += `\n${cost}`;
    try {
      await appendFile(env.GITHUB_STEP_SUMMARY, summary.endsWith('\n') ? summary : `${summary}\n`);
    } catch (error) {
      io.stdout(workflowCommand('warning', { title: 'batchlint' }, `cannot write the step summary: ${(error as NodeJS.ErrnoException).code ?? String(error)}`));
    }
  }

  if (env.GITHUB_OUTPUT) {
    const outputs = {
      'sarif-file': inputs.sarifOutput,
      findings: String(run.findings.length),
      errors: String(input.summary.errors),
      warnings: String(input.summary.warnings),
      notes: String(input.summary.notes),
    };
    await appendFile(env.GITHUB_OUTPUT, Object.entries(outputs).map(([k, v]) => `${k}=${v.replace(/[\r\n]/g, ' ')}\n`).join(''));
  }

  await comment(env, inputs, () => commentBody({ findings: markdown(input), ...(cost ? { cost } : {}), ...(change ? { costChange: change } : {}) }), io);

  const failRank = inputs.failOn === 'none' ? Infinity : SEVERITY_RANK[inputs.failOn];
  return run.findings.some((f) => SEVERITY_RANK[f.severity] >= failRank) ? 1 : 0;
}
