// What one copy of a job asks for, as placement, cost and explain read it: the job definition's
// size facts (src/model/facts/job-size-facts.ts), the one reader of job sizes.
import { jobDefinitionFactsOf } from '../model/facts/job-definition-facts.js';
import type { JobRequirements } from '../model/facts/job-size-facts.js';

/** What each copy (each node, for multinode jobs) of the job definition (its record) asks for; undefined when nothing is declared. */
export function jobRequirements(jd: unknown): JobRequirements | undefined {
  return jobDefinitionFactsOf(jd).requirements;
}
