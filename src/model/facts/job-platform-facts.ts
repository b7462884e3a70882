// Where a job definition runs: the one reader of `platformCapabilities` and `eksProperties`, so every
// rule, the graph, placement and cost agree. platformCapabilities defaults to EC2 and is not set for
// EKS jobs ([API:RegisterJobDefinition]). Case: the API's enum is case-sensitive, but CloudFormation
// accepts `fargate`/`ec2` in any case (enumCaseInsensitive in its resource schema), so the platform is
// read without regard to case; a wrong case in an API input is schema-enum's finding, and no other
// rule goes silent or fires differently because of it.
// https://docs.aws.amazon.com/batch/latest/APIReference/API_RegisterJobDefinition.html
import { field, isRecord, isUnknown } from '../values.js';
import { memoisedPerRecord, type Fact } from './fact.js';
import { sharedPath } from './fact-paths.js';
import { factAt, fieldFact, readAny } from './read-fact.js';

/** Where the job's containers run. */
export type JobCapacity = 'fargate' | 'ec2';

export interface JobPlatformFact {
  /** undefined when it cannot be told: an unknown value, several capabilities, or one this version does not know (MANAGED_INSTANCES). */
  capacity?: JobCapacity;
  /** EKS when the job has eksProperties (always EC2 capacity). */
  orchestration: 'ECS' | 'EKS';
}

/** How the sizing rules name a platform: `fargate`, `ec2` (the default), `eks`; undefined when it cannot be told. */
export type JobPlatformKind = 'fargate' | 'ec2' | 'eks';

export interface JobPlatformFacts extends JobPlatformFact {
  kind: JobPlatformKind | undefined;
  /**
   * `platformCapabilities` as written, upper-cased: unknown when the list or one of its entries is
   * unknown (a variable, a parameter), absent when not written.
   */
  capabilities: Fact<readonly string[]>;
  /** Whether the job definition has `eksProperties` (known or unknown). */
  eksProperties: Fact<unknown>;
}

export function jobPlatformFact(jobDefinition: unknown): JobPlatformFact {
  const eks = field(jobDefinition, 'eksProperties');
  if (isRecord(eks)) return { capacity: 'ec2', orchestration: 'EKS' };
  if (eks !== undefined && eks !== null) return { orchestration: 'ECS' }; // an unknown eksProperties: EKS or not cannot be told
  const capabilities = field(jobDefinition, 'platformCapabilities');
  if (capabilities === undefined || capabilities === null) return { capacity: 'ec2', orchestration: 'ECS' };
  if (isUnknown(capabilities) || !Array.isArray(capabilities)) return { orchestration: 'ECS' };
  if (capabilities.length === 0) return { capacity: 'ec2', orchestration: 'ECS' };
  if (capabilities.some((c) => typeof c !== 'string')) return { orchestration: 'ECS' };
  const set = new Set((capabilities as string[]).map((c) => c.trim().toUpperCase()));
  if (set.size !== 1) return { orchestration: 'ECS' };
  if (set.has('FARGATE')) return { capacity: 'fargate', orchestration: 'ECS' };
  if (set.has('EC2')) return { capacity: 'ec2', orchestration: 'ECS' };
  return { orchestration: 'ECS' };
}

const CAPABILITIES_PATH = sharedPath([], 'platformCapabilities');

const readCapabilities = (v: unknown): readonly string[] | undefined =>
  Array.isArray(v) && v.every((c) => typeof c === 'string') ? v.map((c: string) => c.trim().toUpperCase()) : undefined;

/**
 * The platform facts of a job definition's record, kept for the whole run (unlike the job definition's
 * other facts, kept for the recent records only): the graph asks every job definition's platform to
 * pair it with queues before the job definition's own rules run, and a few dozen bytes a record are
 * cheaper than reading every job definition's facts twice.
 */
export const jobPlatformFactsOf = memoisedPerRecord(jobPlatformFacts);

export function jobPlatformFacts(jobDefinition: unknown): JobPlatformFacts {
  const { capacity, orchestration } = jobPlatformFact(jobDefinition);
  const raw = field(jobDefinition, 'platformCapabilities');
  // A list with an unknown entry is a list whose value is not known: present, never reported as wrong.
  const capabilities: Fact<readonly string[]> = Array.isArray(raw) && raw.some(isUnknown)
    ? { certainty: 'unknown', origin: 'platformCapabilities', path: CAPABILITIES_PATH }
    : factAt(raw, [], 'platformCapabilities', readCapabilities);
  // One literal with every key, so that every job definition's platform has the same shape (a spread
  // of the platform fact gave each of 10,000 job definitions a hidden class of its own).
  return {
    capacity,
    orchestration,
    kind: orchestration === 'EKS' ? 'eks' : capacity,
    capabilities,
    eksProperties: fieldFact(jobDefinition, 'eksProperties', [], readAny),
  };
}
