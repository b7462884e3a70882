import type { BatchResource, Pairing, ResourceKind } from '../model/resource.js';
import { ResourceGraph } from './resource-graph.js';

/** Every resource of a run, by kind: what cross-resource rules (wiring, placement, cost) read. */
export class LintModel {
  readonly byKind: { [K in ResourceKind]: BatchResource<K>[] } = {
    jobDefinition: [],
    computeEnvironment: [],
    jobQueue: [],
    schedulingPolicy: [],
  };

  /**
   * @param resources every resource of the run
   * @param pairings job definition -> queue submissions declared by the inputs or the config
   * @param complete true when the set is known to be everything there is (a live audit of a region):
   *   a reference to something missing is then an error rather than "not verified here"
   */
  constructor(
    readonly resources: readonly BatchResource[],
    readonly pairings: readonly Pairing[] = [],
    readonly complete = false,
  ) {
    for (const r of resources) (this.byKind[r.kind] as BatchResource[]).push(r);
  }

  private resolvedGraph?: ResourceGraph;

  /** The references between the resources (queue -> environments, job definition -> queues), built on first use. */
  get graph(): ResourceGraph {
    this.resolvedGraph ??= new ResourceGraph(this);
    return this.resolvedGraph;
  }
}
