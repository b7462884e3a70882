// A set of configurations collected from public repositories (fixtures/real-world*/): linted together
// as `batchlint lint <dir>` would, every finding reviewed (REVIEW.md) and pinned in expected-findings.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../../dist/src/lint-files.js';
import { ROOT } from './cli.js';

export interface RealWorldExpected {
  parseErrors: string[];
  findings: string[];
}

/** Declares the shared tests of a set; `counts` adds the set's own checks on which files it holds. */
export function describeRealWorldSet(dir: string, title: string, counts: (configFiles: string[], expected: RealWorldExpected) => void): void {
  const expected = JSON.parse(readFileSync(join(ROOT, dir, 'expected-findings.json'), 'utf8')) as RealWorldExpected;
  const configFiles = readdirSync(join(ROOT, dir)).filter((f) => /\.(json|ya?ml|tf)$/.test(f) && f !== 'expected-findings.json').sort();

  describe(title, async () => {
    const result = await lintPaths([dir], { cwd: ROOT });
    const relative = (file: string): string => file.slice(dir.length + 1);

    it('reads every collected file as a Batch configuration, without crashing', () => {
      counts(configFiles, expected);
      expect(result.files).toBe(configFiles.length + 1);
      expect(result.skipped).toEqual([`${dir}/expected-findings.json`]);
      expect(result.resources).toBeGreaterThanOrEqual(configFiles.length);
      expect(result.findings.filter((f) => f.category === 'internal').map((f) => `${f.location.file}: ${f.message}`)).toEqual([]);
    });

    it('reports parse errors only on files known to be broken', () => {
      const broken = result.findings.filter((f) => f.ruleId === 'parse-error').map((f) => relative(f.location.file!));
      expect([...new Set(broken)].sort()).toEqual([...expected.parseErrors].sort());
    });

    it('reports exactly the reviewed findings', () => {
      const found = result.findings.map((f) => `${f.ruleId} ${relative(f.location.file!)}:${f.location.line}`).sort();
      expect(found).toEqual([...expected.findings].sort());
    });

    it('lists the origin of every file in SOURCES.md', () => {
      const sources = readFileSync(join(ROOT, dir, 'SOURCES.md'), 'utf8');
      expect(configFiles.filter((f) => !sources.includes(`\`${f}\``))).toEqual([]);
    });
  });
}
