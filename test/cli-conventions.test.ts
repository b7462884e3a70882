// The conventions users bring from ESLint, cfn-lint and checkov: stdin, globs, ignore patterns,
// --max-warnings, several outputs, compact and github formats, --print-config, colour, pipes.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../dist/src/cli/main.js';
import { BIN, ROOT, spawnCli } from './helpers/cli.js';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process (fast); `stdin` is what `-` reads. */
async function run(args: string[], options: { cwd?: string; stdin?: string; env?: NodeJS.ProcessEnv; isTTY?: boolean } = {}): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const input = options.stdin;
  const code = await main(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
    cwd: options.cwd ?? ROOT,
    ...(input !== undefined ? { stdin: (async function* () { yield Buffer.from(input); })() } : {}),
  });
  return { code, stdout, stderr };
}

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'batchlint-conv-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

// Two warnings (no timeout, a host mount of /etc), a few notes, no error.
const TWO_WARNINGS = 'jobDefinitionName: w\ntype: container\nretryStrategy: { attempts: 2 }\ncontainerProperties:\n  image: busybox:1.36\n  user: "1000"\n  readonlyRootFilesystem: true\n  jobRoleArn: arn:aws:iam::123456789012:role/x\n  resourceRequirements: [{ type: VCPU, value: "1" }, { type: MEMORY, value: "512" }]\n  volumes: [{ name: etc, host: { sourcePath: /etc } }]\n';
const CLEAN = readFileSync(join(ROOT, 'fixtures/missing-timeout/good/job-definition.json'), 'utf8');
const PLAN = readFileSync(join(ROOT, 'examples/terraform/plan.json'), 'utf8');

const jsonFindings = (r: Result): { ruleId: string; severity: string; location: { file: string; line: number } }[] => JSON.parse(r.stdout).findings;

describe('standard input', () => {
  it('lints - as a file named by --stdin-filename (default <stdin>), JSON or YAML by content', async () => {
    const named = await run(['lint', '-', '--stdin-filename', 'infra/plan.json', '-f', 'json', '--fail-on', 'none'], { stdin: PLAN });
    expect(named.code).toBe(0);
    const fromFile = jsonFindings(await run(['lint', 'examples/terraform/plan.json', '-f', 'json', '--fail-on', 'none']));
    expect(fromFile.length).toBeGreaterThan(0);
    // Same findings at the same lines as the file itself, under the given name.
    expect(jsonFindings(named).map((f) => `${f.location.file}:${f.location.line} ${f.ruleId}`)).toEqual(fromFile.map((f) => `infra/plan.json:${f.location.line} ${f.ruleId}`));
    const unnamed = jsonFindings(await run(['lint', '-', '-f', 'json'], { stdin: TWO_WARNINGS }));
    expect(new Set(unnamed.map((f) => f.location.file))).toEqual(new Set(['<stdin>']));
    expect(unnamed.map((f) => f.ruleId)).toContain('missing-timeout');
    // A broken document is a finding with its position, like a broken file.
    const broken = jsonFindings(await run(['lint', '-', '-f', 'json'], { stdin: '{\n  "jobDefinitionName": "x",\n  oops\n}' }));
    expect(broken[0]).toMatchObject({ ruleId: 'parse-error', location: { file: '<stdin>', line: 3 } });
  });

  it('reads - alongside paths, and rejects --stdin-filename without - and a .tf name', async () => {
    const dir = project({ 'jd.json': CLEAN });
    const both = jsonFindings(await run(['lint', '-', 'jd.json', '-f', 'json'], { cwd: dir, stdin: TWO_WARNINGS }));
    expect(new Set(both.map((f) => f.location.file))).toEqual(new Set(['<stdin>']));
    const lonely = await run(['lint', 'jd.json', '--stdin-filename', 'x.json'], { cwd: dir });
    expect(lonely.code).toBe(2);
    expect(lonely.stderr).toContain('add - to the paths');
    expect((await run(['lint', '-', '--stdin-filename', 'main.tf'], { stdin: 'resource "x" "y" {}' })).code).toBe(2);
  });

  it('reads a real pipe, and a stream over the file size limit is a finding, not a crash', () => {
    const piped = spawnCli(['lint', '-', '--stdin-filename', 'plan.json', '-f', 'compact', '--fail-on', 'none'], { input: PLAN });
    expect(piped.code).toBe(0);
    expect(piped.stdout).toMatch(/^plan\.json:\d+:\d+: warning: minvCpus is 8/m);
    const big = spawnCli(['lint', '-', '-f', 'json'], { input: PLAN, env: { BATCHLINT_MAX_FILE_BYTES: '100' } });
    expect(big.code).toBe(1);
    expect(JSON.parse(big.stdout).findings).toEqual([expect.objectContaining({ ruleId: 'parse-error', message: expect.stringContaining('Standard input is more than the limit of 100 bytes') })]);
  });
});

describe('globs, ignore patterns and paths that hold nothing', () => {
  const tree = (): string => project({ 'jobs/a.yaml': TWO_WARNINGS, 'jobs/deep/b.yaml': TWO_WARNINGS, 'jobs/c.json': CLEAN, 'jobs/notes.yaml': 'title: not batch\n', 'other/d.yaml': TWO_WARNINGS, 'empty/README.md': '# nothing\n' });

  it('expands globs; a matched file that is not Batch configuration is skipped, as in a directory', async () => {
    const r = await run(['lint', 'jobs/**/*.yaml', '-f', 'json'], { cwd: tree() });
    expect(r.code).toBe(0);
    expect(new Set(jsonFindings(r).map((f) => f.location.file))).toEqual(new Set(['jobs/a.yaml', 'jobs/deep/b.yaml']));
    expect(JSON.parse(r.stdout).summary.files).toBe(3); // a, deep/b and notes (read, then skipped)
  });

  it('--ignore-pattern drops files (relative to the working directory) on top of the config ignore', async () => {
    const dir = tree();
    writeFileSync(join(dir, '.batchlint.yaml'), 'ignore: [other/**]\n');
    const r = await run(['lint', '.', '--ignore-pattern', 'jobs/deep/**', '--ignore-pattern', '*.json', '-f', 'json'], { cwd: dir });
    expect(new Set(jsonFindings(r).map((f) => f.location.file))).toEqual(new Set(['jobs/a.yaml']));
    expect(JSON.parse(r.stdout).summary.files).toBe(2); // a.yaml and notes.yaml
  });

  it('a named directory or glob with no file to lint warns and exits 2; `lint` alone only warns; an ignored named file is fine', async () => {
    const dir = tree();
    for (const args of [['empty'], ['jobs/**/*.tf'], ['jobs/deep', '--ignore-pattern', 'jobs/deep']]) {
      const r = await run(['lint', ...args], { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(`batchlint: warning: no file to lint in "${args[0]}"`);
    }
    const alone = await run(['lint'], { cwd: join(dir, 'empty') });
    expect(alone.code).toBe(0);
    expect(alone.stderr).toMatch(/^batchlint: warning: no file to lint in ".*empty"/);
    // Overlapping paths: every file is linted once, and each path holds files.
    const overlap = await run(['lint', 'jobs', 'jobs/deep', './jobs', 'jobs/deep/b.yaml', '-f', 'json'], { cwd: dir });
    expect(overlap).toMatchObject({ code: 0, stderr: '' });
    expect(jsonFindings(overlap).filter((f) => f.ruleId === 'missing-timeout').map((f) => f.location.file).sort()).toEqual(['jobs/a.yaml', 'jobs/deep/b.yaml']);
    // pre-commit names staged files the config ignores: that is not an error.
    const ignoredFile = await run(['lint', 'jobs/a.yaml', '--ignore-pattern', 'jobs/a.yaml'], { cwd: dir });
    expect(ignoredFile).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('--max-warnings and --quiet', () => {
  it('exits 1 when warnings exceed N (ESLint semantics), counted even when --quiet hides them', async () => {
    const dir = project({ 'jd.yaml': TWO_WARNINGS });
    expect((await run(['lint', 'jd.yaml', '--max-warnings', '2'], { cwd: dir })).code).toBe(0);
    const over = await run(['lint', 'jd.yaml', '--max-warnings', '1'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('batchlint: 2 warnings, more than --max-warnings 1\n');
    const quiet = await run(['lint', 'jd.yaml', '--max-warnings', '0', '-q'], { cwd: dir });
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).not.toContain('✔');
    expect(quiet.stdout).toContain('✖ No problems shown in 1 resource from 1 file; 2 hidden findings fail the run');
    expect((await run(['lint', 'jd.yaml', '--max-warnings', 'many'], { cwd: dir })).code).toBe(2);
  });

  it('-q with hidden findings at or above --fail-on prints no green tick; with nothing failing it does', async () => {
    const dir = project({ 'jd.yaml': TWO_WARNINGS });
    const failing = await run(['lint', 'jd.yaml', '-q', '--fail-on', 'warning'], { cwd: dir });
    expect(failing.code).toBe(1);
    expect(failing.stdout).not.toContain('✔');
    expect(failing.stdout).toContain('2 hidden findings fail the run');
    const markdown = await run(['lint', 'jd.yaml', '-q', '--fail-on', 'warning', '-f', 'markdown'], { cwd: dir });
    expect(markdown.stdout).not.toContain('✅');
    const passing = await run(['lint', 'jd.yaml', '-q'], { cwd: dir });
    expect(passing).toMatchObject({ code: 0, stdout: '✔ No problems in 1 resource from 1 file\n' });
  });
});

describe('--format', () => {
  it('is case-insensitive, here and in rules and cost', async () => {
    const sarif = await run(['lint', 'examples', '-f', 'SARIF']);
    expect(JSON.parse(sarif.stdout).version).toBe('2.1.0');
    expect(Array.isArray(JSON.parse((await run(['rules', '-f', 'Json'])).stdout))).toBe(true);
    expect((await run(['cost', 'examples', '-f', 'JSON'])).code).toBe(0);
  });

  it('suggests a format for a misspelt one and an option for a misspelt option (exit 2)', async () => {
    const format = await run(['lint', 'examples', '-f', 'sarf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown format "sarf"; did you mean "sarif"?');
    const option = await run(['lint', 'examples', '--formt', 'json']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("unknown option '--formt'");
    expect(option.stderr).toContain('Did you mean --format?');
  });

  it('writes several outputs in one run: FORMAT:FILE, and -o for the last format', async () => {
    const dir = project({ 'jd.yaml': TWO_WARNINGS });
    const r = await run(['lint', 'jd.yaml', '-f', 'text', '-f', 'sarif', '-o', 'out.sarif', '-f', 'json:reports/out.json'], { cwd: dir });
    // -o belongs to the last --format: here json has its own file, so it is a usage error.
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--output "out.sarif" is for the last --format, which already writes to "reports/out.json"');
    mkdirSync(join(dir, 'reports'));
    const ok = await run(['lint', 'jd.yaml', '-f', 'json:reports/out.json', '-f', 'text', '-f', 'sarif', '-o', 'out.sarif'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^jd\.yaml\n/); // text on stdout
    expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).runs[0].results).toHaveLength(JSON.parse(readFileSync(join(dir, 'reports/out.json'), 'utf8')).findings.length);
    const twoOnStdout = await run(['lint', 'jd.yaml', '-f', 'text', '-f', 'json'], { cwd: dir });
    expect(twoOnStdout.code).toBe(2);
    expect(twoOnStdout.stderr).toContain('text and json would both write to stdout');
    // Checked before any work: audit stops before it looks for AWS credentials.
    const audit = await run(['audit', '--region', 'us-east-1', '--endpoint-url', 'http://127.0.0.1:9', '-f', 'text', '-f', 'json'], { cwd: dir });
    expect(audit.code).toBe(2);
    expect(audit.stderr).toBe('batchlint: text and json would both write to stdout; give all but one a file (-f json:FILE)\n');
    expect((await run(['lint', 'jd.yaml', '-f', 'json:a.json', '-f', 'sarif:a.json'], { cwd: dir })).code).toBe(2);
    expect((await run(['lint', 'jd.yaml', '-f', 'json:'], { cwd: dir })).code).toBe(2);
  });
});

describe('compact and github formats', () => {
  // A property name carries a line break, `%` and `::`; the file name carries `,`, `:` and `%`; the
  // resource name an escape sequence.
  const HOSTILE = JSON.stringify({ jobDefinitionName: 'x\u001b[2Jy', type: 'container', timeout: { attemptDurationSeconds: 60 }, containerProperties: { image: 'i', 'imag%0A\n::error::forged': 1 } });

  it('compact: one line per finding, file:line:col: severity: message [rule]', async () => {
    const json = jsonFindings(await run(['lint', 'examples', '-f', 'json']));
    const compact = await run(['lint', 'examples', '-f', 'compact']);
    const lines = compact.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(json.length);
    expect(lines).toContain('examples/etl-job-definition.json:16:3: error: Unknown property "retryStratgy": the AWS Batch API does not accept it. Did you mean "retryStrategy"? [schema-unknown-property]');
    const dir = project({ 'a,b:c%.json': HOSTILE });
    const hostile = await run(['lint', '.', '-f', 'compact'], { cwd: dir });
    expect(hostile.stdout.split('\n').filter(Boolean).length).toBe(jsonFindings(await run(['lint', '.', '-f', 'json'], { cwd: dir })).length);
    expect(hostile.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(hostile.stdout).toContain('imag%0A\\n::error::forged');
  });

  it('github: workflow commands escaped per GitHub rules, notes as notices, a plain summary line', async () => {
    const dir = project({ 'a,b:c%.json': HOSTILE, 'warn.yaml': TWO_WARNINGS });
    const r = await run(['lint', '.', '-f', 'github'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').filter(Boolean);
    const count = jsonFindings(await run(['lint', '.', '-f', 'json'], { cwd: dir })).length;
    expect(lines).toHaveLength(count + 1);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^::(error|warning|notice) file=[^,:]+(,(line|endLine|col|endColumn)=\d+)*,title=batchlint [a-z-]+::[^\r\n]*$/);
    expect(r.stdout).toContain('::error file=a%2Cb%3Ac%25.json,line=');
    // Data: `%` encoded, the line break made visible, so the runner cannot decode a new command.
    expect(r.stdout).toContain('imag%250A\\n::error::forged');
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toMatch(/^::warning file=warn\.yaml,line=\d+.*title=batchlint missing-timeout::/m);
    expect(r.stdout).toMatch(/^::notice file=warn\.yaml,.*title=batchlint public-registry-image::/m);
    expect(lines.at(-1)).toMatch(/^batchlint: \d+ problems \(\d+ errors, \d+ warnings, \d+ notes\) in 2 resources from 2 files$/);
  });
});

describe('--print-config', () => {
  it('prints the configuration that applies to a file, and lints nothing', async () => {
    const dir = project({ '.batchlint.yaml': 'rules:\n  missing-timeout: note\n  privileged-container: off\n  max-vcpus-burn-rate: [warning, { budgetUsdPerHour: 50 }]\nignore: [legacy/**]\n', 'jobs/a.yaml': TWO_WARNINGS });
    const r = await run(['lint', '--print-config', 'jobs/a.yaml', '--disable', 'missing-job-role'], { cwd: dir });
    expect(r.code).toBe(0);
    const config = JSON.parse(r.stdout);
    expect(config).toMatchObject({ file: 'jobs/a.yaml', configFile: '.batchlint.yaml', linted: true, failOn: 'error' });
    expect(config.rules['missing-timeout']).toEqual({ level: 'note' });
    expect(config.rules['privileged-container']).toBe('off');
    expect(config.rules['missing-job-role']).toBe('off');
    expect(config.rules['max-vcpus-burn-rate']).toMatchObject({ level: 'warning', options: { budgetUsdPerHour: 50 } });
    expect(config.rules['secret-in-environment']).toEqual({ level: 'error', messageLevels: { byName: 'warning' } });
    const legacy = JSON.parse((await run(['lint', '--print-config', 'legacy/x.json'], { cwd: dir })).stdout);
    expect(legacy.linted).toBe(false);
    expect(JSON.parse((await run(['lint', '--print-config', 'jobs/a.yaml', '--ignore-pattern', 'jobs'], { cwd: dir })).stdout).linted).toBe(false);
  });
});

describe('colour', () => {
  const hasColor = (text: string): boolean => text.includes('\u001b[');
  it('FORCE_COLOR and --color force it on, --no-color and FORCE_COLOR=0 off; files never get it', async () => {
    expect(hasColor((await run(['lint', 'examples'], { env: { FORCE_COLOR: '1' } })).stdout)).toBe(true);
    expect(hasColor((await run(['lint', 'examples'], { env: { FORCE_COLOR: '0' }, isTTY: true })).stdout)).toBe(false);
    expect(hasColor((await run(['lint', 'examples', '--color'])).stdout)).toBe(true);
    expect(hasColor((await run(['lint', 'examples', '--no-color'], { env: { FORCE_COLOR: '1' }, isTTY: true })).stdout)).toBe(false);
    expect(hasColor((await run(['lint', 'examples'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout)).toBe(true); // FORCE_COLOR wins, as in Node
    const dir = project({ 'jd.yaml': TWO_WARNINGS });
    await run(['lint', 'jd.yaml', '--color', '-o', 'out.txt'], { cwd: dir });
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toContain('missing-timeout');
    expect(hasColor(readFileSync(join(dir, 'out.txt'), 'utf8'))).toBe(false);
  });
});

describe('a closed pipe', () => {
  /** Runs the built CLI with its stdout closed by the reader before anything is written (`| head`). */
  const closedStdout = (args: string[]): Promise<{ code: number | null; stderr: string }> =>
    new Promise((done) => {
      const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
      child.on('close', (code) => done({ code, stderr }));
    });

  it('ends output quietly (no EPIPE stack trace) and keeps the exit code', async () => {
    const rules = await closedStdout(['rules']);
    expect(rules).toEqual({ code: 0, stderr: '' });
    const lint = await closedStdout(['lint', 'examples', '-f', 'sarif']);
    expect(lint).toEqual({ code: 1, stderr: '' });
  });
});
