// What a scheduling policy says, read once: its fair-share policy (share decay, compute reservation)
// and the share distribution (identifiers, weights).
// https://docs.aws.amazon.com/batch/latest/APIReference/API_FairsharePolicy.html
import type { BatchResource } from '../resource.js';
import { field, numberOf, stringOf } from '../values.js';
import type { JsonPath } from '../../source/source-document.js';
import { listFactOf, memoisedPerRecord, recordFactOf, type Fact } from './fact.js';
import { sharedPath } from './fact-paths.js';
import { fieldFact } from './read-fact.js';
import { tagsFactOf, type TagsFact } from './tag-facts.js';

export interface ShareFacts {
  readonly index: number;
  readonly path: JsonPath;
  /** A share identifier, or a prefix ending in `*` that covers every identifier starting with it. */
  readonly shareIdentifier: Fact<string>;
  readonly weightFactor: Fact<number>;
}

export interface FairsharePolicyFacts {
  readonly shareDecaySeconds: Fact<number>;
  readonly computeReservation: Fact<number>;
  readonly shareDistribution: Fact<readonly ShareFacts[]>;
}

export interface SchedulingPolicyFacts {
  readonly fairsharePolicy: Fact<FairsharePolicyFacts>;
  readonly tags: TagsFact;
}

function readSchedulingPolicy(data: unknown): SchedulingPolicyFacts {
  return {
    fairsharePolicy: recordFactOf(field(data, 'fairsharePolicy'), ['fairsharePolicy'], (policy, path) => ({
      shareDecaySeconds: fieldFact(policy, 'shareDecaySeconds', path, numberOf),
      computeReservation: fieldFact(policy, 'computeReservation', path, numberOf),
      shareDistribution: listFactOf(field(policy, 'shareDistribution'), sharedPath(path, 'shareDistribution'), (entry, entryPath, index) => ({
        index,
        path: entryPath,
        shareIdentifier: fieldFact(entry, 'shareIdentifier', entryPath, stringOf),
        weightFactor: fieldFact(entry, 'weightFactor', entryPath, numberOf),
      })),
    })),
    tags: tagsFactOf(field(data, 'tags'), ['tags']),
  };
}

/** The facts of a scheduling policy's record, read once per record. */
export const schedulingPolicyFactsOf = memoisedPerRecord(readSchedulingPolicy);

export function schedulingPolicyFacts(resource: BatchResource<'schedulingPolicy'>): SchedulingPolicyFacts {
  return schedulingPolicyFactsOf(resource.data);
}
