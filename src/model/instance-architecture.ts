// The CPU architecture of an EC2 instance type or family, derived from its name. AWS Batch rejects a
// compute environment whose instance types mix x86 and ARM ([API:ComputeResource] instanceTypes: "you
// can't mix x86 and ARM instances in the same compute environment"):
// https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html
//
// EC2 names a type `<family>.<size>`, and a family is `<series letters><generation digits><attributes>`
// (https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-type-names.html). AWS Graviton (arm64)
// families carry the attribute `g` straight after the generation (m6g, c7gn, r8g, t4g, x2gd, im4gn,
// is4gen, i4g, g5g, hpc7g); `a1` is the first-generation Graviton. Every other current family is x86_64.
// This is a name rule, not a catalog: it answers `undefined` for names it cannot read, and a proper
// instance catalog can replace it behind the same signature.

export type Architecture = 'x86_64' | 'arm64';

/** Batch's own instanceTypes values ([API:ComputeResource]): bundles of x86 or ARM families. */
const BATCH_BUNDLES: Readonly<Record<string, Architecture>> = {
  optimal: 'x86_64', // "Semantically equivalent to default_x86_64"
  default_x86_64: 'x86_64',
  default_arm64: 'arm64',
};

/** Families that do not follow the `g`-attribute naming. */
const SPECIAL_FAMILIES: Readonly<Record<string, Architecture>> = {
  a1: 'arm64', // first-generation Graviton
  mac1: 'x86_64', // Intel Mac mini; mac2* are Apple silicon
};

/**
 * `x86_64` or `arm64` for an instance type (`c6g.large`), a family (`c6g`) or a Batch bundle
 * (`optimal`, `default_x86_64`, `default_arm64`); `undefined` for names that are not instance types.
 */
export function architectureOfInstanceType(name: string): Architecture | undefined {
  const lower = name.trim().toLowerCase();
  if (Object.hasOwn(BATCH_BUNDLES, lower)) return BATCH_BUNDLES[lower];
  const family = lower.split('.')[0] ?? '';
  if (Object.hasOwn(SPECIAL_FAMILIES, family)) return SPECIAL_FAMILIES[family];
  if (/^mac(\d|-)/.test(family)) return 'arm64'; // mac2*, mac-m4*: Apple silicon
  // Accelerator variants after a hyphen: `p6-b200` (Intel host), `p6e-gb200` (NVIDIA Grace, arm64).
  const variant = /^([a-z]+\d+[a-z]*)-([a-z0-9]+)$/.exec(family);
  if (variant) return variant[2]!.startsWith('gb') ? 'arm64' : architectureOfInstanceType(variant[1]!);
  // High-memory families: `u-6tb1`, `u7i-12tb`, `u7in-16tb` (all Intel).
  if (/^u\d*[a-z]*-\d+tb\d*$/.test(family)) return 'x86_64';
  const parts = /^([a-z]+)(\d+)([a-z-]*)$/.exec(family);
  if (!parts) return undefined;
  const attributes = parts[3] ?? '';
  return attributes.startsWith('g') ? 'arm64' : 'x86_64';
}
