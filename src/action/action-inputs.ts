// The Action's inputs, read and checked once. They arrive as INPUT_* environment variables: action.yml
// passes each `${{ inputs.x }}` through `env` (INPUT_FAIL_ON), and the runner names them INPUT_FAIL-ON
// for JavaScript actions; both spellings are read.
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Severity } from '../engine/rule.js';
import { REPORT_FORMATS, type ReportFormat } from '../cli/render-report.js';
import { UsageError } from '../cli/usage-error.js';

const FAIL_ON = ['error', 'warning', 'note', 'none'] as const;

export interface ActionInputs {
  /** Where paths, config, baseline and sarif-file are resolved: the workspace joined with working-directory. */
  cwd: string;
  workspace: string;
  paths: string[];
  format: ReportFormat;
  failOn: Severity | 'none';
  config?: string;
  rules: string[];
  disable: string[];
  baseline?: string;
  /** Absolute path of the SARIF file, and the same as the `sarif-file` output (relative to the workspace when inside it). */
  sarifPath: string;
  sarifOutput: string;
  githubToken?: string;
  comment: boolean;
  costReport: boolean;
  region?: string;
}

/** An input as the runner would pass it to a JavaScript action (INPUT_FAIL-ON) or as action.yml passes it (INPUT_FAIL_ON). */
export function actionInput(env: NodeJS.ProcessEnv, name: string): string {
  const upper = name.toUpperCase().replace(/ /g, '_');
  return (env[`INPUT_${upper}`] ?? env[`INPUT_${upper.replace(/-/g, '_')}`] ?? '').trim();
}

/** Boolean inputs the way people write them in YAML (`on`, `true`, `yes`, `1`; `off`, `false`, `no`, `0`). */
function switchInput(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = actionInput(env, name);
  if (value === '') return fallback;
  if (/^(on|true|yes|1)$/i.test(value)) return true;
  if (/^(off|false|no|0)$/i.test(value)) return false;
  throw new UsageError(`input "${name}" must be on or off, not "${value}"`);
}

/** Paths: one per line when there are several lines (names with spaces), else separated by spaces. */
export function splitPaths(value: string): string[] {
  const lines = value.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const paths = lines.length > 1 ? lines : lines.flatMap((l) => l.split(/\s+/));
  return paths.length > 0 ? paths : ['.'];
}

/** Rule ids: separated by commas, spaces or lines (as checkov's `skip_check` and cfn-lint's `--ignore-checks`). */
export function splitList(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: readonly T[], fallback: T): T {
  const value = actionInput(env, name) || fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`input "${name}" must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

/** Reads every input; a bad value is a UsageError (the Action reports it as an error annotation, exit 2). */
export function readInputs(env: NodeJS.ProcessEnv, fallbackCwd: string): ActionInputs {
  const workspace = resolve(env.GITHUB_WORKSPACE || fallbackCwd);
  const cwd = resolve(workspace, actionInput(env, 'working-directory') || '.');
  if (!statSync(cwd, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`input "working-directory": "${actionInput(env, 'working-directory')}" is not a directory`);
  const sarifPath = resolve(cwd, actionInput(env, 'sarif-file') || 'batchlint.sarif');
  const inWorkspace = relative(workspace, sarifPath);
  const optional = (name: string): string | undefined => actionInput(env, name) || undefined;
  const inputs: ActionInputs = {
    cwd,
    workspace,
    paths: splitPaths(actionInput(env, 'paths')),
    format: oneOf(env, 'format', REPORT_FORMATS, 'text'),
    failOn: oneOf(env, 'fail-on', FAIL_ON, 'error'),
    rules: splitList(actionInput(env, 'rules')),
    disable: splitList(actionInput(env, 'disable')),
    sarifPath,
    sarifOutput: inWorkspace.startsWith('..') || isAbsolute(inWorkspace) ? sarifPath : inWorkspace,
    comment: switchInput(env, 'comment', true),
    costReport: switchInput(env, 'cost-report', false),
  };
  const config = optional('config');
  const baseline = optional('baseline');
  const token = optional('github-token');
  const region = optional('region');
  if (config) inputs.config = config;
  if (baseline) inputs.baseline = baseline;
  if (token) inputs.githubToken = token;
  if (region) inputs.region = region;
  return inputs;
}
