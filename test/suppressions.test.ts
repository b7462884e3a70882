// Suppressions: the batchlint:ignore tag, YAML comments, config entries, loader-declared ones; all
// applied after the rules ran, kept as suppressed findings, and reported when they silence nothing.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { RULES } from '../dist/rules/index.js';
import { applySuppressions, parseIgnoreTag } from '../dist/src/engine/suppressions.js';
import { parseDirective } from '../dist/src/source/suppression-comments.js';
import { runCli } from './helpers/cli.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'batchlint-suppress-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const JOB = (extra: string): string => `jobDefinitionName: etl
type: container
retryStrategy:
  attempts: 2
containerProperties:
  image: busybox
  privileged: true
${extra}`;

const ids = (findings: { ruleId: string }[]): string[] => findings.map((f) => f.ruleId).sort();

describe('the batchlint:ignore tag', () => {
  it.each(['missing-timeout,privileged-container', 'missing-timeout privileged-container', 'missing-timeout+privileged-container'])('suppresses the rules it names (%s)', async (value) => {
    const dir = project({ 'etl.yaml': JOB(`tags:\n  batchlint:ignore: "${value}"\n`) });
    const result = await lintPaths(['etl.yaml'], { cwd: dir, settings: { only: new Set(['missing-timeout', 'privileged-container', 'unused-suppression']) } });
    expect(ids(result.findings)).toEqual([]);
    expect(ids(result.suppressed)).toEqual(['missing-timeout', 'privileged-container']);
    expect(result.suppressed[0]!.suppressions).toEqual([{ origin: 'tag', kind: 'inSource', justification: 'tag batchlint:ignore' }]);
  });

  it('applies to its own resource only, in a bundle', async () => {
    const dir = project({
      'bundle.json': JSON.stringify({ jobDefinitions: [
        { jobDefinitionName: 'a', type: 'container', containerProperties: { image: 'x' }, tags: { 'batchlint:ignore': 'missing-timeout' } },
        { jobDefinitionName: 'b', type: 'container', containerProperties: { image: 'x' } },
      ] }),
    });
    const result = await lintPaths(['bundle.json'], { cwd: dir, settings: { only: new Set(['missing-timeout']) } });
    expect(result.findings.map((f) => f.resource?.name)).toEqual(['b']);
    expect(result.suppressed.map((f) => f.resource?.name)).toEqual(['a']);
  });

  it('splits tag values on commas, spaces, + and /', () => {
    expect(parseIgnoreTag(' a, b c+d/e ')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('YAML comments', () => {
  it('disable-next-line silences the next line only, with its reason as justification', async () => {
    const dir = project({ 'etl.yaml': `jobDefinitions:
  - jobDefinitionName: a
    type: container
    containerProperties:
      image: busybox
      # batchlint-disable-next-line privileged-container -- needs /dev/fuse
      privileged: true
  - jobDefinitionName: b
    type: container
    containerProperties:
      image: busybox
      privileged: true
` });
    const result = await lintPaths(['etl.yaml'], { cwd: dir, settings: { only: new Set(['privileged-container', 'unused-suppression']) } });
    expect(result.findings.map((f) => `${f.ruleId}@${f.location.line}`)).toEqual(['privileged-container@12']);
    expect(result.suppressed.map((f) => f.location.line)).toEqual([7]);
    expect(result.suppressed[0]!.suppressions).toEqual([{ origin: 'comment', kind: 'inSource', justification: 'needs /dev/fuse' }]);
  });

  it('disable holds until an enable naming the rule', async () => {
    const dir = project({ 'etl.yaml': `jobDefinitions:
  # batchlint-disable privileged-container, missing-timeout
  - { jobDefinitionName: a, type: container, containerProperties: { image: x, privileged: true } }
  # batchlint-enable privileged-container
  - { jobDefinitionName: b, type: container, containerProperties: { image: x, privileged: true } }
` });
    const result = await lintPaths(['etl.yaml'], { cwd: dir, settings: { only: new Set(['privileged-container', 'missing-timeout']) } });
    expect(result.findings.map((f) => `${f.ruleId}:${f.resource?.name}`)).toEqual(['privileged-container:b']);
    expect(result.suppressed.map((f) => `${f.ruleId}:${f.resource?.name}`).sort()).toEqual(['missing-timeout:a', 'missing-timeout:b', 'privileged-container:a']);
  });

  it('is not fooled by a # inside a string', async () => {
    const dir = project({ 'etl.yaml': `jobDefinitionName: etl
type: container
containerProperties:
  image: busybox
  command: ["echo", "# batchlint-disable-next-line privileged-container"]
  privileged: true
` });
    const result = await lintPaths(['etl.yaml'], { cwd: dir, settings: { only: new Set(['privileged-container']) } });
    expect(ids(result.findings)).toEqual(['privileged-container']);
  });

  it('parses directives', () => {
    expect(parseDirective('# batchlint-disable-next-line a, b -- why not')).toEqual({ kind: 'disable-next-line', ruleIds: ['a', 'b'], reason: 'why not' });
    expect(parseDirective('#batchlint-enable a')).toEqual({ kind: 'enable', ruleIds: ['a'] });
    expect(parseDirective('# batchlint-disabled a')).toBeUndefined();
    expect(parseDirective('# a comment')).toBeUndefined();
  });
});

describe('config per-resource ignores', () => {
  it('silence a rule on the named resource (name, name without revision, or wildcard), as external suppressions', () => {
    const dir = project({
      '.batchlint.yaml': 'suppressions:\n  - { rule: privileged-container, resource: "gpu-*", reason: needs the GPU devices }\n  - { rule: missing-timeout, resource: etl, reason: streams forever }\n',
      'jobs.json': JSON.stringify({ jobDefinitions: [
        { jobDefinitionName: 'gpu-render', revision: 3, type: 'container', containerProperties: { image: 'x', privileged: true } },
        { jobDefinitionName: 'etl', revision: 7, type: 'container', containerProperties: { image: 'x', privileged: true } },
      ] }),
    });
    const r = runCli(['lint', '-f', 'sarif', '--rule', 'privileged-container,missing-timeout,unused-suppression', '--fail-on', 'none'], { cwd: dir });
    expect(r.code).toBe(0);
    const results = JSON.parse(r.stdout).runs[0].results as { ruleId: string; message: { text: string }; suppressions?: { kind: string; justification: string }[]; locations: { logicalLocations: { name: string }[] }[] }[];
    const shown = results.map((x) => `${x.ruleId}:${x.locations[0]!.logicalLocations[0]!.name}:${x.suppressions ? x.suppressions[0]!.justification : 'open'}`).sort();
    expect(shown).toEqual([
      'missing-timeout:etl:7:streams forever',
      'missing-timeout:gpu-render:3:open',
      'privileged-container:etl:7:open',
      'privileged-container:gpu-render:3:needs the GPU devices',
    ]);
    expect(results.filter((x) => x.suppressions).every((x) => x.suppressions![0]!.kind === 'external')).toBe(true);
  });

  it('a config entry that matches nothing is reported at its line', () => {
    const dir = project({
      '.batchlint.yaml': 'suppressions:\n  - rule: privileged-container\n    resource: no-such-job\n    reason: old\n',
      'etl.yaml': JOB(''),
    });
    const r = runCli(['lint', '--fail-on', 'none'], { cwd: dir });
    expect(r.stdout).toContain('.batchlint.yaml');
    expect(r.stdout).toMatch(/2:5\s+note\s+This config entry suppresses "privileged-container", which reports nothing here; remove it\.\s+unused-suppression/);
  });
});

describe('unused suppressions', () => {
  it('are not reported for rules that did not run (--rule, off in config)', async () => {
    const dir = project({ 'etl.yaml': JOB('tags:\n  batchlint:ignore: missing-timeout\n') });
    const onlyPrivileged = await lintPaths(['etl.yaml'], { cwd: dir, settings: { only: new Set(['privileged-container', 'unused-suppression']) } });
    expect(ids(onlyPrivileged.findings)).toEqual(['privileged-container']);
    const timeoutOff = await lintPaths(['etl.yaml'], { cwd: dir, settings: { disabled: new Set(['missing-timeout']) } });
    expect(ids(timeoutOff.findings)).not.toContain('unused-suppression');
  });

  it('turn off with the rule, and take its configured severity', async () => {
    const dir = project({ 'etl.yaml': '# batchlint-disable-next-line no-such-rule\n' + JOB('') });
    const off = await lintPaths(['etl.yaml'], { cwd: dir, settings: { disabled: new Set(['unused-suppression']) } });
    expect(ids(off.findings)).not.toContain('unused-suppression');
    const asError = await lintPaths(['etl.yaml'], { cwd: dir, settings: { severity: new Map([['unused-suppression', 'error' as const]]) } });
    expect(asError.findings.find((f) => f.ruleId === 'unused-suppression')?.severity).toBe('error');
  });

  it('covers suppressions loaders declare (template metadata), reported at their declared path', async () => {
    const dir = project({ 'etl.yaml': JOB('') });
    const result = await lintPaths(['etl.yaml'], { cwd: dir, settings: { only: new Set(['privileged-container']) } });
    const resource = result.model.resources[0]!;
    resource.suppressions = [
      { ruleId: 'privileged-container', reason: 'approved in SEC-12', path: ['containerProperties', 'privileged'], origin: 'template-metadata' },
      { ruleId: 'missing-timeout', path: ['jobDefinitionName'], origin: 'template-metadata' },
    ];
    const outcome = applySuppressions(result.findings, {
      resources: [resource],
      directives: new Map(),
      rules: RULES,
      isActive: () => true,
      unusedSeverity: 'note',
    });
    expect(outcome.suppressed.map((f) => f.suppressions[0])).toEqual([{ origin: 'template-metadata', kind: 'inSource', justification: 'approved in SEC-12' }]);
    expect(outcome.findings.map((f) => `${f.ruleId}@${f.location.line}: ${f.message}`)).toEqual([
      'unused-suppression@1: This template metadata suppresses "missing-timeout", which reports nothing here; remove it.',
    ]);
  });

  it('text and JSON reports leave suppressed findings out', () => {
    const dir = project({ 'etl.yaml': JOB('tags:\n  batchlint:ignore: privileged-container,missing-timeout\n') });
    const r = runCli(['lint', '-f', 'json', '--rule', 'privileged-container,missing-timeout'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
  });
});
