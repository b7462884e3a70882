// Input is untrusted: any field may be missing, of the wrong type, or (from templates and plans) a
// value that cannot be known before deploy. Rules read fields through these guards so that a wrong
// type is left to the schema check and an unknown value never produces a finding.

/**
 * An unknown piece of a partly known string that is known to be a name (an ECR repository's name in
 * its URL: lowercase letters, digits, `.`, `_`, `-` and `/`, never `:` or `@`): what follows the
 * registry is then a repository with no tag and no digest, whatever the name.
 */
export interface NamePiece {
  readonly unknown: 'name';
}
export const NAME_PIECE: NamePiece = Object.freeze({ unknown: 'name' });

/** A piece of a partly known string: known text, `null` for unknown text, or an unknown name. */
export type Piece = string | null | NamePiece;

/**
 * A value that exists but cannot be known before deploy (an intrinsic function, a computed attribute).
 * A class, so that the test every field read makes is one `instanceof` (a hot path).
 */
export class Unknown {
  /**
   * @param origin how the value was written, for messages: `!GetAtt Role.Arn`, `(known after apply)`.
   * @param parts for a string built from known text and unknown values (`!Sub ${Repo}:latest`): the
   *   pieces in order, `null` where a value is unknown. Unknown is not absent: rules about a value may
   *   still decide on the known text (the tag after the last unknown piece).
   */
  constructor(
    readonly origin: string,
    readonly parts?: readonly Piece[],
    /**
     * Every value it can take, when the input says (a CloudFormation parameter's AllowedValues, a
     * Terraform variable's validation set): rules about a value may decide when all of them agree.
     */
    readonly possible?: readonly unknown[],
    /**
     * The values written as the branches of a CloudFormation `Fn::If` whose condition is not known
     * (nested ones included; not a parameter's AllowedValues): each is deployed when its condition
     * holds, so each is checked against the schema as written.
     */
    readonly literalBranches?: readonly unknown[],
  ) {
    Object.freeze(this);
  }
}

export function unknownValue(origin: string, parts?: readonly Piece[], possible?: readonly unknown[], literalBranches?: readonly unknown[]): Unknown {
  return new Unknown(origin, parts, possible, literalBranches);
}

/** A string built from pieces, `null` for unknown ones: the string when every piece is known, else an Unknown keeping the pieces. */
export function partialString(origin: string, pieces: readonly Piece[]): string | Unknown {
  if (pieces.every((p) => typeof p === 'string')) return pieces.join('');
  const merged: Piece[] = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    if (typeof p !== 'string') merged.push(p);
    else if (p !== '') {
      if (typeof last === 'string') merged[merged.length - 1] = last + p;
      else merged.push(p);
    }
  }
  return new Unknown(origin, merged);
}

/**
 * The known text at the end of a value: the whole string when it is known, the literal text after the
 * last unknown piece of a partly known string (`${Repo}:latest` -> `:latest`), else undefined.
 */
export function knownTail(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!(value instanceof Unknown) || !value.parts || value.parts.length === 0) return undefined;
  const last = value.parts[value.parts.length - 1];
  return typeof last === 'string' ? last : undefined;
}

export function isUnknown(value: unknown): value is Unknown {
  return value instanceof Unknown;
}

// An unknown value that may turn out absent: a CloudFormation `Fn::If` whose condition is not known
// (one branch may be AWS::NoValue), a Terraform conditional, `null`, or a function that can give null.
const MAYBE_ABSENT = /^!If\b|\?|\bnull\b|\b(?:try|lookup|coalesce|one)\(/;

/** Whether an unknown value may turn out absent (an unresolved conditional, null, try/lookup/coalesce). */
export function unknownMayBeAbsent(value: Unknown): boolean {
  // When the values it can take are listed, they say it: absent only if one of them is.
  if (value.possible) return value.possible.some((v) => v === undefined || v === null);
  return MAYBE_ABSENT.test(value.origin);
}

/**
 * Whether a field is set, for rules about presence: a known non-empty value, or an unknown one (a
 * variable, a parameter, a computed attribute is present whatever it holds), but not an unknown value
 * that may be absent.
 */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (value instanceof Unknown) return !unknownMayBeAbsent(value);
  return typeof value !== 'string' || value.trim() !== '';
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
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function hasField(record: unknown, key: string): boolean {
  return isRecord(record) && Object.hasOwn(record, key);
}

/**
 * A table's entry for a key taken from input (a resource type, a logical id, an instance type):
 * own entries only, so `constructor` or `toString` find nothing instead of Object.prototype's functions.
 */
export function lookup<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * Stores a value under a key taken from input. A plain assignment of `__proto__` would replace the
 * record's prototype instead of adding the key; this always adds an own, enumerable key.
 */
export function setField(record: JsonRecord, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

/**
 * The one conversion of an input value to text: a string, a finite number or a boolean as written;
 * undefined for anything else (objects, lists, symbols, Unknown, null), which `String()` or a template
 * literal could throw on ("Cannot convert object to primitive value") or turn into "[object Object]".
 */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') return String(value);
  return undefined;
}

/** How an input value is shown in a message or a list of unresolved entries; never throws. */
export function describeValue(value: unknown): string {
  const text = scalarText(value);
  if (text !== undefined) return text;
  if (isUnknown(value)) return value.origin;
  if (Array.isArray(value)) return '(a list)';
  if (value === null || value === undefined) return '(no value)';
  return typeof value === 'object' ? '(an object)' : `(a ${typeof value})`;
}
