// What a job queue says, read once: its state, its compute environments in the order written (the
// resource graph resolves them to resources and sorts them as Batch tries them), its scheduling
// policy, priority, type and the actions it takes on jobs stuck in RUNNABLE.
// https://docs.aws.amazon.com/batch/latest/APIReference/API_CreateJobQueue.html
import type { BatchResource } from '../resource.js';
import { field, numberOf, stringOf } from '../values.js';
import type { JsonPath } from '../../source/source-document.js';
import { enumReader, listFactOf, memoisedPerRecord, type Fact } from './fact.js';
import { fieldFact, readUpperText } from './read-fact.js';
import { STATES, type State } from './compute-environment-facts.js';
import { tagsFactOf, type TagsFact } from './tag-facts.js';

export interface EnvironmentOrderFacts {
  /** Position in computeEnvironmentOrder. */
  readonly index: number;
  readonly path: JsonPath;
  readonly order: Fact<number>;
  /** The environment's ARN, name or template reference; an unknown keeps how it is written (`!Ref Ce`). */
  readonly computeEnvironment: Fact<string>;
}

export interface TimeLimitActionFacts {
  readonly index: number;
  readonly path: JsonPath;
  readonly reason: Fact<string>;
  readonly state: Fact<string>;
  readonly maxTimeSeconds: Fact<number>;
  /** Upper-cased: CANCEL or TERMINATE. */
  readonly action: Fact<string>;
}

export interface JobQueueFacts {
  readonly state: Fact<State>;
  readonly priority: Fact<number>;
  /** Upper-cased: ECS, ECS_FARGATE, EKS, SAGEMAKER_TRAINING. */
  readonly jobQueueType: Fact<string>;
  readonly computeEnvironmentOrder: Fact<readonly EnvironmentOrderFacts[]>;
  /** How many serviceEnvironmentOrder entries are written (SageMaker Training queues); 0 when none. */
  readonly serviceEnvironmentCount: number;
  readonly schedulingPolicyArn: Fact<string>;
  readonly jobStateTimeLimitActions: Fact<readonly TimeLimitActionFacts[]>;
  readonly tags: TagsFact;
}


function readJobQueue(data: unknown): JobQueueFacts {
  const services = field(data, 'serviceEnvironmentOrder');
  return {
    state: fieldFact(data, 'state', [], enumReader(STATES)),
    priority: fieldFact(data, 'priority', [], numberOf),
    jobQueueType: fieldFact(data, 'jobQueueType', [], readUpperText),
    computeEnvironmentOrder: listFactOf(field(data, 'computeEnvironmentOrder'), ['computeEnvironmentOrder'], (entry, path, index) => ({
      index,
      path,
      order: fieldFact(entry, 'order', path, numberOf),
      computeEnvironment: fieldFact(entry, 'computeEnvironment', path, stringOf),
    })),
    serviceEnvironmentCount: Array.isArray(services) ? services.length : 0,
    schedulingPolicyArn: fieldFact(data, 'schedulingPolicyArn', [], stringOf),
    jobStateTimeLimitActions: listFactOf(field(data, 'jobStateTimeLimitActions'), ['jobStateTimeLimitActions'], (entry, path, index) => ({
      index,
      path,
      reason: fieldFact(entry, 'reason', path, stringOf),
      state: fieldFact(entry, 'state', path, stringOf),
      maxTimeSeconds: fieldFact(entry, 'maxTimeSeconds', path, numberOf),
      action: fieldFact(entry, 'action', path, readUpperText),
    })),
    tags: tagsFactOf(field(data, 'tags'), ['tags']),
  };
}

/** The facts of a job queue's record, read once per record. */
export const jobQueueFactsOf = memoisedPerRecord(readJobQueue);

export function jobQueueFacts(resource: BatchResource<'jobQueue'>): JobQueueFacts {
  return jobQueueFactsOf(resource.data);
}

