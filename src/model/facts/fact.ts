// What a configuration says about one field, with how sure we are of it. Certainty is part of the type
// so that a rule cannot read a value without deciding what an unknown one means:
// - known: a literal, or a value the loader resolved (a parameter default, a Terraform variable);
// - unknown: present, but its value is decided at deploy time (a variable without default, a parameter,
//   a computed attribute) or is not of the type the field takes (the schema rules report that); a
//   string may keep its literal parts (`${repo}:latest`);
// - maybeAbsent: an expression that may remove the field (an unresolved `Fn::If` with `AWS::NoValue`,
//   a Terraform conditional, `null`, `try()`/`lookup()`);
// - absent: not written (AWS applies its default).
// Rules about presence decide on present (known or unknown) versus absent; rules about a value decide
// only on known values. Nothing unknown is ever reported as wrong.
import type { JsonPath } from '../../source/source-document.js';
import { describeValue, isRecord, isUnknown, NAME_PIECE, unknownMayBeAbsent, type Piece } from '../values.js';
import { placeholderPieces } from '../placeholder.js';
import { sharedPath } from './fact-paths.js';

export interface KnownFact<T> {
  readonly certainty: 'known';
  readonly value: T;
  /** Where the value is written, inside the resource: what a finding about it points at. */
  readonly path: JsonPath;
}

export interface UnknownFact<T = unknown> {
  readonly certainty: 'unknown';
  /** How the value is written, for messages: `var.image`, `!Ref Image`, `(known after apply)`. */
  readonly origin: string;
  /** For a string built from known text and unknown values: the pieces in order, `null` where unknown. */
  readonly parts?: readonly Piece[];
  /**
   * Every value it can take, read with the field's guard, when the input lists them (a parameter's
   * AllowedValues): a rule about a value may decide when it holds for all of them.
   */
  readonly possible?: readonly T[];
  /** True when the value is known but not of the field's type (the schema rules report it). */
  readonly invalid?: true;
  readonly path: JsonPath;
}

export interface MaybeAbsentFact {
  readonly certainty: 'maybeAbsent';
  readonly origin: string;
  readonly path: JsonPath;
}

export interface AbsentFact {
  readonly certainty: 'absent';
  /** Where the field would be written: a finding about a missing field points at its nearest existing parent. */
  readonly path: JsonPath;
}

export type Fact<T> = KnownFact<T> | UnknownFact<T> | MaybeAbsentFact | AbsentFact;
export type Certainty = Fact<unknown>['certainty'];

export function knownFact<T>(value: T, path: JsonPath): KnownFact<T> {
  return { certainty: 'known', value, path };
}

export function absentFact(path: JsonPath): AbsentFact {
  return { certainty: 'absent', path };
}

/**
 * The fact a raw input value gives, read with `read` (a guard of values.ts: `booleanOf`, `numberOf`,
 * `stringOf`..., undefined for a value not of the type). `null` is absent (Terraform and JSON null mean
 * "not set"); an Unknown keeps its origin and literal parts; a value `read` refuses is present but
 * `invalid`.
 */
export function factOf<T>(raw: unknown, path: JsonPath, read: (value: unknown) => T | undefined): Fact<T> {
  if (raw === undefined || raw === null) return absentFact(path);
  if (isUnknown(raw)) {
    if (unknownMayBeAbsent(raw)) return { certainty: 'maybeAbsent', origin: raw.origin, path };
    const possible = raw.possible?.map(read);
    return {
      certainty: 'unknown',
      origin: raw.origin,
      path,
      ...(raw.parts ? { parts: raw.parts } : {}),
      // Only when every listed value is of the type: one that is not leaves the set undecidable.
      ...(possible && possible.length > 0 && possible.every((v) => v !== undefined) ? { possible: possible as T[] } : {}),
    };
  }
  const value = read(raw);
  if (value === undefined) return { certainty: 'unknown', origin: describeValue(raw), invalid: true, path };
  return knownFact(value, path);
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * A list the facts keep: one shared empty list when there is nothing (most lists of most resources
 * are empty, and every empty list kept is one more object for the collector to move), else the
 * items in a list of their own length (one built with push has room for more).
 */
export function keptList<T>(items: readonly T[], built: 'mapped' | 'pushed' = 'mapped'): readonly T[] {
  if (items.length === 0) return NONE;
  return built === 'pushed' ? items.slice() : items;
}

/** The value when it is known, else undefined: what rules about a value read. */
export function known<T>(fact: Fact<T>): T | undefined {
  return fact.certainty === 'known' ? fact.value : undefined;
}

/** Set for certain: known or present-but-unknown (not maybe-absent, not absent): what rules about presence read. */
export function isPresentFact(fact: Fact<unknown>): boolean {
  return fact.certainty === 'known' || fact.certainty === 'unknown';
}

/** Not set for certain: what "X is missing" rules read (maybe-absent and unknown stay silent). */
export function isAbsentFact(fact: Fact<unknown>): boolean {
  return fact.certainty === 'absent';
}

/**
 * The literal text at the end of a string fact: the whole value when known, the text after the last
 * unknown piece of a partly known one (`${repo}:latest` -> `:latest`), else undefined.
 */
export function knownTailOf(fact: Fact<string>): string | undefined {
  if (fact.certainty === 'known') return fact.value;
  if (fact.certainty !== 'unknown' || !fact.parts || fact.parts.length === 0) return undefined;
  const last = fact.parts[fact.parts.length - 1];
  return typeof last === 'string' ? last : undefined;
}

/**
 * The literal text just before an unknown name that ends a string fact (`<account>.dkr.ecr.<region>.
 * amazonaws.com/` before an ECR repository's unknown name), else undefined.
 */
export function textBeforeFinalName(fact: Fact<string>): string | undefined {
  if (fact.certainty !== 'unknown' || !fact.parts || fact.parts.length < 2) return undefined;
  const last = fact.parts[fact.parts.length - 1];
  const before = fact.parts[fact.parts.length - 2];
  return last === NAME_PIECE && typeof before === 'string' ? before : undefined;
}

/** The literal text at the start of a string fact (`arn:aws:iam::${AccountId}:role/x` -> `arn:aws:iam::`). */
export function knownHeadOf(fact: Fact<string>): string | undefined {
  if (fact.certainty === 'known') return fact.value;
  if (fact.certainty !== 'unknown' || !fact.parts || fact.parts.length === 0) return undefined;
  const first = fact.parts[0];
  return typeof first === 'string' ? first : undefined;
}

/**
 * A string fact as pieces in order, `null` for each unknown one: a known text with placeholders
 * (`arn:aws:iam::<account-id>:role/x`) is partly known like a template string (`${AWS::AccountId}`).
 * A fully known text is one piece; undefined when nothing of the text is known (an unknown without
 * literal parts, maybe absent, absent). Empty pieces are dropped and adjacent ones joined.
 */
export function stringPieces(fact: Fact<string>): readonly (string | null)[] | undefined {
  let raw: readonly (string | null)[];
  if (fact.certainty === 'known') raw = placeholderPieces(fact.value) ?? [fact.value];
  else if (fact.certainty === 'unknown' && fact.parts && !fact.invalid) raw = fact.parts.flatMap((p) => (typeof p !== 'string' ? [null] : placeholderPieces(p) ?? [p]));
  else return undefined;
  const out: (string | null)[] = [];
  for (const p of raw) {
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    if (p === '') continue;
    if (p === null && last === null) continue;
    if (p !== null && typeof last === 'string') out[out.length - 1] = last + p;
    else out.push(p);
  }
  return out;
}

/**
 * Whether the value certainly satisfies `test`: known and satisfying it, or unknown with every possible
 * value satisfying it (a parameter whose every AllowedValue is `true`). Unknown without a list: false.
 */
export function certainly<T>(fact: Fact<T>, test: (value: T) => boolean): boolean {
  if (fact.certainty === 'known') return test(fact.value);
  return fact.certainty === 'unknown' && fact.possible !== undefined && fact.possible.every(test);
}

/**
 * A list field: its items read with `item` (each gets its own path), or the list's own certainty when
 * the list itself is unknown, maybe absent or absent. A value that is not a list is present but
 * `invalid` (the schema rules report it).
 */
export function listFactOf<T>(raw: unknown, path: JsonPath, item: (value: unknown, path: JsonPath, index: number) => T): Fact<readonly T[]> {
  if (!Array.isArray(raw)) return factOf<readonly T[]>(raw, path, () => undefined);
  return knownFact(
    raw.map((value, index) => item(value, sharedPath(path, index), index)),
    path,
  );
}

/**
 * An object field (computeResources, launchTemplate, fairsharePolicy...): `build` reads its fields
 * when it is an object; otherwise the object's own certainty (a list or a scalar is present but `invalid`).
 */
export function recordFactOf<T>(raw: unknown, path: JsonPath, build: (record: Readonly<Record<string, unknown>>, path: JsonPath) => T): Fact<T> {
  return factOf<T>(raw, path, (value) => (isRecord(value) ? build(value, path) : undefined));
}

/** A reader for an enumerated field, case-insensitive (one case rule for every enum the facts read): the canonical upper-case value, or undefined. */
export function enumReader<E extends string>(values: readonly E[]): (value: unknown) => E | undefined {
  return (value) => {
    if (typeof value !== 'string') return undefined;
    const upper = value.trim().toUpperCase();
    return values.find((v) => v === upper);
  };
}

/** Whether a fact is written at all (known, unknown, invalid or maybe absent): what `hasField` said of the raw value. */
export function isWrittenFact(fact: Fact<unknown>): boolean {
  return fact.certainty !== 'absent';
}

/** The items of a list fact when the list is known, else none (rules about items decide on known lists). */
export function entriesOf<T>(list: Fact<readonly T[]>): readonly T[] {
  return list.certainty === 'known' ? list.value : [];
}

/**
 * How a fact is shown in a message: a known value as written, the values an unknown one may take
 * (`BEST_FIT or BEST_FIT_PROGRESSIVE`), else how it is written (`var.strategy`).
 */
export function describeFact(fact: Fact<unknown>): string {
  if (fact.certainty === 'known') return describeValue(fact.value);
  if (fact.certainty === 'absent') return '(not set)';
  if (fact.certainty === 'unknown' && fact.possible && fact.possible.length > 0) return [...new Set(fact.possible.map(describeValue))].join(' or ');
  return fact.origin;
}

/**
 * Set to something, as a platform that rejects a field sees it: present (known or unknown), and not
 * a known empty list (describe outputs list `[]` for fields never set).
 */
export function isSetFact(fact: Fact<unknown>): boolean {
  if (fact.certainty === 'known') return !(Array.isArray(fact.value) && fact.value.length === 0);
  return fact.certainty === 'unknown';
}

/**
 * Present with a value not known before deploy (a variable, a parameter), or maybe absent: what a
 * rule must not decide on either way. A value of the wrong type (`invalid`) is not undecided: it is
 * the schema rules' finding, and rules treat it as set.
 */
export function isUndecidedFact(fact: Fact<unknown>): boolean {
  return fact.certainty === 'maybeAbsent' || (fact.certainty === 'unknown' && fact.invalid !== true);
}

/**
 * A facts reader memoised on the resource's data record: a record is not changed after loading, so its
 * facts are read once, on first use, whoever asks first (a rule, the graph, placement or cost), and the
 * WeakMap lets them go with the model. A value that is not an object is read each time (nothing to key on).
 *
 * With `recent`, only the facts of the last `recent` records read are kept. Rules run resource by
 * resource, so a record's facts are asked for again and again while its rules run and rarely after;
 * keeping every record's facts for the whole run made the facts of a 50,000-revision describe output
 * as large as the records themselves (2.7 KB a job definition), most of it in the old generation.
 * A record read again after it left the window is read again, to the same facts.
 */
export function memoisedPerRecord<F>(read: (data: unknown) => F, { recent }: { recent?: number } = {}): (data: unknown) => F {
  const memo = new WeakMap<object, F>();
  const window: (object | undefined)[] = recent !== undefined ? new Array<object | undefined>(recent) : [];
  let next = 0;
  return (data) => {
    if (typeof data !== 'object' || data === null) return read(data);
    let facts = memo.get(data);
    if (facts === undefined) {
      memo.set(data, (facts = read(data)));
      if (recent !== undefined) {
        const leaving = window[next];
        if (leaving !== undefined) memo.delete(leaving);
        window[next] = data;
        next = (next + 1) % recent;
      }
    }
    return facts;
  };
}
