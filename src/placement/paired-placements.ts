// Which queues a job definition's findings are about, and how sure we are of it.
// Declared pairings (config `workloads`, Step Functions, EventBridge) are facts: each is checked on
// its own. Without any, the job definition may go to any queue of its platform: a problem is then
// reported only when it holds on every one of them, since the user may well submit to the one that works.
import type { BatchResource } from '../model/resource.js';
import type { LintModel } from '../engine/lint-model.js';
import type { JobQueuePairing } from '../graph/resource-graph.js';
import { describeJobPlatform, jobPlatform } from '../graph/platform.js';
import { placeJob, type PlacementOptions, type QueuePlacement } from './place-job.js';

const cache = new WeakMap<BatchResource, Map<string, QueuePlacement>>();

/** placeJob, computed once per job definition, queue and options (several rules ask the same question). */
export function cachedPlacement(jobDefinition: BatchResource<'jobDefinition'>, pairing: JobQueuePairing, model: LintModel, options: PlacementOptions): QueuePlacement {
  let byKey = cache.get(jobDefinition);
  if (!byKey) cache.set(jobDefinition, (byKey = new Map()));
  const key = `${model.graph.queues.indexOf(pairing.queue)}|${JSON.stringify(options.memoryModel)}|${options.optimal}|${options.region ?? ''}`;
  let placement = byKey.get(key);
  if (!placement) byKey.set(key, (placement = placeJob(jobDefinition, pairing.queue, model.graph, options)));
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
      return `every ${kind} queue in the input: ${pairing.alternatives.map((q) => q.queue.name).join(', ')} (assumed: no pairing is declared)`;
    }
  }
}

/** A pairing we are sure of: declared, or the only queue of the job's platform. */
export function isCertainPairing(pairing: JobQueuePairing): boolean {
  return pairing.origin !== 'platform' || pairing.alternatives.length <= 1;
}

/**
 * Runs `check` on each pairing of the job definition and returns the violations to report: every
 * declared pairing that violates; for inferred pairings, one (the first) only when all of them do.
 */
export function violations<T>(jobDefinition: BatchResource<'jobDefinition'>, model: LintModel, check: (pairing: JobQueuePairing) => T | undefined): { pairing: JobQueuePairing; result: T }[] {
  const pairings = model.graph.pairingsOf(jobDefinition);
  const results = pairings.map((pairing) => ({ pairing, result: check(pairing) }));
  const declared = results.filter((r) => r.pairing.origin !== 'platform');
  if (declared.length > 0 || pairings.some((p) => p.origin !== 'platform')) {
    return declared.filter((r): r is { pairing: JobQueuePairing; result: T } => r.result !== undefined);
  }
  if (results.length === 0 || results.some((r) => r.result === undefined)) return [];
  return [results[0] as { pairing: JobQueuePairing; result: T }];
}
