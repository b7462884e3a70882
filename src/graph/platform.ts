// Which platform a resource runs on, as far as Batch matches job definitions to queues:
// - EC2 vs Fargate: a job definition's platformCapabilities (EC2 default, FARGATE) must match the
//   queue's compute environments (EC2/SPOT vs FARGATE/FARGATE_SPOT).
//   https://docs.aws.amazon.com/batch/latest/APIReference/API_RegisterJobDefinition.html (platformCapabilities)
//   https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeEnvironmentOrder.html
// - ECS vs EKS: jobs with eksProperties run only on EKS environments (eksConfiguration), and a queue
//   has a single jobQueueType. https://docs.aws.amazon.com/batch/latest/APIReference/API_JobQueueDetail.html
import { known } from '../model/facts/fact.js';
import { computeEnvironmentFactsOf, isDisabled, isUnmanaged, type ComputeEnvironmentFacts, type Provisioning } from '../model/facts/compute-environment-facts.js';
import { jobPlatformFactsOf } from '../model/facts/job-platform-facts.js';
import type { BatchResource } from '../model/resource.js';

export type { Provisioning } from '../model/facts/compute-environment-facts.js';
export type Capacity = 'ec2' | 'fargate';
export type Orchestration = 'ECS' | 'EKS';

export interface EnvironmentPlatform {
  managed: boolean;
  /** undefined when not known (unknown value, unmanaged environment without computeResources). */
  provisioning?: Provisioning;
  capacity?: Capacity;
  orchestration: Orchestration;
  /** DISABLED environments take no new jobs. Unknown or missing state counts as enabled. */
  enabled: boolean;
}

const platforms = new WeakMap<ComputeEnvironmentFacts, EnvironmentPlatform>();

/** The platform of a compute environment (its record, API shape), from its facts; computed once per environment. */
export function environmentPlatform(ce: unknown): EnvironmentPlatform {
  const facts = computeEnvironmentFactsOf(ce);
  let platform = platforms.get(facts);
  if (!platform) platforms.set(facts, (platform = platformOf(facts)));
  return platform;
}

/** The platform of a compute environment resource. */
export function environmentPlatformOf(environment: BatchResource<'computeEnvironment'>): EnvironmentPlatform {
  return environmentPlatform(environment.data);
}

function platformOf(facts: ComputeEnvironmentFacts): EnvironmentPlatform {
  const managed = !isUnmanaged(facts);
  const provisioning = known(facts.resources.provisioning);
  const eks = facts.eksConfiguration.certainty === 'known' || known(facts.orchestrationType) === 'EKS';
  return {
    managed,
    ...(provisioning ? { provisioning, capacity: provisioning.startsWith('FARGATE') ? ('fargate' as const) : ('ec2' as const) } : {}),
    ...(!managed && !provisioning ? { capacity: 'ec2' as const } : {}), // unmanaged environments are EC2 instances you run
    orchestration: eks ? 'EKS' : 'ECS',
    enabled: !isDisabled(facts.state),
  };
}

export interface JobPlatform {
  /** undefined when platformCapabilities holds an unknown value or only capabilities we do not model. */
  capacity?: Capacity;
  orchestration: Orchestration;
}

/** The platform of a job definition (its record), from its facts: read once per job definition, however many queues ask. */
export function jobPlatform(jd: unknown): JobPlatform {
  return jobPlatformFactsOf(jd);
}

export function describeJobPlatform(p: JobPlatform): string {
  if (p.capacity === 'fargate') return 'Fargate';
  return p.orchestration === 'EKS' ? 'EKS' : 'EC2';
}

export function describeEnvironmentPlatform(p: EnvironmentPlatform): string {
  if (!p.managed) return p.orchestration === 'EKS' ? 'unmanaged EKS' : 'unmanaged EC2';
  const prov = p.provisioning ?? 'unknown';
  return p.orchestration === 'EKS' ? `EKS on ${prov}` : prov;
}
