// What a job definition tells the cost model beyond its size (which placement reads): the timeout
// and attempts that bound a submission, the Fargate CPU architecture and ephemeral storage, and
// whether its retry strategy rides out Spot reclaims.
import type { JobDefinitionData } from '../model/aws-types.generated.js';
import { isUndecidedFact, known } from '../model/facts/fact.js';
import { jobDefinitionFacts } from '../model/facts/job-definition-facts.js';
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
  /** A Spot reclaim would certainly be retried (see retriesSpotReclaims). */
  retriesSpotReclaim: boolean;
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
  const facts = jobDefinitionFacts({ data: jd as JobDefinitionData });
  const timeoutUnknown = isUndecidedFact(facts.timeout) || isUndecidedFact(facts.attemptDurationSeconds);
  const timeout = known(facts.attemptDurationSeconds);
  const attempts = known(facts.retry.attempts);
  // Fargate's architecture and storage are set in containerProperties (the one Fargate shape priced per job).
  const container = facts.containers.find((c) => c.path.length === 1 && c.path[0] === 'containerProperties');
  const cpu = container ? known(container.cpuArchitecture) : undefined;
  const storage = container ? known(container.ephemeralStorageGiB) : undefined;
  return {
    ...(timeout !== undefined && timeout > 0 ? { attemptDurationSeconds: timeout } : {}),
    timeoutUnknown,
    attempts: attempts !== undefined && Number.isInteger(attempts) && attempts >= 1 && attempts <= 10 ? attempts : 1,
    architecture: cpu?.toUpperCase() === 'ARM64' ? 'arm64' : 'x86_64',
    ...(storage !== undefined && storage > 0 ? { ephemeralStorageGiB: storage } : {}),
    retriesSpotReclaim: facts.retry.retriesSpotReclaim === true,
  };
}

/**
 * True when a Spot reclaim would certainly be retried (attempts >= 2 and the first evaluateOnExit
 * entry that matches the reclaim's status reason is RETRY, or none matches). The job definition's
 * retry facts decide (src/model/facts/retry-facts.ts), as for spot-job-without-reclaim-retry; what
 * they cannot tell is no claim here.
 */
export function retriesSpotReclaims(jd: unknown): boolean {
  return jobCostInputs(jd).retriesSpotReclaim;
}
