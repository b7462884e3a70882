// Bad input is normal input: each broken file is a finding with file, line and column, no stack
// trace, and every other file is still linted.
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const GOOD = '{"jobDefinitionName":"fine","type":"container","containerProperties":{"image":"busybox:1.36","resourceRequirements":[{"type":"VCPU","value":"1"},{"type":"MEMORY","value":"512"}]}}\n';

function corpus(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'batchlint-bad-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

interface JsonFinding {
  ruleId: string;
  message: string;
  location: { file: string; line: number; column: number };
}

function lintJson(dir: string, args: string[] = ['.']): { code: number; findings: JsonFinding[]; stderr: string } {
  const r = runCli(['lint', '-f', 'json', ...args], { cwd: dir });
  return { code: r.code, findings: JSON.parse(r.stdout).findings, stderr: r.stderr };
}

const parseErrors = (findings: JsonFinding[]): string[] =>
  findings.filter((f) => f.ruleId === 'parse-error').map((f) => `${f.location.file}:${f.location.line}:${f.location.column} ${f.message}`).sort();

describe('bad input', () => {
  it('reports each kind of broken file at its position and still lints the good one', () => {
    const dir = corpus({
      'good.json': GOOD,
      'syntax.json': '{\n  "jobDefinitionName": "x",\n  "type": container\n}\n',
      'dup.json': '{\n  "jobDefinitionName": "x",\n  "jobDefinitionName": "y",\n  "type": "container"\n}\n',
      'dup.yaml': 'jobQueueName: q\npriority: 1\npriority: 2\n',
      'tabs.yaml': 'jobQueueName: q\npriority: 1\ncomputeEnvironmentOrder:\n\t- order: 1\n',
      'binary.yaml': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]),
      'latin1.json': new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]),
      'unclosed.yaml': 'jobQueueName: "q\npriority: 1\n',
    });
    const { code, findings, stderr } = lintJson(dir);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(parseErrors(findings)).toEqual([
      'binary.yaml:1:1 Binary content (NUL bytes); not a JSON or YAML file',
      'dup.json:3:3 Duplicate key "jobDefinitionName": JSON parsers keep only the last one',
      'dup.yaml:3:1 Invalid YAML: duplicate key: YAML map keys must be unique',
      'latin1.json:1:1 Invalid UTF-8; JSON and YAML files must be UTF-8 encoded',
      'syntax.json:3:11 Invalid JSON: unexpected character',
      'tabs.yaml:4:1 Invalid YAML: tabs are not allowed in YAML indentation; use spaces',
      expect.stringMatching(/^unclosed\.yaml:\d+:\d+ Invalid YAML: /),
    ]);
    // The good file (and the readable part of dup.json) are still linted.
    expect(findings.some((f) => f.ruleId === 'missing-timeout' && f.location.file === 'good.json')).toBe(true);
  });

  it('handles a BOM and CRLF line endings with correct positions', () => {
    const dir = corpus({
      'bom.json': '\ufeff{\r\n  "jobDefinitionName": "bom",\r\n  "type": "container",\r\n  "retryStratgy": {}\r\n}\r\n',
      'crlf.yaml': 'jobDefinitionName: crlf\r\ntype: container\r\nretryStratgy: {}\r\n',
    });
    const { findings } = lintJson(dir);
    const typos = findings.filter((f) => f.ruleId === 'schema-unknown-property').map((f) => `${f.location.file}:${f.location.line}:${f.location.column}`).sort();
    expect(typos).toEqual(['bom.json:4:3', 'crlf.yaml:3:1']);
  });

  it('skips empty files and non-Batch files found in a directory, but reports them when named', () => {
    const dir = corpus({ 'empty.json': '', 'empty.yaml': '', 'package.json': '{"name":"x"}', 'good.json': GOOD });
    const searched = lintJson(dir);
    expect(searched.findings.filter((f) => f.location.file !== 'good.json')).toEqual([]);
    const named = lintJson(dir, ['empty.yaml', 'package.json', 'empty.json']);
    expect(named.code).toBe(1);
    expect(named.findings.map((f) => `${f.ruleId} ${f.location.file}`).sort()).toEqual(['unrecognized-file empty.json', 'unrecognized-file empty.yaml', 'unrecognized-file package.json']);
  });

  it('refuses hostile nesting and alias bombs within bounded time, and lints the rest', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join('\n');
    const dir = corpus({ 'deep.json': deep, 'deep.yaml': '- '.repeat(5000) + 'x\n', 'bomb.yaml': bomb, 'good.json': GOOD });
    const { code, findings, stderr } = lintJson(dir);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const errors = parseErrors(findings);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^bomb\.yaml:\d+:\d+ Invalid YAML: aliases expand beyond the limit/);
    expect(errors[1]).toMatch(/^deep\.json:1:1 JSON nesting is 100000 levels deep, more than the limit of 256/);
    expect(errors[2]).toMatch(/^deep\.yaml:\d+:\d+ .*(nest|deep)/i);
    expect(findings.some((f) => f.location.file === 'good.json')).toBe(true);
  });

  it('reports a file over the size limit and keeps going', () => {
    const dir = corpus({ 'big.json': `{"jobDefinitionName":"big","type":"container","parameters":{"x":"${'a'.repeat(2048)}"}}`, 'good.json': GOOD });
    const r = runCli(['lint', '-f', 'json', '.'], { cwd: dir, env: { BATCHLINT_MAX_FILE_BYTES: '1024' } });
    const findings = JSON.parse(r.stdout).findings as JsonFinding[];
    expect(parseErrors(findings)).toEqual([expect.stringMatching(/^big\.json:1:1 File is \d+ bytes, more than the limit of 1024/)]);
    expect(findings.some((f) => f.location.file === 'good.json')).toBe(true);
  });

  it('searches a symlinked directory once and survives symlink loops', () => {
    const dir = corpus({});
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    writeFileSync(join(dir, 'a/jd.json'), GOOD);
    symlinkSync('../../a', join(dir, 'a/b/loop'));
    symlinkSync('a', join(dir, 'alias'));
    symlinkSync('nowhere', join(dir, 'dangling.json'));
    const { findings } = lintJson(dir);
    const files = new Set(findings.map((f) => f.location.file));
    expect([...files]).toEqual(['a/jd.json']);
  });

  it('does not hang on a FIFO or a socket named explicitly', () => {
    const dir = corpus({ 'good.json': GOOD });
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    const r = runCli(['lint', '-f', 'json', 'pipe.json', 'good.json'], { cwd: dir });
    const findings = JSON.parse(r.stdout).findings as JsonFinding[];
    expect(parseErrors(findings)).toEqual(['pipe.json:1:1 Not a regular file (a FIFO, socket or device); it was not read']);
    expect(findings.some((f) => f.location.file === 'good.json')).toBe(true);
  });

  it('reports an unreadable file (when permissions are enforced) and lints the rest', () => {
    const dir = corpus({ 'secret.json': GOOD, 'good.json': GOOD });
    chmodSync(join(dir, 'secret.json'), 0o000);
    const { findings } = lintJson(dir);
    // root reads through mode 000; other users get a parse-error finding for the file.
    const isRoot = process.getuid?.() === 0;
    expect(parseErrors(findings)).toEqual(isRoot ? [] : ['secret.json:1:1 Cannot read the file: permission denied']);
    expect(findings.some((f) => f.location.file === 'good.json')).toBe(true);
  });

  it('treats __proto__ and constructor keys as unknown properties, never merging them into objects', () => {
    const dir = corpus({
      'proto.json': '{"jobDefinitionName":"p","type":"container","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"containerProperties":{"image":"busybox:1.36","__proto__":{"privileged":true}}}',
      'proto.yaml': 'jobDefinitionName: q\ntype: container\n__proto__:\n  polluted: true\ncontainerProperties:\n  image: busybox:1.36\n  __proto__: { privileged: true }\n',
    });
    const { findings } = lintJson(dir);
    const unknown = findings.filter((f) => f.ruleId === 'schema-unknown-property').map((f) => `${f.location.file} ${f.message.slice(0, 40)}`).sort();
    expect(unknown).toEqual([
      'proto.json Unknown property "__proto__" in containe',
      'proto.json Unknown property "__proto__": the AWS Ba',
      'proto.json Unknown property "constructor": the AWS ',
      'proto.yaml Unknown property "__proto__" in containe',
      'proto.yaml Unknown property "__proto__": the AWS Ba',
    ]);
    // A __proto__ key never makes the container privileged.
    expect(findings.filter((f) => f.ruleId === 'privileged-container')).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('handles numbers like 1e400 and -0 as values of the wrong kind, not as crashes', () => {
    const dir = corpus({
      'numbers.json': '{"jobDefinitionName":"n","type":"container","timeout":{"attemptDurationSeconds":1e400},"retryStrategy":{"attempts":-0},"schedulingPriority":-1e-400}',
    });
    const { findings, stderr } = lintJson(dir);
    expect(stderr).toBe('');
    const schema = findings.filter((f) => f.ruleId.startsWith('schema-')).map((f) => `${f.ruleId} ${f.message}`).sort();
    expect(schema).toEqual([
      'schema-range "retryStrategy.attempts" must be at least 1.',
      'schema-type "timeout.attemptDurationSeconds" must be integer, not a number.',
    ]);
  });

  it('reports a 50 MB file as over the size limit without reading it', () => {
    const dir = corpus({ 'good.json': GOOD });
    writeFileSync(join(dir, 'huge.json'), Buffer.alloc(50 * 1024 * 1024, 0x20));
    // The default limit reads large plans and describe outputs; this checks the refusal path.
    const r = runCli(['lint', '-f', 'json', '.'], { cwd: dir, env: { BATCHLINT_MAX_FILE_BYTES: String(10 * 1024 * 1024) } });
    const findings = JSON.parse(r.stdout).findings as JsonFinding[];
    expect(parseErrors(findings)).toEqual([expect.stringMatching(/^huge\.json:1:1 File is 52428800 bytes, more than the limit of 10485760/)]);
    expect(findings.some((f) => f.location.file === 'good.json')).toBe(true);
  });

  it('does not hang on a socket named explicitly', async () => {
    const dir = corpus({ 'good.json': GOOD });
    const { createServer } = await import('node:net');
    const server = createServer();
    const socketPath = join(dir, 'sock.yaml');
    await new Promise<void>((done) => server.listen(socketPath, done));
    try {
      const { findings } = lintJson(dir, ['sock.yaml', 'good.json']);
      expect(parseErrors(findings)).toEqual(['sock.yaml:1:1 Not a regular file (a FIFO, socket or device); it was not read']);
    } finally {
      server.close();
    }
  });

  it('skips unparseable files with no sign of AWS Batch when searching (tsconfig with comments, Helm, JSON Lines), reports them when named', () => {
    const dir = corpus({
      'tsconfig.json': '{\n  // tsc --init writes comments\n  "compilerOptions": {}\n}\n',
      'chart.yaml': 'replicas: {{ .Values.replicas }}\nimage: {{ .Values.image }\n',
      'events.json': '{"a":1}\n{"b":2}\n',
      'broken-batch.json': '{ "jobDefinitionName": "x", "type": container }',
      'good.json': GOOD,
    });
    const searched = lintJson(dir);
    expect(parseErrors(searched.findings)).toEqual(['broken-batch.json:1:37 Invalid JSON: unexpected character']);
    const verbose = runCli(['lint', '--verbose', '.'], { cwd: dir });
    expect(verbose.stderr).toContain('skipped tsconfig.json');
    expect(lintJson(dir, ['--skip-unrecognized', 'tsconfig.json', 'good.json']).findings.filter((f) => f.location.file !== 'good.json')).toEqual([]);
    expect(parseErrors(lintJson(dir, ['tsconfig.json']).findings)).toEqual(['tsconfig.json:2:3 Invalid JSON: comments are not allowed in JSON']);
  });
});
