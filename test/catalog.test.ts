// The bundled instance catalog and Batch's instanceTypes expansion: families without metal sizes,
// exact types (metal included when named), optimal by Region and by behaviour, the defaults, an empty
// list, and GPU models, all checked against the catalog's own figures.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInstanceCatalog } from '../dist/src/catalog/instance-catalog.js';
import { expandInstanceTypeList, expandInstanceTypes } from '../dist/src/catalog/expand-instance-types.js';
import { DEFAULT_ARM64_FAMILIES, DEFAULT_X86_64_FAMILIES, LEGACY_OPTIMAL_FAMILIES } from '../dist/src/catalog/batch-instance-keywords.js';
import { unknownValue } from '../dist/src/model/values.js';
import { ROOT } from './helpers/cli.js';

const catalog = loadInstanceCatalog();
const names = (list: unknown, options = {}) => expandInstanceTypeList(list, options).types.map((t) => t.name).sort();
const familiesOf = (list: unknown, options = {}) => [...new Set(expandInstanceTypeList(list, options).types.map((t) => t.family))].sort();

describe('instance catalog', () => {
  it('holds every type of the source with its figures, and records snapshot date and sources', () => {
    expect(catalog.size).toBe(1382);
    expect(catalog.get('m5.large')).toMatchObject({ family: 'm5', size: 'large', metal: false, vcpus: 2, memoryMiB: 8192, architecture: 'x86_64' });
    expect(catalog.get('M4.LARGE')?.memoryMiB).toBe(8192);
    expect(catalog.get('c6g.xlarge')?.architecture).toBe('arm64');
    expect(catalog.get('c5.metal')).toMatchObject({ metal: true, vcpus: 96 });
    expect(catalog.get('c7i.metal-48xl')?.metal).toBe(true);
    expect(catalog.meta.snapshotDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(catalog.meta.sources.map((s) => s.from).join(' ')).toContain('karpenter-provider-aws');
  });

  it('records GPU vendor and model, and accelerators apart from GPUs', () => {
    expect(catalog.get('p3.16xlarge')?.gpu).toEqual({ count: 8, vendor: 'nvidia', model: 'v100' });
    expect(catalog.get('g4dn.xlarge')?.gpu).toEqual({ count: 1, vendor: 'nvidia', model: 't4' });
    expect(catalog.get('g4ad.xlarge')?.gpu?.vendor).toBe('amd');
    expect(catalog.get('g5g.xlarge')).toMatchObject({ architecture: 'arm64', gpu: { vendor: 'nvidia', model: 't4g' } });
    expect(catalog.get('inf2.xlarge')?.gpu).toBeUndefined();
    expect(catalog.get('inf2.xlarge')?.accelerator?.name).toBe('inferentia2');
    expect(catalog.get('m5.large')?.gpu).toBeUndefined();
  });

  it('records regions as positive evidence only', () => {
    expect(catalog.get('m5.large')?.regions).toEqual(expect.arrayContaining(['us-east-1', 'eu-west-1', 'ap-southeast-1']));
    expect(catalog.isUnspecified('g2.2xlarge')).toBe(true);
    expect(catalog.get('g2.2xlarge')).toBeUndefined();
  });

  it('is committed compact', () => {
    const file = join(ROOT, 'data/instance-catalog.json');
    expect(statSync(file).size).toBeLessThan(120_000);
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)._meta.columns.length).toBe(9);
  });
});

describe('instanceTypes expansion', () => {
  it('a family is every non-metal size of it', () => {
    const m5 = names(['m5']);
    expect(m5).toContain('m5.large');
    expect(m5).toContain('m5.24xlarge');
    expect(m5).not.toContain('m5.metal');
    expect(m5.length).toBe(catalog.familyMembers('m5').filter((t) => !t.metal).length);
    expect(names(['c7i']).some((n) => n.includes('metal'))).toBe(false);
  });

  it('an exact type is itself, metal sizes included when named', () => {
    expect(names(['c5.metal'])).toEqual(['c5.metal']);
    expect(names(['m5.large', 'm5.large', 'M5.LARGE'])).toEqual(['m5.large']);
  });

  it('an empty or missing list means default_x86_64', () => {
    expect(familiesOf([])).toEqual([...DEFAULT_X86_64_FAMILIES].sort());
    expect(expandInstanceTypeList(undefined).implicitDefault).toBe(true);
    expect(familiesOf(undefined)).toEqual(['c6i', 'c7i', 'm6i', 'r6i']);
    const ce = { computeEnvironmentName: 'x', type: 'MANAGED', computeResources: { type: 'EC2', maxvCpus: 4 } };
    expect(expandInstanceTypes(ce)?.types.map((t) => t.family)).toContain('c7i');
  });

  it('default_x86_64 and default_arm64 are their four families, without metal', () => {
    expect(familiesOf(['default_x86_64'])).toEqual(['c6i', 'c7i', 'm6i', 'r6i']);
    expect(familiesOf(['default_arm64'])).toEqual([...DEFAULT_ARM64_FAMILIES].sort());
    expect(expandInstanceTypeList(['default_arm64']).types.every((t) => t.architecture === 'arm64' && !t.metal)).toBe(true);
  });

  it('optimal behaves like default_x86_64 since 2025-11-01', () => {
    expect(familiesOf(['optimal'])).toEqual(familiesOf(['default_x86_64']));
    expect(familiesOf(['optimal'], { region: 'us-east-1' })).toEqual(['c6i', 'c7i', 'm6i', 'r6i']);
  });

  it('legacy optimal follows the per-Region table', () => {
    expect(familiesOf(['optimal'], { optimal: 'legacy', region: 'us-east-1' })).toEqual(['c4', 'm4', 'r4']);
    expect(familiesOf(['optimal'], { optimal: 'legacy', region: 'eu-north-1' })).toEqual(['c5', 'm5', 'r5']);
    expect(familiesOf(['optimal'], { optimal: 'legacy', region: 'mx-central-1' })).toEqual(['c6i', 'm6i', 'r6i']);
    // Unknown Region: the union of every row (a job that fits none fits no Region's optimal).
    expect(familiesOf(['optimal'], { optimal: 'legacy' })).toEqual([...new Set(LEGACY_OPTIMAL_FAMILIES.flatMap((r) => r.families))].sort());
    const ce = { computeEnvironmentArn: 'arn:aws:batch:eu-north-1:123456789012:compute-environment/x', computeResources: { type: 'EC2', instanceTypes: ['optimal'] } };
    expect([...new Set(expandInstanceTypes(ce, { optimal: 'legacy', region: 'eu-north-1' })?.types.map((t) => t.family))].sort()).toEqual(['c5', 'm5', 'r5']);
  });

  it('keeps what it cannot expand apart, so placement does not judge it', () => {
    const e = expandInstanceTypeList(['m5', 'm99.large', 'g2', unknownValue('!Ref Types')]);
    expect(e.unresolved).toEqual(['m99.large', 'g2', '!Ref Types']);
    expect(e.types.every((t) => t.family === 'm5')).toBe(true);
    expect(expandInstanceTypeList(unknownValue('!Ref All')).unresolved).toEqual(['!Ref All']);
  });

  it('launches nothing of its own choosing on Fargate or unmanaged environments', () => {
    expect(expandInstanceTypes({ type: 'MANAGED', computeResources: { type: 'FARGATE_SPOT', maxvCpus: 4 } })).toBeUndefined();
    expect(expandInstanceTypes({ type: 'UNMANAGED' })).toBeUndefined();
  });
});

describe('shared expansions', () => {
  const ce = (instanceTypes: unknown[]) => ({ type: 'MANAGED', computeResources: { type: 'EC2', maxvCpus: 16, instanceTypes } });

  it('environments that list the same known types share one expansion (placement keys its verdicts on it)', () => {
    const a = expandInstanceTypes(ce(['optimal', 'c5']));
    expect(expandInstanceTypes(ce(['optimal', 'c5']))).toBe(a);
    expect(expandInstanceTypes(ce(['c5', 'optimal']))).not.toBe(a); // entries keep their index
    expect(expandInstanceTypes(ce(['optimal', 'c5']), 'eu-north-1')).not.toBe(a);
    expect(expandInstanceTypes(ce(['optimal', 'c5']), { optimal: 'legacy' })).not.toBe(a);
    expect(expandInstanceTypes(ce(['Optimal', 'c5']))).not.toBe(a); // the entry as written is what findings quote
    expect(expandInstanceTypes(ce(['Optimal', 'c5']))?.types).toEqual(a?.types);
  });

  it('a list with an unknown entry is expanded for its environment alone', () => {
    const list = () => ce(['c5', unknownValue('var.types')]);
    const a = expandInstanceTypes(list());
    expect(a?.unresolved).toEqual(['var.types']);
    expect(expandInstanceTypes(list())).not.toBe(a);
    expect(expandInstanceTypes(list())).toEqual(a);
  });
});
