// Precision on configurations nobody on this project wrote: 30 AWS Batch files collected from public
// repositories (fixtures/real-world/SOURCES.md), linted together as `batchlint lint fixtures/real-world`
// would. Every finding was reviewed (fixtures/real-world/REVIEW.md); the accepted ones are listed in
// expected-findings.json and must come back exactly, so a new false alarm or a lost true positive fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { ROOT } from './helpers/cli.js';

const DIR = 'fixtures/real-world';
const expected = JSON.parse(readFileSync(join(ROOT, DIR, 'expected-findings.json'), 'utf8')) as { parseErrors: string[]; findings: string[] };
const configFiles = readdirSync(join(ROOT, DIR)).filter((f) => /\.(json|ya?ml|tf)$/.test(f) && f !== 'expected-findings.json').sort();

describe('real-world AWS Batch configurations (fixtures/real-world)', async () => {
  const result = await lintPaths([DIR], { cwd: ROOT });
  const relative = (file: string): string => file.slice(DIR.length + 1);

  it('reads every collected file as a Batch configuration, without crashing', () => {
    expect(configFiles.length).toBeGreaterThanOrEqual(25);
    expect(result.files).toBe(configFiles.length + 1);
    expect(result.skipped).toEqual([`${DIR}/expected-findings.json`]);
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
    const sources = readFileSync(join(ROOT, DIR, 'SOURCES.md'), 'utf8');
    expect(configFiles.filter((f) => !sources.includes(`\`${f}\``))).toEqual([]);
  });
});
