// A simulated GitHub Actions runner for a composite action: it reads action.yml, expands
// `${{ inputs.x }}` (with the declared defaults) in each step's env, runs each step's `run` with
// `bash --noprofile --norc -eo pipefail` as `shell: bash` does, gives every step fresh GITHUB_OUTPUT
// and GITHUB_STEP_SUMMARY files, stops at the first failing step, resolves the action's outputs from
// `${{ steps.<id>.outputs.<name> }}`, and reads the log the way actions/runner does
// (ActionCommand.TryParseV2 for `::cmd::` at a line start, TryParse for `##[cmd]` anywhere,
// `::stop-commands::` pausing until its token) so a test can see every command a line would trigger.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: { id?: string; name?: string; shell?: string; run?: string; env?: Record<string, string> }[] };
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
  line: string;
  step: string;
}

export interface RunnerResult {
  /** Exit status of the first failing step, or 0. */
  status: number;
  failedStep?: string;
  log: string[];
  commands: WorkflowCommand[];
  outputs: Record<string, string>;
  summary: string;
}

export interface RunnerOptions {
  actionPath: string;
  workspace: string;
  with?: Record<string, string>;
  /** GITHUB_* and other variables the runner sets (GITHUB_EVENT_PATH, GITHUB_API_URL...). */
  env?: NodeJS.ProcessEnv;
  path?: string;
}

// The runner registers these (ActionCommandManager and its command extensions).
const REGISTERED = new Set(['set-env', 'set-output', 'save-state', 'add-mask', 'add-path', 'add-matcher', 'remove-matcher', 'debug', 'warning', 'error', 'notice', 'group', 'endgroup', 'echo', 'stop-commands']);

function unescape(text: string, property: boolean): string {
  let s = text.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
  if (property) s = s.replace(/%3A/g, ':').replace(/%2C/g, ',');
  return s.replace(/%25/g, '%');
}

/** What the runner would make of one log line: a command, or undefined. */
export function parseCommand(line: string): Omit<WorkflowCommand, 'step' | 'line'> | undefined {
  const trimmed = line.trimStart();
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2);
    if (end >= 0) {
      const info = trimmed.slice(2, end);
      const space = info.indexOf(' ');
      const command = space < 0 ? info : info.slice(0, space);
      if (REGISTERED.has(command.toLowerCase())) {
        const properties: Record<string, string> = {};
        if (space > 0) {
          for (const pair of info.slice(space + 1).trim().split(',').filter(Boolean)) {
            const eq = pair.indexOf('=');
            if (eq > 0 && eq < pair.length - 1) properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), true);
          }
        }
        return { command, properties, data: unescape(trimmed.slice(end + 2), false) };
      }
    }
  }
  const prefix = line.indexOf('##[');
  if (prefix >= 0) {
    const rb = line.indexOf(']', prefix);
    if (rb >= 0) {
      const info = line.slice(prefix + 3, rb);
      const space = info.indexOf(' ');
      const command = space < 0 ? info : info.slice(0, space);
      if (REGISTERED.has(command.toLowerCase())) return { command, properties: {}, data: line.slice(rb + 1) };
    }
  }
  return undefined;
}

function expand(template: string, inputs: Record<string, string>, steps: Record<string, Record<string, string>>): string {
  return template.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
    const input = /^inputs\.([A-Za-z0-9_-]+)$/.exec(expr);
    if (input) return inputs[input[1]!] ?? '';
    const output = /^steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)$/.exec(expr);
    if (output) return steps[output[1]!]?.[output[2]!] ?? '';
    throw new Error(`the simulated runner does not evaluate \${{ ${expr} }}`);
  });
}

/** GITHUB_OUTPUT's two forms: `name=value` and `name<<DELIMITER` ... `DELIMITER`. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) body.push(lines[i]!);
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: no closing ${heredoc[2]}`);
      out[heredoc[1]!] = body.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`GITHUB_OUTPUT: invalid line ${JSON.stringify(line)}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/** Runs a script without blocking the event loop (a loopback server in the test process must answer). */
function runScript(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn('/bin/bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    child.on('error', fail);
    child.on('close', (code) => done({ status: code ?? -1, stdout, stderr }));
  });
}

export async function runCompositeAction(options: RunnerOptions): Promise<RunnerResult> {
  const action = parse(readFileSync(join(options.actionPath, 'action.yml'), 'utf8')) as ActionYml;
  if (action.runs.using !== 'composite') throw new Error('not a composite action');
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) inputs[name] = options.with?.[name] ?? spec.default ?? '';
  for (const name of Object.keys(options.with ?? {})) if (!(name in action.inputs)) throw new Error(`unexpected input ${name}`);

  const temp = mkdtempSync(join(tmpdir(), 'batchlint-runner-'));
  const stepOutputs: Record<string, Record<string, string>> = {};
  const log: string[] = [];
  const commands: WorkflowCommand[] = [];
  let summary = '';
  let stopToken: string | undefined;
  let status = 0;
  let failedStep: string | undefined;

  for (const [index, step] of action.runs.steps.entries()) {
    if (status !== 0 || !step.run) continue;
    if (step.shell !== 'bash') throw new Error(`step ${index}: the simulated runner runs shell: bash only`);
    const name = step.id ?? step.name ?? String(index);
    const outputFile = join(temp, `output-${index}`);
    const summaryFile = join(temp, `summary-${index}`);
    const script = join(temp, `step-${index}.sh`);
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    writeFileSync(script, step.run);
    const env: NodeJS.ProcessEnv = {
      HOME: process.env.HOME,
      PATH: options.path ?? process.env.PATH,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_ACTION_PATH: options.actionPath,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: temp,
      ...options.env,
    };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = expand(String(v), inputs, stepOutputs);
    const p = await runScript(script, options.workspace, env);
    for (const line of `${p.stdout ?? ''}${p.stderr ?? ''}`.split(/\r\n|\r|\n/)) {
      log.push(line);
      if (stopToken !== undefined) {
        // While stopped, the runner reads only `::<token>::`, which resumes processing.
        if (line.trimStart().startsWith(`::${stopToken}::`)) stopToken = undefined;
        continue;
      }
      const parsed = parseCommand(line);
      if (!parsed) continue;
      if (parsed.command === 'stop-commands') stopToken = parsed.data;
      commands.push({ ...parsed, line, step: name });
    }
    stepOutputs[name] = parseOutputFile(readFileSync(outputFile, 'utf8'));
    summary += readFileSync(summaryFile, 'utf8');
    if (p.status !== 0) {
      status = p.status ?? -1;
      failedStep = name;
    }
  }

  const outputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.outputs)) outputs[name] = expand(spec.value, inputs, stepOutputs);
  return { status, ...(failedStep ? { failedStep } : {}), log, commands, outputs, summary };
}
