// Baselines: --write-baseline records the findings by fingerprint, --baseline reports only new
// ones; moving lines or reordering resources does not bring old findings back.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { applyBaseline, createBaseline, parseBaseline } from '../dist/src/engine/baseline.js';
import { runCli } from './helpers/cli.js';

const job = (name: string, privileged: boolean): Record<string, unknown> => ({
  jobDefinitionName: name,
  type: 'container',
  containerProperties: { image: 'busybox', privileged, resourceRequirements: [{ type: 'VCPU', value: '1' }, { type: 'MEMORY', value: '2048' }] },
});

function dirWith(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'batchlint-baseline-'));
  writeFileSync(join(dir, name), text);
  return dir;
}

describe('baseline', () => {
  it('hides recorded findings, reports new ones, and the exit code ignores the old ones', () => {
    const dir = dirWith('jobs.json', JSON.stringify({ jobDefinitions: [job('a', true)] }, null, 2));
    const write = runCli(['lint', '--write-baseline', '.batchlint-baseline.json', '--fail-on', 'warning'], { cwd: dir });
    expect(write.code).toBe(0);
    expect(write.stderr).toMatch(/recorded \d+ findings in \.batchlint-baseline\.json/);
    const baseline = JSON.parse(readFileSync(join(dir, '.batchlint-baseline.json'), 'utf8'));
    expect(baseline.tool).toBe('batchlint');
    expect(baseline.findings.map((e: { ruleId: string }) => e.ruleId)).toContain('privileged-container');

    const clean = runCli(['lint', '--baseline', '.batchlint-baseline.json', '--fail-on', 'warning', '-f', 'json'], { cwd: dir });
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout).findings).toEqual([]);

    // Move every line down, reformat, reorder the bundle and add a second privileged job.
    writeFileSync(join(dir, 'jobs.json'), `\n\n${JSON.stringify({ jobDefinitions: [job('b', true), job('a', true)] }, null, 4)}`);
    const next = runCli(['lint', '--baseline', '.batchlint-baseline.json', '--fail-on', 'warning', '-f', 'json'], { cwd: dir });
    expect(next.code).toBe(1);
    const findings = JSON.parse(next.stdout).findings as { ruleId: string; resource: { name: string } }[];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.resource.name === 'b')).toBe(true);
    expect(findings.map((f) => f.ruleId)).toContain('privileged-container');
  });

  it('fingerprints ignore lines and resource order but not the resource or the path', async () => {
    const a = dirWith('j.json', JSON.stringify({ jobDefinitions: [job('x', true), job('y', true)] }));
    const b = dirWith('j.json', `\n\n${JSON.stringify({ jobDefinitions: [job('y', true), job('x', true)] }, null, 2)}`);
    const fa = (await lintPaths(['j.json'], { cwd: a })).findings.map((f) => f.fingerprint).sort();
    const fb = (await lintPaths(['j.json'], { cwd: b })).findings.map((f) => f.fingerprint).sort();
    expect(fa).toEqual(fb);
    expect(new Set(fa).size).toBe(fa.length);
    const renamed = dirWith('j.json', JSON.stringify({ jobDefinitions: [job('z', true), job('y', true)] }));
    const fr = (await lintPaths(['j.json'], { cwd: renamed })).findings.map((f) => f.fingerprint);
    expect(fr.filter((f) => fa.includes(f)).length).toBeLessThan(fr.length);
  });

  it('a re-registered job definition (new revision) keeps its fingerprints', async () => {
    const r1 = dirWith('d.json', JSON.stringify({ jobDefinitions: [{ ...job('etl', true), revision: 4 }] }));
    const r2 = dirWith('d.json', JSON.stringify({ jobDefinitions: [{ ...job('etl', true), revision: 5 }] }));
    const f1 = (await lintPaths(['d.json'], { cwd: r1 })).findings.map((f) => f.fingerprint).sort();
    const f2 = (await lintPaths(['d.json'], { cwd: r2 })).findings.map((f) => f.fingerprint).sort();
    expect(f1).toEqual(f2);
  });

  it('is written sorted, so re-recording an unchanged project changes nothing', async () => {
    const dir = dirWith('j.json', JSON.stringify({ jobDefinitions: [job('x', true), job('y', true)] }));
    const { findings } = await lintPaths(['j.json'], { cwd: dir });
    const once = createBaseline(findings);
    expect(createBaseline([...findings].reverse())).toEqual(once);
    expect(applyBaseline(findings, once)).toEqual({ findings: [], baselined: findings.length, stale: 0 });
    expect(applyBaseline(findings.slice(1), once).stale).toBe(1);
  });

  it('rejects files that are not baselines (exit 2)', () => {
    const dir = dirWith('j.json', JSON.stringify(job('x', true)));
    writeFileSync(join(dir, 'bad.json'), '{"findings": 3}');
    const bad = runCli(['lint', '--baseline', 'bad.json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('not a batchlint baseline');
    const missing = runCli(['lint', '--baseline', 'none.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read baseline "none.json"');
    expect(() => parseBaseline('{"tool":"batchlint","version":9,"findings":[]}')).toThrow(/version 9/);
  });
});
