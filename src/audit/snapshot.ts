import type { JsonRecord } from '../model/values.js';

/**
 * What an audit read, in the shapes of the describe outputs: also the `--save` bundle, which
 * `batchlint lint` reads back (a document with these keys is a bundle, see src/loaders/api-shapes.ts).
 */
export interface BatchSnapshot {
  jobDefinitions: JsonRecord[];
  computeEnvironments: JsonRecord[];
  jobQueues: JsonRecord[];
  schedulingPolicies: JsonRecord[];
}

export const SNAPSHOT_KEYS = ['jobDefinitions', 'computeEnvironments', 'jobQueues', 'schedulingPolicies'] as const;

export function emptySnapshot(): BatchSnapshot {
  return { jobDefinitions: [], computeEnvironments: [], jobQueues: [], schedulingPolicies: [] };
}

export function countResources(snapshot: BatchSnapshot): number {
  return SNAPSHOT_KEYS.reduce((n, key) => n + snapshot[key].length, 0);
}
