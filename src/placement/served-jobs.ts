// The job definitions a compute environment serves for sure: through a declared pairing, or as the
// only queue of the job's platform. Environment-side rules (GPU families, GPU-only environments) use
// these alone, so that an ambiguous inferred pairing never blames an environment.
import type { BatchResource } from '../model/resource.js';
import type { LintModel } from '../graph/lint-model.js';
import type { JobQueuePairing } from '../graph/resource-graph.js';
import { jobRequirements } from './job-requirements.js';
import { requestsGpus, type JobRequirements } from '../model/facts/job-size-facts.js';

export interface ServedJob {
  pairing: JobQueuePairing;
  requirements?: JobRequirements;
  gpu: boolean;
}

export function jobsServedBy(environment: BatchResource<'computeEnvironment'>, model: LintModel): ServedJob[] {
  const graph = model.graph;
  const queues = graph.queuesUsing(environment);
  const served: ServedJob[] = [];
  for (const queue of queues) {
    for (const pairing of graph.certainPairingsOnQueue(queue)) {
      const requirements = jobRequirements(pairing.jobDefinition.data);
      served.push({ pairing, gpu: requestsGpus(requirements), ...(requirements ? { requirements } : {}) });
    }
  }
  return served;
}
