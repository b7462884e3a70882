// findingOwners: which resource a finding is about, among namesakes in other files and other
// resources of the same file (the same stack copied per environment repeats every name).
import { describe, expect, it } from 'vitest';
import { findingOwners } from '../dist/src/engine/finding-owner.js';
import type { BatchResource } from '../dist/src/model/resource.js';
import type { Finding } from '../dist/src/engine/finding.js';

function resource(name: string, file: string, path: (string | number)[], extra: { arn?: string; address?: string } = {}): BatchResource {
  return { kind: 'jobQueue', name, data: {}, source: { document: { file, format: 'yaml', locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) }, path }, ...extra } as unknown as BatchResource;
}

function finding(name: string, file: string | null, path: (string | number)[], arn: string | null = null, address: string | null = null): Finding {
  return { ruleId: 'r', severity: 'warning', category: 'wiring', message: 'm', resource: { kind: 'jobQueue', name }, location: { file, line: null, column: null, endLine: null, endColumn: null, arn, address }, path } as Finding;
}

describe('findingOwners', () => {
  const copies = Array.from({ length: 50 }, (_, i) => resource('q', `stack-${i}.yaml`, ['Resources', 'Q', 'Properties']));
  const nested = resource('q', 'stack-7.yaml', ['Resources', 'Q', 'Properties', 'inner']);
  const live = resource('q', '', [], { arn: 'arn:aws:batch:us-east-1:123456789012:job-queue/q' });
  const owner = findingOwners([...copies, nested, live]);

  it('picks the namesake of the finding\'s file whose path holds the finding, the deepest one', () => {
    expect(owner(finding('q', 'stack-3.yaml', ['Resources', 'Q', 'Properties', 'priority']))).toBe(copies[3]);
    expect(owner(finding('q', 'stack-7.yaml', ['Resources', 'Q', 'Properties', 'inner', 'x']))).toBe(nested);
    expect(owner(finding('q', 'stack-7.yaml', ['Resources', 'Q', 'Properties', 'other']))).toBe(copies[7]);
  });

  it('finds no owner in another file, under another path or by another name', () => {
    expect(owner(finding('q', 'elsewhere.yaml', ['Resources', 'Q', 'Properties']))).toBeUndefined();
    expect(owner(finding('q', 'stack-3.yaml', ['Resources', 'Other']))).toBeUndefined();
    expect(owner(finding('r', 'stack-3.yaml', ['Resources', 'Q', 'Properties']))).toBeUndefined();
  });

  it('matches a finding without a file by ARN and address, and a name holding the key separator by name', () => {
    expect(owner(finding('q', null, [], 'arn:aws:batch:us-east-1:123456789012:job-queue/q'))).toBe(live);
    expect(owner(finding('q', null, [], 'arn:aws:batch:us-east-1:123456789012:job-queue/other'))).toBeUndefined();
    const odd = findingOwners([resource('a\u0000b', 'c', []), resource('a', 'b\u0000c', [])]);
    expect(odd(finding('a', 'b\u0000c', []))?.name).toBe('a');
    expect(odd(finding('a\u0000b', 'c', []))?.name).toBe('a\u0000b');
  });
});
