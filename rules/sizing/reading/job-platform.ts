// Where a job definition runs decides which sizing rules apply; the model has the one reader
// (src/model/job-platform.ts), this names its answer the way the sizing rules compare it.
import type { JobDefinitionData } from '../../../src/model/aws-types.generated.js';
import { jobPlatformFact } from '../../../src/model/job-platform.js';

/** `fargate`, `ec2` (the default), `eks`, or `undefined` when it cannot be told: rules then stay silent. */
export type JobPlatform = 'fargate' | 'ec2' | 'eks';

export function jobPlatformOf(jobDefinition: JobDefinitionData): JobPlatform | undefined {
  const fact = jobPlatformFact(jobDefinition);
  if (fact.orchestration === 'EKS') return 'eks';
  return fact.capacity;
}
