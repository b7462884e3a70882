// What a job definition tells the cost model beyond its size (which placement reads): the timeout
// and attempts that bound a submission, the Fargate CPU architecture and ephemeral storage, and
// whether its retry strategy rides out Spot reclaims.
import { arrayOf, field, isUnknown, numberOf, stringOf } from '../model/values.js';
import type { Architecture } from '../pricing/price-quotes.js';

export interface JobCostInputs {
  /** timeout.attemptDurationSeconds; undefined when there is none (a submission is then unbounded). */
  attemptDurationSeconds?: number;
  /** The timeout is set but cannot be known before deploy (an intrinsic, a value known after apply). */
  timeoutUnknown: boolean;
  /** retryStrategy.attempts (1 without a retry strategy). */
  attempts: number;
  /** Fargate runtimePlatform.cpuArchitecture (X86_64 default). */
  architecture: Architecture;
  /** Fargate ephemeralStorage.sizeInGiB (20 GiB included when not set). */
  ephemeralStorageGiB?: number;
}

// Read once per job definition: a run prices each one on every environment of every queue.
const cache = new WeakMap<object, JobCostInputs>();

export function jobCostInputs(jd: unknown): JobCostInputs {
  const cached = typeof jd === 'object' && jd !== null ? cache.get(jd) : undefined;
  if (cached) return cached;
  const inputs = readJobCostInputs(jd);
  if (typeof jd === 'object' && jd !== null) cache.set(jd, inputs);
  return inputs;
}

function readJobCostInputs(jd: unknown): JobCostInputs {
  const rawTimeout = field(jd, 'timeout');
  const timeoutUnknown = isUnknown(rawTimeout) || isUnknown(field(rawTimeout, 'attemptDurationSeconds'));
  const timeout = numberOf(field(rawTimeout, 'attemptDurationSeconds'));
  const attempts = numberOf(field(field(jd, 'retryStrategy'), 'attempts'));
  const cpu = stringOf(field(field(jd, 'runtimePlatform'), 'cpuArchitecture')) ?? stringOf(field(field(field(jd, 'containerProperties'), 'runtimePlatform'), 'cpuArchitecture'));
  const storage = numberOf(field(field(jd, 'ephemeralStorage'), 'sizeInGiB')) ?? numberOf(field(field(field(jd, 'containerProperties'), 'ephemeralStorage'), 'sizeInGiB'));
  return {
    ...(timeout !== undefined && timeout > 0 ? { attemptDurationSeconds: timeout } : {}),
    timeoutUnknown,
    attempts: attempts !== undefined && Number.isInteger(attempts) && attempts >= 1 && attempts <= 10 ? attempts : 1,
    architecture: cpu?.toUpperCase() === 'ARM64' ? 'arm64' : 'x86_64',
    ...(storage !== undefined && storage > 0 ? { ephemeralStorageGiB: storage } : {}),
  };
}

/** The status reason Batch gives a job whose Spot host was reclaimed (batch-facts §8). */
const SPOT_RECLAIM_REASON = 'Host EC2 (instance i-0123456789abcdef0) terminated.';

/** evaluateOnExit globs: exact, or a prefix when the pattern ends with `*` (the only wildcard AWS documents). */
function globMatches(pattern: string, text: string): boolean {
  return pattern.endsWith('*') ? text.startsWith(pattern.slice(0, -1)) : pattern === text;
}

/**
 * True when a Spot reclaim would be retried: attempts >= 2 and the first evaluateOnExit entry that
 * matches the reclaim's status reason is RETRY, or none matches (unmatched jobs are retried,
 * https://docs.aws.amazon.com/batch/latest/userguide/job_retries.html). Entries conditioned on
 * onReason or onExitCode are not assumed to match a reclaim. Unknown values: false (no claim).
 */
export function retriesSpotReclaims(jd: unknown): boolean {
  const retry = field(jd, 'retryStrategy');
  const attempts = numberOf(field(retry, 'attempts'));
  if (attempts === undefined || attempts < 2) return false;
  const entries = field(retry, 'evaluateOnExit');
  if (isUnknown(entries)) return false;
  for (const entry of arrayOf(entries)) {
    const action = stringOf(field(entry, 'action'))?.toUpperCase();
    const status = field(entry, 'onStatusReason');
    const reason = field(entry, 'onReason');
    const exitCode = field(entry, 'onExitCode');
    if (action === undefined || isUnknown(status) || isUnknown(reason) || isUnknown(exitCode)) return false;
    const statusOk = status === undefined || (typeof status === 'string' && globMatches(status, SPOT_RECLAIM_REASON));
    const others = [reason, exitCode].every((v) => v === undefined || v === '*');
    if (statusOk && others && (status !== undefined || reason !== undefined || exitCode !== undefined)) return action === 'RETRY';
  }
  return true;
}
