import type { BatchResource, ResourceKind } from '../model/resource.js';

/** Every resource of a run, by kind: what cross-resource rules (wiring, placement, cost) read. */
export class LintModel {
  readonly byKind: { [K in ResourceKind]: BatchResource<K>[] } = {
    jobDefinition: [],
    computeEnvironment: [],
    jobQueue: [],
    schedulingPolicy: [],
  };

  constructor(readonly resources: readonly BatchResource[]) {
    for (const r of resources) (this.byKind[r.kind] as BatchResource[]).push(r);
  }
}
