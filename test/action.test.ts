// The GitHub Action, run the way the runner runs it: a workspace, GITHUB_STEP_SUMMARY and
// GITHUB_OUTPUT files, and the inputs as INPUT_* variables (action.yml passes them through env).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { annotation, runAction } from '../dist/src/action/run-action.js';
import { chooseAnnotations } from '../dist/src/action/annotation-budget.js';
import type { Finding } from '../dist/src/engine/finding.js';
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

  it('escapes workflow-command data and properties, and makes control characters visible', () => {
    const line = annotation({ ruleId: 'r', severity: 'note', category: 'schema', message: '100% bad\nnext \u001b[2J', resource: null, path: [], location: { file: 'a,b:c.yaml', line: 2, column: 1, endLine: 3, endColumn: 1, arn: null, address: null } });
    expect(line).toBe('::notice file=a%2Cb%3Ac.yaml,line=2,endLine=3,title=batchlint r::100%25 bad\\nnext \\e[2J\n');
  });

  it('reads rules, disable and working-directory; counts every severity in the outputs', async () => {
    const files = { 'job.json': BAD };
    const all = await act(files);
    expect(Number(all.outputs.errors) + Number(all.outputs.warnings) + Number(all.outputs.notes)).toBe(Number(all.outputs.findings));
    expect(Number(all.outputs.warnings)).toBeGreaterThan(0);
    const only = await act(files, { rules: 'privileged-container, missing-timeout' });
    expect(only.outputs.findings).toBe('2');
    expect(only.stdout).toMatch(/^::error .*title=batchlint privileged-container::/m);
    const disabled = await act(files, { disable: 'privileged-container\nmissing-timeout' });
    expect(Number(disabled.outputs.findings)).toBe(Number(all.outputs.findings) - 2);
    expect(disabled.stdout).not.toContain('privileged-container');
    const unknown = await act(files, { disable: 'privileged-containr' });
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toContain('::error title=batchlint::--disable: unknown rule "privileged-containr"; did you mean "privileged-container"?');

    const r = runner({}, { 'working-directory': 'infra', 'sarif-file': 'out/b.sarif' });
    mkdirSync(join(r.workspace, 'infra'));
    writeFileSync(join(r.workspace, 'infra', 'job.json'), BAD);
    writeFileSync(join(r.workspace, 'job.json'), GOOD.replace('etl', 'other'));
    let stdout = '';
    const code = await runAction(r.env, { stdout: (t) => void (stdout += t), stderr: () => undefined });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^::error file=infra\/job\.json,/m);
    expect(readFileSync(r.output, 'utf8')).toContain('sarif-file=infra/out/b.sarif\n');
    expect(JSON.parse(readFileSync(join(r.workspace, 'infra/out/b.sarif'), 'utf8')).runs[0].results.length).toBeGreaterThan(0);
  });

  it('rejects a working-directory that is not a directory', async () => {
    const r = await act({ 'job.json': GOOD }, { 'working-directory': 'job.json' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('::error title=batchlint::input "working-directory": "job.json" is not a directory\n');
  });

  it('rejects a switch input that is neither on nor off', async () => {
    const r = await act({ 'job.json': GOOD }, { comment: 'maybe' });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('::error title=batchlint::input "comment" must be on or off, not "maybe"');
  });

  it('reports an unexpected failure as one error annotation with exit 2, never a stack trace', async () => {
    const { main: actionMain } = await import('../dist/src/action/main.js');
    const r = runner({ 'job.json': GOOD }, {});
    r.env.GITHUB_OUTPUT = r.workspace; // a directory: appending to it fails
    let stdout = '';
    const code = await actionMain(r.env, { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stdout += t) });
    expect(code).toBe(2);
    expect(stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([expect.stringMatching(/^::error title=batchlint::internal error: EISDIR/)]);
  });

  it('runs as a process through bin/batchlint-action.js, as action.yml does', () => {
    const r = runner({ 'job.json': BAD }, { 'fail-on': 'warning' });
    const p = spawnSync(process.execPath, [join(ROOT, 'bin/batchlint-action.js')], { env: { ...r.env, PATH: process.env.PATH }, encoding: 'utf8', cwd: r.workspace });
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
    expect(Object.keys(action.inputs).sort()).toEqual(['baseline', 'comment', 'config', 'cost-report', 'disable', 'fail-on', 'format', 'github-token', 'paths', 'region', 'rules', 'sarif-file', 'working-directory']);
    expect(action.inputs['sarif-file']!.default).toBe('batchlint.sarif');
    expect(action.inputs['github-token']!.default).toBe('');
    expect(Object.keys(action.outputs).sort()).toEqual(['errors', 'findings', 'notes', 'sarif-file', 'warnings']);
    for (const [name, output] of Object.entries(action.outputs)) expect(output.value).toBe(`\${{ steps.lint.outputs.${name} }}`);
  });

  it('never interpolates an expression into a shell script; every input goes through env', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps) if (step.run) expect(step.run).not.toContain('${{');
    const lint = action.runs.steps.find((s) => s.id === 'lint')!;
    for (const name of Object.keys(action.inputs)) {
      expect(lint.env?.[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`]).toBe(`\${{ inputs.${name} }}`);
    }
    expect(lint.run).toBe('node "$GITHUB_ACTION_PATH/bin/batchlint-action.js"');
  });

  it('installs and compiles nothing at run time', () => {
    for (const step of action.runs.steps) expect(step.run ?? '').not.toMatch(/\bnpm\b|\bnpx\b|\btsc\b|\byarn\b/);
  });
});

function finding(severity: Finding['severity'], file: string, line: number): Finding {
  return { ruleId: `r-${severity}`, severity, category: 'schema', message: 'm', resource: null, path: [], location: { file, line, column: 1, endLine: line, endColumn: 2, arn: null, address: null } };
}

describe('annotation budget', () => {
  it('keeps 10 of each level, most severe first, and one notice slot for the "more findings" line', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding('note', 'n.json', i + 1)),
      ...Array.from({ length: 3 }, (_, i) => finding('warning', 'w.json', i + 1)),
      ...Array.from({ length: 25 }, (_, i) => finding('error', 'e.json', 25 - i)),
    ];
    const { annotated, left } = chooseAnnotations(findings);
    expect(annotated.map((f) => f.severity)).toEqual([...Array(10).fill('error'), ...Array(3).fill('warning'), ...Array(9).fill('note')]);
    expect(annotated.slice(0, 10).map((f) => f.location.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(left).toEqual({ error: 15, warning: 0, note: 3 });
  });

  it('uses all 10 notice slots when everything fits', () => {
    const { annotated, left } = chooseAnnotations(Array.from({ length: 10 }, (_, i) => finding('note', 'n.json', i + 1)));
    expect(annotated).toHaveLength(10);
    expect(left).toEqual({ error: 0, warning: 0, note: 0 });
  });

  it('says in the log and the summary how many findings are not annotated and where they are', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) files[`job${i}.json`] = BAD.replace('"etl"', `"etl${i}"`);
    const r = await act(files, { 'sarif-file': 'x.sarif' });
    const count = (kind: string) => r.stdout.split('\n').filter((l) => l.startsWith(`::${kind} `)).length;
    expect(count('error')).toBe(10);
    expect(count('warning')).toBe(10);
    expect(count('notice')).toBe(10);
    const total = Number(r.outputs.findings);
    const notice = /^::notice title=batchlint::(\d+) more findings \((\d+) errors, (\d+) warnings, (\d+) notes\) not annotated: GitHub shows 10 annotations of each level per step\. All findings are in the step summary and the SARIF file x\.sarif\.$/m.exec(r.stdout);
    expect(notice).not.toBeNull();
    expect(Number(notice![1])).toBe(total - 29);
    expect(Number(notice![2])).toBe(Number(r.outputs.errors) - 10);
    expect(r.summary).toContain(`${total - 29} more findings`);
  });
});
