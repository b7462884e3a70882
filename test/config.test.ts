// The config file: discovery, validation with clear errors, and what each key does.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { CATALOG, RULES } from '../dist/rules/index.js';
import { buildConfigSchema } from '../dist/src/config/config-schema.js';
import { globToRegExp, matchesAnyGlob } from '../dist/src/config/glob-match.js';
import { ConfigError, resolveConfig } from '../dist/src/config/load-config.js';
import { configPairings, mergeRuleSettings } from '../dist/src/config/config-settings.js';
import { ROOT, runCli } from './helpers/cli.js';

const PRIVILEGED = JSON.stringify({
  jobDefinitionName: 'etl',
  type: 'container',
  timeout: { attemptDurationSeconds: 600 },
  retryStrategy: { attempts: 2 },
  containerProperties: { image: 'busybox', privileged: true, resourceRequirements: [{ type: 'VCPU', value: '1' }, { type: 'MEMORY', value: '2048' }] },
}, null, 2);

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'batchlint-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function lintJson(cwd: string, args: string[] = []): { code: number; rules: string[]; stderr: string; findings: { ruleId: string; severity: string; location: { file: string } }[] } {
  const r = runCli(['lint', '-f', 'json', '--fail-on', 'none', ...args], { cwd });
  const findings = r.stdout ? (JSON.parse(r.stdout) as { findings: { ruleId: string; severity: string; location: { file: string } }[] }).findings : [];
  return { code: r.code, rules: findings.map((f) => f.ruleId), stderr: r.stderr, findings };
}

describe('config discovery', () => {
  it.each(['.batchlint.yaml', '.batchlint.yml'])('finds %s in a parent of the working directory', (name) => {
    const dir = project({ [name]: 'rules:\n  privileged-container: off\n', 'jobs/etl.json': PRIVILEGED });
    expect(lintJson(join(dir, 'jobs')).rules).not.toContain('privileged-container');
    expect(lintJson(join(dir, 'jobs'), ['--no-config']).rules).toContain('privileged-container');
  });

  it('reads .batchlint.json and the "batchlint" key of package.json', () => {
    const json = project({ '.batchlint.json': '{"rules": {"privileged-container": "warning"}}', 'etl.json': PRIVILEGED });
    expect(lintJson(json).findings.find((f) => f.ruleId === 'privileged-container')?.severity).toBe('warning');
    const pkg = project({ 'package.json': '{"name": "x", "batchlint": {"rules": {"privileged-container": "note"}}}', 'etl.json': PRIVILEGED });
    expect(lintJson(pkg).findings.find((f) => f.ruleId === 'privileged-container')?.severity).toBe('note');
  });

  it('skips a package.json without a "batchlint" key and keeps searching upward', async () => {
    const dir = project({ '.batchlint.yaml': 'rules: { privileged-container: off }\n', 'app/package.json': '{"name": "app"}' });
    const loaded = await resolveConfig(join(dir, 'app'), RULES);
    expect(loaded?.file).toBe(join(dir, '.batchlint.yaml'));
  });

  it('prefers --config over discovery, and a missing --config file is a usage error', () => {
    const dir = project({ '.batchlint.yaml': 'rules: { privileged-container: off }\n', 'strict.yaml': 'rules: { privileged-container: note }\n', 'etl.json': PRIVILEGED });
    expect(lintJson(dir, ['--config', 'strict.yaml']).findings.find((f) => f.ruleId === 'privileged-container')?.severity).toBe('note');
    const missing = runCli(['lint', '--config', 'nope.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read config file "nope.yaml"');
  });
});

describe('config validation', () => {
  it('rejects an unknown rule with file:line:col and a suggestion (exit 2)', () => {
    const dir = project({ '.batchlint.yaml': 'rules:\n  missing-timeout: warning\n  privileged-contaner: off\n', 'etl.json': PRIVILEGED });
    const r = runCli(['lint'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.batchlint.yaml:3:3: unknown rule "privileged-contaner"; did you mean "privileged-container"?');
    // A line per problem, each its own `batchlint:` line (they were one line with an escaped "\n").
    expect(r.stderr.split('\n').filter(Boolean)).toEqual(['batchlint: invalid config file', expect.stringMatching(/^batchlint: \S*\.batchlint\.yaml:3:3: unknown rule /)]);
  });

  it('rejects a bad level, an unknown top-level key and a suppression without reason, each at its line', () => {
    const dir = project({ '.batchlint.yaml': 'rules:\n  missing-timeout: fatal\nignores: [a]\nsuppressions:\n  - rule: missing-timeout\n    resource: etl\n' });
    const r = runCli(['lint'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.batchlint.yaml:2:20: rules.missing-timeout must be off, error, warning or note');
    expect(r.stderr).toContain('.batchlint.yaml:3:1: unknown key "ignores"; did you mean "ignore"?');
    expect(r.stderr).toContain(".batchlint.yaml:5:5: suppressions[0] must have required property 'reason'");
  });

  it('validates rule options against the rule\'s own options schema', async () => {
    const withOptions = RULES.find((r) => r.optionsSchema);
    expect(withOptions).toBeDefined();
    const dir = project({ '.batchlint.yaml': `rules:\n  ${withOptions!.id}: [warning, { notAnOption: 1 }]\n` });
    await expect(resolveConfig(dir, RULES)).rejects.toThrow(ConfigError);
    await expect(resolveConfig(dir, RULES)).rejects.toThrow(/\.batchlint\.yaml:2:\d+: .*unknown key "notAnOption"/);
    const ok = project({ '.batchlint.yaml': `rules:\n  ${withOptions!.id}: [warning, ${JSON.stringify(withOptions!.defaultOptions ?? {})}]\n` });
    expect((await resolveConfig(ok, RULES))?.config.rules).toBeDefined();
  });

  it('reports YAML syntax errors in the config with their position', () => {
    const dir = project({ '.batchlint.yaml': 'rules:\n\tmissing-timeout: off\n' });
    const r = runCli(['lint'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.batchlint\.yaml:2:1: Invalid YAML/);
  });

  it('schemas/config.schema.json is the schema built from the rules (run npm run generate)', () => {
    const committed = JSON.parse(readFileSync(join(ROOT, 'schemas/config.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(buildConfigSchema(CATALOG))));
    const validate = new Ajv({ strict: false }).compile(committed);
    expect(validate({ rules: { 'missing-timeout': 'off', 'privileged-container': ['error'] }, ignore: ['legacy/**'], workloads: [{ jobDefinition: 'etl', jobQueue: 'q', jobsPerDay: 24, arraySize: 100, typicalDurationSeconds: 900 }] })).toBe(true);
    expect(validate({ rules: { 'no-such-rule': 'off' } })).toBe(false);
    expect(validate({ workloads: [{ jobDefinition: 'etl', jobQueue: 'q', arraySize: 1 }] })).toBe(false); // AWS: array size 2-10,000
  });
});

describe('config settings', () => {
  it('turns rules off, sets levels and options; --rule and --disable win over the config', () => {
    const loaded = { file: 'c', directory: '/', document: {} as never, basePath: [], config: { rules: { a: 'off' as const, b: ['note', { x: 1 }] as ['note', Record<string, unknown>], c: 'error' as const } } };
    const merged = mergeRuleSettings(loaded, { only: new Set(['a', 'b']), disabled: new Set(['c']) });
    expect(merged.disabled?.has('a')).toBe(false);
    expect(merged.disabled?.has('c')).toBe(true);
    expect(merged.severity?.get('b')).toBe('note');
    expect(merged.options?.get('b')).toEqual({ x: 1 });
  });

  it('honours ignore and include globs, for directory searches and named files alike', () => {
    const dir = project({
      '.batchlint.yaml': 'ignore: [legacy/, "**/*.draft.json"]\ninclude: ["batch/**", "other.json"]\n',
      'batch/etl.json': PRIVILEGED,
      'batch/etl.draft.json': PRIVILEGED,
      'legacy/batch/old.json': PRIVILEGED,
      'batch/legacy/old.json': PRIVILEGED,
      'elsewhere/etl.json': PRIVILEGED,
    });
    const files = (args: string[]): string[] => [...new Set(lintJson(dir, args).findings.map((f) => f.location.file))].sort();
    expect(files([])).toEqual(['batch/etl.json']);
    expect(files(['elsewhere/etl.json', 'batch/etl.draft.json', 'batch/etl.json'])).toEqual(['batch/etl.json']);
  });

  it('matches globs like .gitignore', () => {
    const m = (path: string, ...patterns: string[]): boolean => matchesAnyGlob(path, patterns.map(globToRegExp));
    expect(m('a/b/c.yaml', '*.yaml')).toBe(true);
    expect(m('a/b/c.yaml', '/c.yaml')).toBe(false);
    expect(m('c.yaml', '/c.yaml')).toBe(true);
    expect(m('a/b/c.yaml', 'a/**')).toBe(true);
    expect(m('a/b/c.yaml', 'b')).toBe(true);
    expect(m('a/bb/c.yaml', 'a/b')).toBe(false);
    expect(m('a/b/c.yml', 'a/**/*.{yaml,yml}')).toBe(true);
    expect(m('a/c.yml', 'a/**/*.{yaml,yml}')).toBe(true);
    expect(m('x/json', 'x?json')).toBe(false);
    expect(m('x.json', 'x?json')).toBe(true);
  });

  it('turns workloads into pairings with origin "config" that point at the config line', async () => {
    const dir = project({ '.batchlint.yaml': '# cost inputs\nworkloads:\n  - jobDefinition: etl\n    jobQueue: etl-queue\n    jobsPerDay: 24\n    arraySize: 100\n    typicalDurationSeconds: 900\n' });
    const loaded = await resolveConfig(dir, RULES);
    const pairings = configPairings(loaded);
    expect(pairings).toHaveLength(1);
    expect(pairings[0]).toMatchObject({ jobDefinition: 'etl', jobQueue: 'etl-queue', arraySize: 100, origin: 'config' });
    expect(pairings[0]!.source!.document.locate(pairings[0]!.source!.path).line).toBe(3);
    expect(loaded?.config.workloads?.[0]).toMatchObject({ jobsPerDay: 24, typicalDurationSeconds: 900 });
  });
});
