import type { BatchResource, Pairing, ResourceKind } from '../model/resource.js';
import { ResourceGraph } from './resource-graph.js';
import { StageFailure } from '../model/stage-failure.js';

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
  private graphFailure?: StageFailure;

  /**
   * The references between the resources (queue -> environments, job definition -> queues), built on
   * first use. A graph that cannot be built throws a StageFailure, the same one on every read.
   */
  get graph(): ResourceGraph {
    if (this.graphFailure) throw this.graphFailure;
    try {
      this.resolvedGraph ??= new ResourceGraph(this);
    } catch (error) {
      this.graphFailure = new StageFailure('resource graph', error);
      throw this.graphFailure;
    }
    return this.resolvedGraph;
  }
}
