// Input is untrusted: any field may be missing, of the wrong type, or (from templates and plans) a
// value that cannot be known before deploy. Rules read fields through these guards so that a wrong
// type is left to the schema check and an unknown value never produces a finding.

/**
 * A value that exists but cannot be known before deploy (an intrinsic function, a computed attribute).
 * A class, so that the test every field read makes is one `instanceof` (a hot path).
 */
export class Unknown {
  /** @param origin how the value was written, for messages: `!GetAtt Role.Arn`, `(known after apply)`. */
  constructor(readonly origin: string) {
    Object.freeze(this);
  }
}

export function unknownValue(origin: string): Unknown {
  return new Unknown(origin);
}

export function isUnknown(value: unknown): value is Unknown {
  return value instanceof Unknown;
}

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnknown(value);
}

/** The value as an array, or [] when it is missing, unknown or not an array. */
export function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Numbers as AWS reads them: a number, or a string holding a decimal number (resourceRequirements values are strings). */
export function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** true / false, also when written as the strings "true" / "false" (which KICS misses). */
export function booleanOf(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (v === 'true') return true;
    if (v === 'false') return false;
  }
  return undefined;
}

/** Own property only: never reads through the prototype chain (`__proto__`, `constructor` are plain keys here). */
export function field(record: unknown, key: string): unknown {
  if (!isRecord(record)) return undefined;
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

export function hasField(record: unknown, key: string): boolean {
  return isRecord(record) && Object.prototype.hasOwnProperty.call(record, key);
}
