import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { main } from '../dist/src/cli/main.js';
import { runCli, ROOT, spawnCli } from './helpers/cli.js';

const reportSchema = JSON.parse(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8'));
const validateReport = new Ajv.default({ allErrors: true }).compile(reportSchema);

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'batchlint-cli-'));
}

const GOOD_JD = readFileSync(join(ROOT, 'fixtures/missing-timeout/good/job-definition.json'), 'utf8');
// A warning (a host mount of /etc) and a note, no error.
const WARN_ONLY = 'jobDefinitionName: w\ntype: container\ncontainerProperties:\n  image: busybox:1.36\n  user: "1000"\n  readonlyRootFilesystem: true\n  jobRoleArn: arn:aws:iam::123456789012:role/x\n  resourceRequirements: [{ type: VCPU, value: "1" }, { type: MEMORY, value: "512" }]\n  volumes: [{ name: etc, host: { sourcePath: /etc } }]\ntimeout: { attemptDurationSeconds: 60 }\nretryStrategy: { attempts: 2 }\n';

describe('batchlint lint (built CLI)', () => {
  it('lints the bundled examples: findings, stylish text, exit code 1', () => {
    const r = runCli(['lint', 'examples/']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('examples/etl-job-definition.json');
    expect(r.stdout).toMatch(/^ {2}16:3 +error +Unknown property "retryStratgy".*Did you mean "retryStrategy"\? +schema-unknown-property$/m);
    expect(r.stdout).toMatch(/privileged-container/);
    expect(r.stdout).toMatch(/✖ \d+ problems \(4 errors, \d+ warnings?, \d+ notes?\) in \d+ resources from 5 files/);
    expect(r.stdout).toContain('examples/cloudformation/batch-stack.yaml');
    expect(r.stdout).toContain('examples/terraform/plan.json');
    expect(r.stdout).not.toMatch(/\u001b\[/); // NO_COLOR is set by runCli and stdout is not a TTY
  });

  it('writes a JSON report that validates against schemas/report.schema.json', () => {
    const r = runCli(['lint', 'examples', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    const typo = report.findings.find((f: { ruleId: string }) => f.ruleId === 'schema-unknown-property');
    expect(typo).toMatchObject({
      severity: 'error',
      category: 'schema',
      resource: { kind: 'jobDefinition', name: 'nightly-etl' },
      location: { file: 'examples/etl-job-definition.json', line: 16, column: 3, endLine: 16, endColumn: 17, arn: null, address: null },
    });
    expect(report.summary).toMatchObject({ files: 5, resources: 12, errors: 4 });
  });

  it('exits 0 on a clean file and honours --fail-on', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'jd.json'), GOOD_JD);
    expect(runCli(['lint', 'jd.json'], { cwd: dir }).code).toBe(0);
    const warn = join(dir, 'warn.yaml');
    writeFileSync(warn, WARN_ONLY);
    expect(runCli(['lint', warn]).code).toBe(0); // warnings only, --fail-on error
    expect(runCli(['lint', warn, '--fail-on', 'warning']).code).toBe(1);
    expect(runCli(['lint', warn, '--fail-on', 'note']).code).toBe(1);
    expect(runCli(['lint', 'examples', '--fail-on', 'none']).code).toBe(0);
  });

  it('--output writes the report to a file and nothing to stdout', () => {
    const dir = tempDir();
    const out = join(dir, 'report.json');
    const r = runCli(['lint', 'examples', '-f', 'json', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).findings.length).toBeGreaterThan(0);
  });

  it('--rule runs only the named rules, --disable turns rules off', () => {
    const only = JSON.parse(runCli(['lint', 'examples', '-f', 'json', '--rule', 'privileged-container']).stdout);
    expect(new Set(only.findings.map((f: { ruleId: string }) => f.ruleId))).toEqual(new Set(['privileged-container']));
    const without = JSON.parse(runCli(['lint', 'examples', '-f', 'json', '--disable', 'privileged-container,schema-unknown-property']).stdout);
    const ids = without.findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).not.toContain('privileged-container');
    expect(ids).not.toContain('schema-unknown-property');
    expect(ids.length).toBeGreaterThan(0);
  });

  it('--quiet reports errors only, and says when hidden findings still fail the run', () => {
    const r = runCli(['lint', 'examples', '--quiet']);
    expect(r.stdout).toContain('schema-unknown-property');
    expect(r.stdout).toContain('privileged-container');
    expect(r.stdout).not.toContain('missing-timeout');
    expect(r.stderr).toBe('');
    const dir = tempDir();
    writeFileSync(join(dir, 'warn.yaml'), WARN_ONLY);
    const quiet = runCli(['lint', 'warn.yaml', '--quiet', '--fail-on', 'warning'], { cwd: dir });
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toContain('No problems');
    expect(quiet.stderr).toMatch(/^batchlint: \d+ findings? hidden by --quiet (is|are) at or above --fail-on warning\n$/);
  });

  it('--verbose lists the files skipped as not Batch configurations', () => {
    const r = runCli(['lint', 'examples', '--verbose']);
    expect(r.stderr).toContain('skipped examples/package.json: no AWS Batch configuration');
    expect(runCli(['lint', 'examples']).stderr).toBe('');
  });

  it('usage errors exit 2 without a stack trace', () => {
    for (const args of [['lint', 'no/such/path'], ['lint', '--bogus'], ['lint', '--rule', 'privileged-containr', 'examples'], ['lint', '--format', 'xml', 'examples'], ['frobnicate']]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(runCli(['lint', 'no/such/path']).stderr).toContain('cannot read "no/such/path": no such file or directory');
    expect(runCli(['lint', '--rule', 'privileged-containr', 'examples']).stderr).toContain('did you mean "privileged-container"');
  });

  it('defaults to the current directory', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'batch'));
    writeFileSync(join(dir, 'batch', 'jd.json'), GOOD_JD.replace('"timeout": { "attemptDurationSeconds": 3600 },', ''));
    const r = runCli(['lint', '-f', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { ruleId: string; location: { file: string } }) => `${f.ruleId} ${f.location.file}`)).toEqual(['missing-timeout batch/jd.json']);
  });

  it('--version and --help', () => {
    const v = spawnCli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const h = spawnCli(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('lint');
    expect(h.stdout).toContain('rules');
    expect(runCli(['lint', '--help']).stdout).toContain('--fail-on');
  });
});

describe('colour', () => {
  const capture = async (env: NodeJS.ProcessEnv, isTTY: boolean): Promise<string> => {
    let out = '';
    await main(['lint', 'examples'], { stdout: (t) => void (out += t), stderr: () => undefined, isTTY, env, cwd: ROOT });
    return out;
  };
  it('is used on a TTY, and never with NO_COLOR or when not a TTY', async () => {
    expect(await capture({}, true)).toMatch(/\u001b\[/);
    expect(await capture({ NO_COLOR: '1' }, true)).not.toMatch(/\u001b\[/);
    expect(await capture({}, false)).not.toMatch(/\u001b\[/);
  });
});

describe('batchlint rules', () => {
  it('lists every rule, shows one, and prints JSON', () => {
    const list = runCli(['rules']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^privileged-container +security +error +Privileged container$/m);
    const one = runCli(['rules', 'missing-timeout']);
    expect(one.stdout).toContain('https://docs.aws.amazon.com/batch/latest/userguide/job_timeouts.html');
    const json = JSON.parse(runCli(['rules', '--format', 'json']).stdout);
    expect(json.find((r: { id: string }) => r.id === 'min-vcpus-always-on')).toMatchObject({ category: 'cost', severity: 'warning' });
    const unknown = runCli(['rules', 'privileged']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean "privileged-container"');
  });
});
