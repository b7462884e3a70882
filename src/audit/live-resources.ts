import { resourceName } from '../loaders/api-shapes.js';
import type { BatchResource, ResourceKind } from '../model/resource.js';
import { stringOf } from '../model/values.js';
import { LIVE_DOCUMENT } from './live-document.js';
import { SNAPSHOT_KEYS, type BatchSnapshot } from './snapshot.js';

const KIND_OF_KEY: Record<(typeof SNAPSHOT_KEYS)[number], ResourceKind> = {
  jobDefinitions: 'jobDefinition',
  computeEnvironments: 'computeEnvironment',
  jobQueues: 'jobQueue',
  schedulingPolicies: 'schedulingPolicy',
};

const ARN_KEY: Record<ResourceKind, string> = {
  jobDefinition: 'jobDefinitionArn', // includes the revision: arn:aws:batch:R:A:job-definition/NAME:REV
  computeEnvironment: 'computeEnvironmentArn',
  jobQueue: 'jobQueueArn',
  schedulingPolicy: 'arn',
};

/**
 * The resources of one region as the model the rules read, located by ARN. Each resource is the
 * root of its own (file-less) document, so a finding's path does not depend on the resource's
 * position in a listing: fingerprints and baselines stay stable when resources come and go.
 */
export function liveResources(snapshot: BatchSnapshot, region: string): BatchResource[] {
  const resources: BatchResource[] = [];
  for (const key of SNAPSHOT_KEYS) {
    const kind = KIND_OF_KEY[key];
    for (const data of snapshot[key]) {
      const arn = stringOf(data[ARN_KEY[kind]]);
      resources.push({
        kind,
        name: resourceName(kind, data),
        data: data as BatchResource['data'],
        source: { document: LIVE_DOCUMENT, path: [] },
        region,
        ...(arn ? { arn } : {}),
      });
    }
  }
  return resources;
}
