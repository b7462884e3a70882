// `Fn::If` whose condition is not known before deploy: CloudFormation will take one branch, so both
// are checked. What the two branches agree on is known; where they differ the value is an Unknown
// that lists both as `possible` (a rule about a value may decide when both agree on what it tests),
// and a property that one branch removes (AWS::NoValue, or a key only one object has) may be absent.
import { isRecord, isUnknown, setField, unknownValue, type JsonRecord } from '../../model/values.js';

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isUnknown(a) || isUnknown(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => same(v, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && same(a[k], b[k]));
  }
  return false;
}

/**
 * The value of `Fn::If [cond, a, b]` when cond is unknown; `noValue` marks AWS::NoValue.
 * - equal branches: that value;
 * - two objects: merged key by key (a key only one of them has may be absent);
 * - two lists of the same length: merged item by item (a list of subnets that differ in one entry
 *   is still a list of that length);
 * - anything else: an Unknown `origin` whose `possible` values are both branches (AWS::NoValue as
 *   `undefined`, which makes it maybe absent). An Unknown branch is not a value: its own possible
 *   values are listed when it has them, else nothing is listed (and the value may be absent).
 */
export function mergeBranches(a: unknown, b: unknown, origin: string, noValue: symbol, depth = 0): unknown {
  if (same(a, b)) return a;
  if (depth < 32 && isRecord(a) && isRecord(b)) {
    const out: JsonRecord = {};
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const va = Object.hasOwn(a, key) ? a[key] : noValue;
      const vb = Object.hasOwn(b, key) ? b[key] : noValue;
      setField(out, key, mergeBranches(va, vb, origin, noValue, depth + 1));
    }
    return out;
  }
  if (depth < 32 && Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    return a.map((v, i) => mergeBranches(v, b[i], origin, noValue, depth + 1));
  }
  const possible = [...possibleOf(a, noValue), ...possibleOf(b, noValue)];
  // A branch whose values are not listed leaves the whole set unlisted; the origin (`!If ...`) then
  // says the value may be absent (values.ts unknownMayBeAbsent), which keeps presence rules silent.
  const literal = [...literalOf(a, noValue), ...literalOf(b, noValue)];
  return unknownValue(origin, undefined, possible.includes(UNLISTED) ? undefined : possible, literal.length > 0 ? literal : undefined);
}

/** A branch's value as written: itself, a nested Fn::If's literal branches, nothing for an intrinsic or AWS::NoValue. */
function literalOf(value: unknown, noValue: symbol): unknown[] {
  if (value === noValue) return [];
  if (isUnknown(value)) return value.literalBranches ? [...value.literalBranches] : [];
  return [value];
}

const UNLISTED = Symbol('unlisted');

function possibleOf(value: unknown, noValue: symbol): unknown[] {
  if (value === noValue) return [undefined];
  if (isUnknown(value)) return value.possible ? [...value.possible] : [UNLISTED];
  return [value];
}
