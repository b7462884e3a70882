// What a job definition's retryStrategy retries. `attempts` counts the first attempt; evaluateOnExit
// entries are tried in order, the first whose conditions all match decides (RETRY or EXIT), and "If
// none of the EvaluateOnExit conditions in a RetryStrategy match, then the job is retried"
// ([UG:job_retries], [API:EvaluateOnExit]). This is the one reader of it: the retry rules, the Spot
// wiring rule and the cost advice all ask it.
import type { JsonPath } from '../../source/source-document.js';
import { arrayOf, field, scalarText, type JsonRecord } from '../values.js';
import { isUndecidedFact as isUndecided, known, type Fact } from './fact.js';
import { sharedPath } from './fact-paths.js';
import { fieldFact, readAmount, readList, readRecord, readUpperText } from './read-fact.js';

// The status reason Batch gives a job whose Spot host was reclaimed (AWS workshop output and the
// Spot best-practice retry pattern "Host EC2*": https://docs.aws.amazon.com/batch/latest/userguide/bestpractice6.html).
export const SPOT_RECLAIM_REASON = 'Host EC2 (instance i-0123456789abcdef0) terminated.';

export interface EvaluateOnExitFact {
  index: number;
  path: JsonPath;
  /** Upper-cased when known (RETRY, EXIT). */
  action: Fact<string>;
  /** Conditions as text (an exit code written as a number reads as its digits). */
  onStatusReason: Fact<string>;
  onReason: Fact<string>;
  onExitCode: Fact<string>;
}

export interface RetryFacts {
  strategy: Fact<JsonRecord>;
  attempts: Fact<number>;
  evaluateOnExit: Fact<readonly unknown[]>;
  entries: readonly EvaluateOnExitFact[];
  /**
   * Whether an EC2 Spot reclaim (status reason `Host EC2 (instance ...) terminated.`) is retried:
   * undefined when it cannot be told (an unknown value; an entry that matches the reclaim text but
   * also asks for a container reason or exit code, which a reclaim may or may not carry).
   */
  retriesSpotReclaim: boolean | undefined;
  /**
   * Certainly nothing is retried: no retryStrategy, or one whose attempts is missing or at most 1.
   * A Fargate Spot interruption then fails the job whatever its status reason (which is not documented).
   */
  retriesNothing: boolean;
  /** Every `*` entry: each condition it gives is the bare `*` glob; undefined when an entry cannot be read. */
  hasCatchAll: boolean | undefined;
}

const readCondition = (v: unknown): string | undefined => scalarText(v);

/** Batch globs: an optional trailing `*`, otherwise an exact match. */
export function globMatches(glob: string, text: string): boolean {
  return glob.endsWith('*') ? text.startsWith(glob.slice(0, -1)) : glob === text;
}

function spotReclaimRetried(strategy: Fact<JsonRecord>, attempts: Fact<number>, list: Fact<readonly unknown[]>, entries: readonly EvaluateOnExitFact[]): boolean | undefined {
  if (isUndecided(strategy)) return undefined;
  if (strategy.certainty === 'absent') return false;
  if (isUndecided(attempts)) return undefined;
  const count = known(attempts);
  if (count === undefined || count <= 1) return false;
  if (isUndecided(list)) return undefined;
  for (const entry of entries) {
    const action = known(entry.action);
    const { onStatusReason: status, onReason: reason, onExitCode: exit } = entry;
    if (action === undefined || isUndecided(status) || isUndecided(reason) || isUndecided(exit)) return undefined;
    if (status.certainty === 'unknown') return undefined; // a wrong type: the schema rules report it
    const statusText = known(status);
    if (statusText !== undefined && !globMatches(statusText, SPOT_RECLAIM_REASON)) continue; // certainly not this entry
    const reasonCertain = reason.certainty === 'absent' || known(reason) === '*';
    const exitCertain = exit.certainty === 'absent';
    if (!reasonCertain || !exitCertain) {
      if (status.certainty !== 'absent') return undefined; // matches the reclaim text, but also asks for things we cannot see
      continue;
    }
    if (status.certainty === 'absent' && reason.certainty === 'absent') continue; // an entry with no condition: not documented
    return action === 'RETRY';
  }
  return true; // no entry matched: Batch retries
}

function catchAll(entries: readonly EvaluateOnExitFact[], list: Fact<readonly unknown[]>): boolean | undefined {
  if (list.certainty !== 'known') return undefined;
  for (const [i, entry] of entries.entries()) {
    const raw = list.value[i];
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
    let everything = true;
    for (const condition of [entry.onStatusReason, entry.onReason, entry.onExitCode]) {
      if (condition.certainty === 'absent') continue;
      // A condition that is not a literal string cannot be judged.
      if (condition.certainty !== 'known' || typeof field(raw, condition.path[condition.path.length - 1] as string) !== 'string') return undefined;
      if (condition.value !== '*') everything = false;
    }
    if (everything) return true;
  }
  return false;
}

export function retryFactsOf(jobDefinition: unknown): RetryFacts {
  const raw = field(jobDefinition, 'retryStrategy');
  const base: JsonPath = ['retryStrategy'];
  const strategy = fieldFact(jobDefinition, 'retryStrategy', [], readRecord);
  const attempts = fieldFact(raw, 'attempts', base, readAmount);
  const evaluateOnExit = fieldFact(raw, 'evaluateOnExit', base, readList);
  const entries = arrayOf(field(raw, 'evaluateOnExit')).map((entry, index): EvaluateOnExitFact => {
    const path = sharedPath(base, 'evaluateOnExit', index);
    return {
      index,
      path,
      action: fieldFact(entry, 'action', path, readUpperText),
      onStatusReason: fieldFact(entry, 'onStatusReason', path, readCondition),
      onReason: fieldFact(entry, 'onReason', path, readCondition),
      onExitCode: fieldFact(entry, 'onExitCode', path, readCondition),
    };
  });
  const count = known(attempts);
  const retriesNothing = strategy.certainty === 'absent' || (!isUndecided(strategy) && !isUndecided(attempts) && (count === undefined || count <= 1));
  return {
    strategy,
    attempts,
    evaluateOnExit,
    entries,
    retriesSpotReclaim: spotReclaimRetried(strategy, attempts, evaluateOnExit, entries),
    retriesNothing,
    hasCatchAll: catchAll(entries, evaluateOnExit),
  };
}

