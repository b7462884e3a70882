// The GitHub Action, run the way the runner runs it: a workspace, GITHUB_STEP_SUMMARY and
// GITHUB_OUTPUT files, and the inputs as INPUT_* variables (action.yml passes them through env).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { annotation, runAction } from '../dist/src/action/run-action.js';
import { main } from '../dist/src/cli/main.js';
import { ROOT } from './helpers/cli.js';

const BAD = JSON.stringify({ jobDefinitionName: 'etl', type: 'container', containerProperties: { image: 'busybox', privileged: true, resourceRequirements: [{ type: 'VCPU', value: 'two' }] } }, null, 2);
const GOOD = JSON.stringify({ jobDefinitionName: 'etl', type: 'container', timeout: { attemptDurationSeconds: 600 }, retryStrategy: { attempts: 2 }, containerProperties: { image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/etl:1.4.2', resourceRequirements: [{ type: 'VCPU', value: '1' }, { type: 'MEMORY', value: '2048' }] } }, null, 2);

function runner(files: Record<string, string>, inputs: Record<string, string>): { env: NodeJS.ProcessEnv; workspace: string; summary: string; output: string } {
  const workspace = mkdtempSync(join(tmpdir(), 'batchlint-action-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(workspace, name), text);
  const summary = join(mkdtempSync(join(tmpdir(), 'batchlint-runner-')), 'step_summary.md');
  const output = join(summary, '..', 'output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const env: NodeJS.ProcessEnv = { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] = value;
  return { env, workspace, summary, output };
}

async function act(files: Record<string, string>, inputs: Record<string, string> = {}) {
  const r = runner(files, inputs);
  let stdout = '';
  let stderr = '';
  const code = await runAction(r.env, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  const outputs = Object.fromEntries(readFileSync(r.output, 'utf8').trim().split('\n').filter(Boolean).map((l) => l.split(/=(.*)/s).slice(0, 2)));
  return { code, stdout, stderr, outputs, summary: readFileSync(r.summary, 'utf8'), workspace: r.workspace };
}

describe('GitHub Action entry point', () => {
  it('writes SARIF, a step summary, annotations and outputs, and fails per fail-on', async () => {
    const r = await act({ 'job.json': BAD }, { paths: '.', 'fail-on': 'error' });
    expect(r.code).toBe(1);
    const sarif = JSON.parse(readFileSync(join(r.workspace, 'batchlint.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.length).toBe(Number(r.outputs.findings));
    expect(r.outputs['sarif-file']).toBe('batchlint.sarif');
    expect(Number(r.outputs.errors)).toBeGreaterThanOrEqual(1);
    expect(r.summary).toMatch(/^## batchlint\n/);
    expect(r.summary).toContain('**etl** (jobDefinition) in `job.json`');
    expect(r.stdout).toMatch(/^::error file=job\.json,line=\d+,endLine=\d+,(col=\d+,endColumn=\d+,)?title=batchlint [a-z-]+::/m);
    expect(r.stdout).toMatch(/^::error file=job\.json,.*title=batchlint privileged-container::/m);
    expect(r.stdout).toContain('job.json'); // the text report in the log
  });

  it('passes on a clean workspace and with fail-on none; honours sarif-file and format', async () => {
    const clean = await act({ 'job.json': GOOD }, { 'sarif-file': 'reports/out.sarif', format: 'json', 'fail-on': 'error' });
    expect(clean.code).toBe(0);
    expect(existsSync(join(clean.workspace, 'reports/out.sarif'))).toBe(true);
    expect(clean.outputs).toMatchObject({ 'sarif-file': 'reports/out.sarif', errors: '0' });
    expect(JSON.parse(clean.stdout.slice(0, clean.stdout.lastIndexOf('}') + 1)).summary.errors).toBe(0);
    const lenient = await act({ 'job.json': BAD }, { 'fail-on': 'none' });
    expect(lenient.code).toBe(0);
  });

  it('reads the config and baseline inputs', async () => {
    const configured = await act({ 'job.json': BAD, 'lint.yaml': 'rules:\n  privileged-container: off\n' }, { config: 'lint.yaml' });
    expect(configured.stdout).not.toContain('privileged-container');
    const unconfigured = await act({ 'job.json': BAD });
    expect(unconfigured.stdout).toContain('privileged-container');
    const missing = await act({ 'job.json': BAD }, { baseline: 'nope.json' });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('::error title=batchlint::cannot read baseline "nope.json"');
  });

  it('rejects bad inputs with an error annotation (exit 2)', async () => {
    const r = await act({ 'job.json': GOOD }, { format: 'xml' });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('::error title=batchlint::input "format" must be one of text, compact, json, sarif, markdown, github');
  });

  it('adds the cost report only when asked, and says so when this build has no cost command', async () => {
    const off = await act({ 'job.json': GOOD });
    expect(off.summary).not.toMatch(/cost/i);
    const on = await act({ 'job.json': GOOD }, { 'cost-report': 'on', region: 'us-east-1' });
    const probe = await main(['cost', '--help'], { stdout: () => undefined, stderr: () => undefined, isTTY: false, env: {}, cwd: on.workspace });
    if (probe === 0) expect(on.summary).toContain('## batchlint cost estimate');
    else expect(on.summary).toContain('_Cost report: this version of batchlint has no `cost` command._');
    expect(on.summary.indexOf('## batchlint\n')).toBe(0);
  });

  it('escapes workflow-command data and properties', () => {
    const line = annotation({ ruleId: 'r', severity: 'note', category: 'schema', message: '100% bad\nnext', resource: null, path: [], location: { file: 'a,b:c.yaml', line: 2, column: 1, endLine: 3, endColumn: 1, arn: null, address: null } });
    expect(line).toBe('::notice file=a%2Cb%3Ac.yaml,line=2,endLine=3,title=batchlint r::100%25 bad%0Anext\n');
  });

  it('runs as a process through dist/src/action/main.js, as action.yml does', () => {
    const r = runner({ 'job.json': BAD }, { 'fail-on': 'warning' });
    const p = spawnSync(process.execPath, [join(ROOT, 'dist/src/action/main.js')], { env: { ...r.env, PATH: process.env.PATH }, encoding: 'utf8', cwd: r.workspace });
    expect(p.status).toBe(1);
    expect(readFileSync(r.output, 'utf8')).toMatch(/^findings=\d+$/m);
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, { value: string }>;
    runs: { using: string; steps: { id?: string; run?: string; env?: Record<string, string> }[] };
  };

  it('declares the inputs and outputs of the issue', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(['baseline', 'config', 'cost-report', 'fail-on', 'format', 'paths', 'region', 'sarif-file']);
    expect(action.inputs['sarif-file']!.default).toBe('batchlint.sarif');
    expect(Object.keys(action.outputs).sort()).toEqual(['errors', 'findings', 'sarif-file']);
    for (const [name, output] of Object.entries(action.outputs)) expect(output.value).toBe(`\${{ steps.lint.outputs.${name} }}`);
  });

  it('never interpolates an expression into a shell script; every input goes through env', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps) if (step.run) expect(step.run).not.toContain('${{');
    const lint = action.runs.steps.find((s) => s.id === 'lint')!;
    for (const name of Object.keys(action.inputs)) {
      expect(lint.env?.[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`]).toBe(`\${{ inputs.${name} }}`);
    }
    expect(lint.run).toContain('dist/src/action/main.js');
  });
});
