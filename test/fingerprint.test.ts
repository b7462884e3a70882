// Fingerprints hash what a finding is about with SHA-256 (in JavaScript, not node:crypto, for start-up
// time): the digest must be node:crypto's for every identity, or existing baselines stop matching.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprintFindings } from '../dist/src/engine/fingerprint.js';

type Finding = Parameters<typeof fingerprintFindings>[0][number];

function finding(ruleId: string, file: string, name: string, path: (string | number)[]): Finding {
  return {
    ruleId,
    severity: 'error',
    category: 'security',
    message: 'm',
    messageId: 'x',
    resource: { kind: 'jobDefinition', name },
    location: { file, line: 1, column: 1, endLine: 1, endColumn: 2, arn: null, address: null },
    path,
  } as unknown as Finding;
}

const nodeDigest = (identity: unknown): string => createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 32);

describe('fingerprints', () => {
  it('are node:crypto SHA-256 digests of the identity, for any text (astral, control, lone surrogates)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string(), fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.nat())), (ruleId, file, name, path) => {
        const [f] = fingerprintFindings([finding(ruleId, file, name, path)], { relativeFile: (x) => x });
        const identity = [ruleId, file, ['jobDefinition', name.replace(/:\d+$/, '')], path.map(String), null];
        expect(f!.fingerprint).toBe(`${nodeDigest(identity)}:1`);
      }),
      { numRuns: 300 },
    );
  });

  it('number findings with the same identity in order', () => {
    const findings = fingerprintFindings([finding('r', 'a.json', 'j:1', ['x']), finding('r', 'a.json', 'j:2', ['x'])], { relativeFile: (x) => x });
    const base = nodeDigest(['r', 'a.json', ['jobDefinition', 'j'], ['x'], null]);
    expect(findings.map((f) => f.fingerprint)).toEqual([`${base}:1`, `${base}:2`]);
  });
});
