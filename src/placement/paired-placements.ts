// Which queues a job definition's findings are about, and how sure we are of it.
// Declared pairings (config `workloads`, Step Functions, EventBridge) are facts: each is checked on
// its own. Without any, the job definition may go to any queue of its platform: a problem is then
// reported only when it holds on every one of them, since the user may well submit to the one that works.
import type { BatchResource } from '../model/resource.js';
import type { LintModel } from '../graph/lint-model.js';
import type { JobQueuePairing } from '../graph/resource-graph.js';
import { describeJobPlatform, jobPlatform } from '../graph/platform.js';
import { memoryModelKey, placeJob, type PlacementOptions, type QueuePlacement } from './place-job.js';

const cache = new WeakMap<BatchResource, WeakMap<object, Map<string, QueuePlacement>>>();

/** placeJob, computed once per job definition, queue and options (several rules ask the same question). */
export function cachedPlacement(jobDefinition: BatchResource<'jobDefinition'>, pairing: JobQueuePairing, model: LintModel, options: PlacementOptions): QueuePlacement {
  let byQueue = cache.get(jobDefinition);
  if (!byQueue) cache.set(jobDefinition, (byQueue = new WeakMap()));
  let byOptions = byQueue.get(pairing.queue);
  if (!byOptions) byQueue.set(pairing.queue, (byOptions = new Map()));
  const key = `${options.memoryModel ? memoryModelKey(options.memoryModel) : ''}|${options.optimal}|${options.region ?? ''}`;
  let placement = byOptions.get(key);
  if (!placement) byOptions.set(key, (placement = placeJob(jobDefinition, pairing.queue, model.graph, options)));
  return placement;
}

/** The pairing as findings name it: where it comes from. */
export function describePairing(pairing: JobQueuePairing): string {
  switch (pairing.origin) {
    case 'config':
      return `queue ${pairing.queue.queue.name} (from the config's workloads)`;
    case 'step-functions':
      return `queue ${pairing.queue.queue.name} (submitted by a Step Functions task)`;
    case 'eventbridge':
      return `queue ${pairing.queue.queue.name} (target of an EventBridge rule)`;
    case 'platform': {
      const kind = describeJobPlatform(jobPlatform(pairing.jobDefinition.data));
      if (pairing.alternatives.length <= 1) return `queue ${pairing.queue.queue.name} (assumed: the only ${kind} queue in the input)`;
      return `every ${kind} queue in the input: ${[...new Set(pairing.alternatives.map((q) => q.queue.name))].join(', ')} (assumed: no pairing is declared)`;
    }
  }
}

/**
 * Runs `check` on each pairing of the job definition and returns the violations to report: every
 * declared pairing that violates; for inferred pairings, one (the first) only when all of them do.
 */
export function violations<T>(jobDefinition: BatchResource<'jobDefinition'>, model: LintModel, check: (pairing: JobQueuePairing) => T | undefined): { pairing: JobQueuePairing; result: T }[] {
  const pairings = model.graph.pairingsOf(jobDefinition);
  if (pairings.length === 0) return [];
  if (pairings[0]!.origin !== 'platform') {
    const found: { pairing: JobQueuePairing; result: T }[] = [];
    for (const pairing of pairings) {
      const result = check(pairing);
      if (result !== undefined) found.push({ pairing, result });
    }
    return found;
  }
  // Inferred: the job may go to any of these queues, so it is a finding only when every one of them
  // violates; stop at the first that does not (a repository may hold hundreds of queues).
  let first: { pairing: JobQueuePairing; result: T } | undefined;
  for (const pairing of pairings) {
    const result = check(pairing);
    if (result === undefined) return [];
    first ??= { pairing, result };
  }
  return first ? [first] : [];
}
