// Limits that hold for every input kind (.tf included), linear time in the input's size, and
// config and baseline files that are read like inputs and never echoed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonFile } from '../dist/src/source/json-document.js';
import { parseYamlFile } from '../dist/src/source/yaml-document.js';
import { HclDocument } from '../dist/src/loaders/terraform/hcl-source.js';
import { lintPaths } from '../dist/src/lint-files.js';
import { runCli } from './helpers/cli.js';

const GOOD_TF = 'resource "aws_batch_job_queue" "q" {\n  name     = "q"\n  state    = "ENABLED"\n  priority = 1\n}\n';
const GOOD_JSON = '{"jobDefinitionName":"fine","type":"container","containerProperties":{"image":"busybox:1.36","resourceRequirements":[{"type":"VCPU","value":"1"},{"type":"MEMORY","value":"512"}]}}\n';
// From /etc/shadow's format: what --config or --baseline must never print.
const SHADOW = 'root:$6$Zr1tS3cretHash$abc:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n';

function dir(files: Record<string, string> = {}): string {
  const d = mkdtempSync(join(tmpdir(), 'batchlint-limits-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(d, name, '..'), { recursive: true });
    writeFileSync(join(d, name), text);
  }
  return d;
}

interface JsonFinding {
  ruleId: string;
  message: string;
  location: { file: string; line: number; column: number };
}

function lint(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): { code: number; findings: JsonFinding[]; stderr: string } {
  const r = runCli(['lint', '-f', 'json', ...args], { cwd, env });
  return { code: r.code, findings: r.stdout ? (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings : [], stderr: r.stderr };
}

const parseErrors = (findings: JsonFinding[]): string[] => findings.filter((f) => f.ruleId === 'parse-error').map((f) => `${f.location.file} ${f.message}`).sort();

describe('.tf files go through the same limits as every input', () => {
  it('refuses a FIFO and a symlink to /dev/zero named x.tf and z.tf without blocking, and lints the rest', () => {
    const d = dir({ 'main.tf': GOOD_TF });
    execFileSync('mkfifo', [join(d, 'x.tf')]);
    symlinkSync('/dev/zero', join(d, 'z.tf'));
    const { code, findings, stderr } = lint(d, ['x.tf', 'z.tf', 'main.tf']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(parseErrors(findings)).toEqual([
      'x.tf Not a regular file (a FIFO, socket or device); it was not read',
      'z.tf Not a regular file (a FIFO, socket or device); it was not read',
    ]);
    expect(findings.some((f) => f.location.file === 'main.tf' && f.ruleId !== 'parse-error')).toBe(true);
  });

  it('reports a .tf file over its size limit', () => {
    const d = dir({ 'big.tf': GOOD_TF + `# ${'x'.repeat(2000)}\n`, 'main.tf': GOOD_TF });
    const { findings } = lint(d, ['.'], { BATCHLINT_MAX_TF_BYTES: '1000' });
    expect(parseErrors(findings)).toEqual([expect.stringMatching(/^big\.tf File is \d+ bytes, more than the limit of 1000 \(BATCHLINT_MAX_TF_BYTES\)/)]);
    expect(findings.some((f) => f.location.file === 'main.tf')).toBe(true);
  });

  it('turns an HCL parse that never finishes into a finding on that file, never a silent exit 0', () => {
    // A large heredoc: HashiCorp's parser spends minutes on it (it ran out of memory on the issue's machine).
    const heredoc = `resource "aws_batch_job_definition" "x" {\n  name = "x"\n  type = "container"\n  container_properties = <<EOF\n${`${'a'.repeat(99)}\n`.repeat(50_000)}EOF\n}\n`;
    const d = dir({ 'big.tf': heredoc, 'main.tf': GOOD_TF });
    const { code, findings, stderr } = lint(d, ['.'], { BATCHLINT_TF_TIMEOUT_MS: '1500' });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(parseErrors(findings)).toEqual(['big.tf Not linted: the HCL parser did not finish within 1500 ms (BATCHLINT_TF_TIMEOUT_MS)']);
    // The parser is restarted for the next file.
    expect(findings.some((f) => f.location.file === 'main.tf')).toBe(true);
  });
});

describe('linear in the input', () => {
  it('locates a finding on any key of an object with 150,000 keys (a spread of the keys overflowed the stack)', () => {
    const keys = Array.from({ length: 150_000 }, (_, i) => `"key${i}":${i}`);
    const text = `{"jobDefinitionName":"w","parameters":{${keys.join(',\n')}}}`;
    const parsed = parseJsonFile('wide.json', text);
    expect(parsed.problems).toEqual([]);
    const document = parsed.documents[0]!.document;
    expect(document.locate(['parameters', 'key149999'], { key: true })).toMatchObject({ line: 150_000, column: 1 });
    expect(document.locate(['parameters', 'key0'])).toMatchObject({ line: 1, column: 47 });
  });

  it('finds a duplicate key at the end of a 100,000-key YAML map (the library check was quadratic: minutes)', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `k${i}: v`);
    lines.push('k5: again');
    const parsed = parseYamlFile('keys.yaml', `${lines.join('\n')}\n`);
    // Reported, and the document is still read with the last value winning (as JSON.parse and CloudFormation).
    expect(parsed.documents.map((d) => (d.value as Record<string, string>).k5)).toEqual(['again']);
    expect(parsed.problems.map((p) => `${p.range.line}:${p.range.column} ${p.message}`)).toEqual(['100001:1 Invalid YAML: duplicate key: YAML map keys must be unique']);
    // Keys are equal as scalars of the same value: 1 and "1" are two keys.
    expect(parseYamlFile('ok.yaml', 'a: 1\n"1": x\n1: y\n').problems).toEqual([]);
    expect(parseYamlFile('flow.yaml', 'a: {x: 1, y: 2, x: 3}\n').problems.map((p) => `${p.range.line}:${p.range.column}`)).toEqual(['1:17']);
  });

  it('refuses deeply nested flow YAML before parsing it (9 MB of it ran V8 out of memory)', () => {
    const parsed = parseYamlFile('deep.yaml', '['.repeat(2_000_000) + ']'.repeat(2_000_000));
    expect(parsed.documents).toEqual([]);
    expect(parsed.problems.map((p) => p.message)).toEqual(['YAML nesting is 2000000 levels deep, more than the limit of 256; the file was not linted']);
    // Brackets in quoted scalars, comments and words like don't are not nesting.
    const quoted = `a: "${'['.repeat(300)}"\nb: '${'{'.repeat(300)}'\n# ${'['.repeat(300)}\nc: don't [x]\nd: it's\n`;
    expect(parseYamlFile('quoted.yaml', quoted).problems).toEqual([]);
  });

  it('locates findings in a .tf file of 60,000 blocks in one pass (a search per finding took 268 s)', () => {
    const text = Array.from({ length: 60_000 }, (_, i) => `resource "aws_batch_job_queue" "q${i}" {\n  name     = "q${i}"\n  priority = ${i}\n}\n`).join('');
    const document = new HclDocument('many.tf', text);
    for (let i = 0; i < 60_000; i += 1) {
      const at = document.locate(['resource', 'aws_batch_job_queue', `q${i}`, 0, 'priority']);
      if (at.line !== 4 * i + 3) expect(at.line).toBe(4 * i + 3);
    }
    expect(document.locate(['resource', 'aws_batch_job_queue', 'q59999', 0, 'priority'])).toMatchObject({ line: 239_999, column: 3 });
  });

  it('takes 500,000 resources from one file (push(...resources) overflowed the stack)', async () => {
    const d = dir({ 'many.json': '{}' });
    const resources = Array.from({ length: 500_000 }, (_, i) => ({ kind: 'jobQueue' as const, name: `q${i}`, data: {}, source: { document: { file: 'many.json', format: 'json' as const, locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) }, path: [] } }));
    const result = await lintPaths(['many.json'], { cwd: d, rules: [], loaders: [{ name: 'many', load: () => ({ recognised: true, resources, problems: [] }) }] });
    expect(result.resources).toBe(500_000);
  });
});

describe('stderr carries no library warning and no input text', () => {
  it('a YAML mapping with a collection as a key prints nothing on stderr', () => {
    const d = dir({ 'key.yaml': '? [hunter2-password, b]\n: x\njobQueueName: q\npriority: 1\n' });
    const r = runCli(['lint', 'key.yaml'], { cwd: d });
    expect(r.stderr).toBe('');
  });
});

describe('config discovery and explicit config and baseline files', () => {
  const IGNORE_JSON = 'ignore: ["**/*.json"]\n';

  it('stops at the repository root: a .batchlint.yaml above the directory holding .git is not read', () => {
    const d = dir({ '.batchlint.yaml': IGNORE_JSON, 'repo/jobs/jd.json': GOOD_JSON });
    mkdirSync(join(d, 'repo/.git'));
    const { findings } = lint(join(d, 'repo/jobs'), ['.']);
    expect(findings.some((f) => f.location.file === 'jd.json')).toBe(true);
    // A worktree or submodule has a .git file: the same root.
    const w = dir({ '.batchlint.yaml': IGNORE_JSON, 'wt/jd.json': GOOD_JSON, 'wt/.git': 'gitdir: /elsewhere\n' });
    expect(lint(join(w, 'wt'), ['.']).findings.some((f) => f.location.file === 'jd.json')).toBe(true);
    // Within the repository, a parent's config is still found.
    const inside = dir({ 'repo/.batchlint.yaml': IGNORE_JSON, 'repo/jobs/jd.json': GOOD_JSON });
    mkdirSync(join(inside, 'repo/.git'));
    expect(lint(join(inside, 'repo/jobs'), ['.']).findings).toEqual([]);
  });

  it('refuses a FIFO or a device as --config or --baseline at once (exit 2)', () => {
    const d = dir({ 'jd.json': GOOD_JSON });
    execFileSync('mkfifo', [join(d, 'fifo.yaml')]);
    for (const args of [['--config', 'fifo.yaml'], ['--config', '/dev/zero'], ['--baseline', 'fifo.yaml'], ['--baseline', '/dev/zero']]) {
      const r = runCli(['lint', ...args, 'jd.json'], { cwd: d });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('not a regular file (a FIFO, socket or device)');
    }
  });

  it('refuses a config over its size limit', () => {
    const d = dir({ 'big.yaml': `rules: {}\n# ${'x'.repeat(2 * 1024 * 1024)}\n`, 'jd.json': GOOD_JSON });
    const r = runCli(['lint', '--config', 'big.yaml', 'jd.json'], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read config file "big\.yaml": \d+ bytes, more than the limit of 1048576 \(BATCHLINT_MAX_CONFIG_BYTES\)/);
  });

  it('never echoes the text of a file named as --config or --baseline', () => {
    const d = dir({ shadow: SHADOW, 'shadow.yaml': 'root: x\ndaemon: y\n', 'alias.yaml': 'rules: *S3cretAlias\n', 'jd.json': GOOD_JSON });
    for (const args of [['--config', 'shadow'], ['--config', 'shadow.yaml'], ['--config', 'alias.yaml'], ['--baseline', 'shadow']]) {
      const r = runCli(['lint', ...args, 'jd.json'], { cwd: d });
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/root|daemon|19000|S3cret/);
      expect(r.stderr).toMatch(/\d+:\d+: /);
    }
    expect(runCli(['lint', '--config', 'shadow', 'jd.json'], { cwd: d }).stderr).toContain('shadow:1:1: not a valid config file');
  });
});
