// Reading a container's VCPU / MEMORY / GPU. `resourceRequirements` values are strings; the legacy
// `vcpus` / `memory` integers are deprecated but still count ([API:ResourceRequirement],
// [API:ContainerProperties]): https://docs.aws.amazon.com/batch/latest/APIReference/API_ResourceRequirement.html
import type { JsonPath } from '../../../src/source/source-document.js';
import { arrayOf, field, hasField, isUnknown, numberOf, stringOf } from '../../../src/model/values.js';

export type RequirementType = 'VCPU' | 'MEMORY' | 'GPU';

/** One `resourceRequirements` entry whose type is known. */
export interface RequirementEntry {
  type: RequirementType;
  /** The raw value: a string as the API expects, or anything the input holds. */
  value: unknown;
  /** Path of the entry's `value`, relative to the container. */
  path: JsonPath;
}

/** The entries of `resourceRequirements` with a VCPU, MEMORY or GPU type (types are matched case-insensitively). */
export function requirementEntries(container: unknown): RequirementEntry[] {
  const out: RequirementEntry[] = [];
  arrayOf(field(container, 'resourceRequirements')).forEach((entry, i) => {
    const type = stringOf(field(entry, 'type'))?.toUpperCase();
    if (type !== 'VCPU' && type !== 'MEMORY' && type !== 'GPU') return;
    out.push({ type, value: field(entry, 'value'), path: ['resourceRequirements', i, 'value'] });
  });
  return out;
}

/** The first entry of a type, as AWS reads one value per type. */
export function requirementOf(container: unknown, type: RequirementType): RequirementEntry | undefined {
  return requirementEntries(container).find((e) => e.type === type);
}

/** True when the container sets the type in any way: an entry (even unknown or malformed) or the legacy field. */
export function declaresRequirement(container: unknown, type: 'VCPU' | 'MEMORY'): boolean {
  if (requirementOf(container, type)) return true;
  return hasField(container, type === 'VCPU' ? 'vcpus' : 'memory');
}

/** The numeric value of a type, or undefined when missing, malformed or unknown. */
export function requirementNumber(container: unknown, type: RequirementType): { value: number; path: JsonPath } | undefined {
  const entry = requirementOf(container, type);
  if (!entry || isUnknown(entry.value)) return undefined;
  const value = numberOf(entry.value);
  return value === undefined ? undefined : { value, path: entry.path };
}
