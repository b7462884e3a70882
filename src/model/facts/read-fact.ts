// How the job-definition facts read a raw field into a Fact: the one place below `src/model/facts`
// that turns an own key of an input record into a typed, positioned value. Readers are the guards
// of values.ts, so a fact's known value is exactly what the rules read before facts existed.
import type { JsonPath } from '../../source/source-document.js';
import { booleanOf, field, isRecord, numberOf, stringOf, type JsonRecord } from '../values.js';
import { factOf, type Fact } from './fact.js';
import { absentAt, isShareable, knownAt, sharedPath } from './fact-paths.js';

export type Reader<T> = (value: unknown) => T | undefined;

export const readText: Reader<string> = stringOf;
/** A string as written, upper-cased (enum-like fields AWS compares without case: BEST_FIT, CANCEL, ECS). */
export const readUpperText: Reader<string> = (v) => (typeof v === 'string' ? v.toUpperCase() : undefined);
export const readFlag: Reader<boolean> = booleanOf;
export const readAmount: Reader<number> = numberOf;
/** A JSON number as written (the legacy `vcpus`/`memory` integers, `numNodes`): a numeric string is not one. */
export const readJsonNumber: Reader<number> = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
export const readList: Reader<readonly unknown[]> = (v) => (Array.isArray(v) ? v : undefined);
export const readRecord: Reader<JsonRecord> = (v) => (isRecord(v) ? v : undefined);
/** Any value: for facts about presence only (a field some platform rejects whatever it holds). */
export const readAny: Reader<unknown> = (v) => v;

/** The fact of a raw value written at `[...base, key]`. */
export function factAt<T>(raw: unknown, base: JsonPath, key: string | number, read: Reader<T>): Fact<T> {
  if (raw === undefined || raw === null) return absentAt(base, key);
  // A scalar the reader accepts is known: shared with every other resource that writes the same value there.
  if (typeof raw !== 'object') {
    const value = read(raw);
    if (value !== undefined && isShareable(value)) return knownAt(base, key, value) as Fact<T>;
  }
  return factOf(raw, sharedPath(base, key), read);
}

/** The fact of `record[key]` (own keys only), at `[...base, key]`. */
export function fieldFact<T>(record: unknown, key: string, base: JsonPath, read: Reader<T>): Fact<T> {
  return factAt(field(record, key), base, key, read);
}

/** The fact of a nested field, `record[a][b]...`, each step an own key. */
export function pathFact<T>(record: unknown, keys: readonly string[], base: JsonPath, read: Reader<T>): Fact<T> {
  let holder: unknown = record;
  for (const key of keys.slice(0, -1)) holder = field(holder, key);
  return factAt(field(holder, keys[keys.length - 1]!), sharedPath(base, ...keys.slice(0, -1)), keys[keys.length - 1]!, read);
}
