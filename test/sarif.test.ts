// SARIF 2.1.0: valid against the official schema (committed copy in schemas/), shaped the way GitHub
// code scanning reads it (rule help, security-severity, relative URIs, stable fingerprints).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { RULES } from '../dist/rules/index.js';
import { buildSarif, SARIF_MAX_RESULTS, SECURITY_SEVERITY } from '../dist/src/reporters/sarif-reporter.js';
import { ROOT, runCli } from './helpers/cli.js';

// The official schema is draft-04 (`id`, `$schema` draft-04), which ajv 8 does not load; its
// keywords mean the same in ajv's default draft, so the test drops those two and compiles the rest.
const { $schema: _draft, id: _id, ...sarifSchema } = JSON.parse(readFileSync(join(ROOT, 'schemas/sarif-2.1.0.json'), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ strict: false, allErrors: true });
(addFormatsModule as unknown as { default: (a: Ajv) => void }).default(ajv);
const validateSarif = ajv.compile(sarifSchema);

interface SarifLog {
  runs: {
    tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string; markdown: string }; helpUri: string; defaultConfiguration: { level: string }; properties: Record<string, unknown> }[] } };
    invocations: { executionSuccessful: boolean }[];
    results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation?: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } }; logicalLocations?: { name: string; fullyQualifiedName: string }[] }[]; partialFingerprints: { primaryLocationLineHash: string }; suppressions?: unknown[] }[];
  }[];
}

// Through a file: the fixtures' SARIF is larger than spawnSync's stdout buffer.
function sarifOf(args: string[], cwd = ROOT): SarifLog {
  const out = join(mkdtempSync(join(tmpdir(), 'batchlint-sarif-out-')), 'report.sarif');
  const r = runCli(['lint', '-f', 'sarif', '--fail-on', 'none', '-o', out, ...args], { cwd });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8')) as SarifLog;
}

describe('SARIF output', () => {
  const full = sarifOf(['fixtures']);
  const run = full.runs[0]!;

  it('of the full fixtures set validates against the SARIF 2.1.0 schema', () => {
    expect(run.results.length).toBeGreaterThan(20);
    const valid = validateSarif(full);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check is not vacuous', () => {
    const broken = JSON.parse(JSON.stringify(full)) as SarifLog;
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validateSarif(broken)).toBe(false);
    expect(readFileSync(join(ROOT, 'schemas/sarif-2.1.0.json'), 'utf8')).toContain('"id": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"');
  });

  it('lists every rule with the help GitHub shows, within GitHub\'s limits', () => {
    const rules = run.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const rule of rules) {
      const meta = RULES.find((r) => r.id === rule.id)!;
      expect(rule.shortDescription.text.length).toBeLessThanOrEqual(1024);
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024);
      expect(rule.help.text).toContain(meta.docs.fix);
      expect(rule.help.markdown).toContain(meta.docs.rationale);
      expect(rule.helpUri).toBe(meta.helpUri);
      expect(rule.defaultConfiguration.level).toBe(meta.severity);
      const tags = rule.properties.tags as string[];
      expect(tags).toContain(meta.category);
      expect(tags.length).toBeLessThanOrEqual(10);
      if (meta.category === 'security') {
        expect(tags).toContain('security');
        const score = Number(rule.properties['security-severity']);
        expect(rule.properties['security-severity']).toBe(SECURITY_SEVERITY[meta.severity]);
        expect(score > 0 && score <= 10).toBe(true);
      } else expect(rule.properties['security-severity']).toBeUndefined();
    }
    expect(run.invocations[0]!.executionSuccessful).toBe(true);
  });

  it('gives each result its rule index, a repository-relative URI, a 1-based region and a fingerprint', () => {
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
      const physical = result.locations[0]!.physicalLocation!;
      expect(physical.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(physical.artifactLocation.uri).toMatch(/^fixtures\//);
      expect(physical.region.startLine).toBeGreaterThanOrEqual(1);
      expect(physical.region.startColumn).toBeGreaterThanOrEqual(1);
      expect(result.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{32}:\d+$/);
    }
    const hashes = run.results.map((r) => r.partialFingerprints.primaryLocationLineHash);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('URIs stay relative to the repository root when run from a subdirectory', () => {
    const repo = mkdtempSync(join(tmpdir(), 'batchlint-sarif-'));
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, 'infra/batch'), { recursive: true });
    writeFileSync(join(repo, 'infra/batch/job.json'), JSON.stringify({ jobDefinitionName: 'x', type: 'container', containerProperties: { image: 'x', privileged: true } }));
    const fromSub = sarifOf(['batch'], join(repo, 'infra'));
    const fromRoot = sarifOf(['infra'], repo);
    const uris = (log: SarifLog): string[] => log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation!.artifactLocation.uri);
    expect(new Set(uris(fromSub))).toEqual(new Set(['infra/batch/job.json']));
    const fp = (log: SarifLog): string[] => log.runs[0]!.results.map((r) => r.partialFingerprints.primaryLocationLineHash).sort();
    expect(fp(fromSub)).toEqual(fp(fromRoot));
  });

  it('keeps suppressed findings, with suppressions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'batchlint-sarif-'));
    writeFileSync(join(dir, 'job.yaml'), 'jobDefinitionName: x\ntype: container\ncontainerProperties:\n  image: x\n  # batchlint-disable-next-line privileged-container -- device access\n  privileged: true\n');
    const results = sarifOf(['--rule', 'privileged-container'], dir).runs[0]!.results;
    expect(results).toHaveLength(1);
    expect(results[0]!.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'device access' }]);
  });

  it('names ARNs in logicalLocations', () => {
    const dir = mkdtempSync(join(tmpdir(), 'batchlint-sarif-'));
    const arn = 'arn:aws:batch:us-east-1:123456789012:job-definition/etl:3';
    writeFileSync(join(dir, 'describe.json'), JSON.stringify({ jobDefinitions: [{ jobDefinitionName: 'etl', jobDefinitionArn: arn, revision: 3, status: 'ACTIVE', type: 'container', containerProperties: { image: 'x', privileged: true } }] }));
    const result = sarifOf(['--rule', 'privileged-container'], dir).runs[0]!.results[0]!;
    expect(result.locations[0]!.logicalLocations).toEqual([{ name: 'etl:3', fullyQualifiedName: arn, kind: 'resource' }]);
  });

  it('keeps the most severe results when over GitHub\'s per-run limit', () => {
    const finding = (severity: 'error' | 'note', i: number) => ({
      ruleId: 'missing-timeout', severity, category: 'timeout' as const, message: 'm', resource: null, path: [], fingerprint: `${i}`,
      location: { file: 'a.json', line: 1, column: 1, endLine: 1, endColumn: 2, arn: null, address: null },
    });
    const findings = [...Array.from({ length: SARIF_MAX_RESULTS }, (_, i) => finding('note', i)), finding('error', -1)];
    const log = buildSarif({ version: '0', findings, summary: { files: 1, resources: 0, errors: 1, warnings: 0, notes: SARIF_MAX_RESULTS }, rules: RULES }, { cwd: ROOT, sourceRoot: ROOT, informationUri: 'https://example.com' });
    const out = log.runs[0]!;
    expect(out.results).toHaveLength(SARIF_MAX_RESULTS);
    expect(out.results![0]!.level).toBe('error');
    expect(out.invocations![0]!.toolExecutionNotifications![0]!.message.text).toContain(`only the ${SARIF_MAX_RESULTS} most severe`);
  });
});
