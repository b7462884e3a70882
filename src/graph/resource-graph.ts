// The resource graph: every reference between the resources of a run, resolved once.
// queue -> compute environments (computeEnvironmentOrder, by ARN, name or template logical id),
// queue -> scheduling policy (schedulingPolicyArn), and job definition -> queues (pairings).
import type { BatchResource, Pairing, ResourceKind } from '../model/resource.js';
import type { JsonPath } from '../source/source-document.js';
import { field, numberOf, type Piece } from '../model/values.js';
import { entriesOf, isWrittenFact, known, type Fact } from '../model/facts/fact.js';
import { jobQueueFacts } from '../model/facts/job-queue-facts.js';
import { environmentPlatform, jobPlatform, type Capacity, type Orchestration } from './platform.js';
import { hasUnknownName, plainName, ReferenceIndex, refersTo, resolveReference, sameScope, scopeOf } from './resource-reference.js';

/** What the graph reads of a run's model (LintModel builds its graph from itself). */
export interface GraphInput {
  readonly byKind: { readonly [K in ResourceKind]: readonly BatchResource<K>[] };
  readonly pairings: readonly Pairing[];
}

export interface EnvironmentLink {
  /** Position in computeEnvironmentOrder. */
  index: number;
  order?: number;
  /** The reference as written; undefined when it is not a string. */
  reference?: string;
  /** The reference is a value known only at deploy time that could not be traced to a resource. */
  unknown: boolean;
  environment?: BatchResource<'computeEnvironment'>;
  /** Path of the entry inside the queue. */
  path: JsonPath;
}

export interface QueueNode {
  queue: BatchResource<'jobQueue'>;
  /** In the order Batch tries them (ascending `order`, then as written). */
  environments: EnvironmentLink[];
  policy?: { reference?: string; unknown: boolean; policy?: BatchResource<'schedulingPolicy'>; path: JsonPath };
}

/**
 * How we know a job definition is submitted to a queue: the config's `workloads`, a Step Functions
 * task or an EventBridge target in a template, or (`platform`) because the queue's platform matches
 * and nothing says otherwise.
 */
export type PairingOrigin = Pairing['origin'] | 'platform';

export interface JobQueuePairing {
  jobDefinition: BatchResource<'jobDefinition'>;
  queue: QueueNode;
  origin: PairingOrigin;
  /** The declaration, for declared pairings. */
  declared?: Pairing;
  /** For `platform` pairings: every queue the job definition could equally go to (this one included). */
  alternatives: readonly QueueNode[];
}

export interface UnresolvedPairing {
  pairing: Pairing;
  jobDefinition?: BatchResource<'jobDefinition'>;
  queue?: QueueNode;
}

/** A template reference that the IaC loaders keep as an unknown value: `!Ref X`, `Ref: X`, `!GetAtt X.Arn`. */
function logicalIdOf(origin: string): string | undefined {
  const match = /^(?:!Ref\s+|Ref:?\s*|\{"Ref":\s*")([A-Za-z0-9]+)|^!GetAtt\s+([A-Za-z0-9]+)\./.exec(origin.trim());
  return match?.[1] ?? match?.[2];
}

/**
 * The resource name at the end of a Batch ARN whose account or Region is unknown but whose name is
 * literal (`arn:` ... `:compute-environment/etl`, built with `!Sub` or `!Join`).
 */
function nameOfPartialArn(parts: readonly Piece[] | undefined): string | undefined {
  const last = parts?.[parts.length - 1];
  return typeof last === 'string' ? /:(?:compute-environment|job-queue|scheduling-policy)\/([\w-]+)$/.exec(last)?.[1] : undefined;
}

/**
 * A job definition with no declared pairing is assumed to go to every queue of its platform. Past
 * this many such queues the assumption says too little to judge by (a finding would need every one
 * of them to agree) and costs jobs x queues placements: no pairing is inferred, and `explain` and the
 * docs say to declare `workloads` in the config instead.
 */
export const MAX_INFERRED_QUEUES = 25;


export class ResourceGraph {
  readonly queues: QueueNode[];
  readonly declaredPairings: JobQueuePairing[] = [];
  readonly unresolvedPairings: UnresolvedPairing[] = [];
  private readonly queueByResource = new Map<BatchResource, QueueNode>();
  private readonly inferred = new Map<BatchResource, JobQueuePairing[]>();
  /** Declared pairings by job definition; an entry (maybe empty) also for job definitions whose declared pairing did not resolve. */
  private readonly declaredByJob = new Map<BatchResource, JobQueuePairing[]>();
  private readonly inferredQueueLists = new Map<string, QueueNode[]>();
  private usingIndex: Map<BatchResource, QueueNode[]> | undefined;
  private certainOnQueue: Map<QueueNode, JobQueuePairing[]> | undefined;
  private readonly indexes = new Map<ResourceKind, ReferenceIndex<ResourceKind>>();
  private readonly unnamed = new Map<ResourceKind, readonly BatchResource[]>();

  constructor(private readonly model: GraphInput) {
    this.queues = model.byKind.jobQueue.map((queue) => this.linkQueue(queue));
    for (const node of this.queues) this.queueByResource.set(node.queue, node);
    // Job definitions whose declared pairing names a queue that may be one whose name is unknown:
    // submitted somewhere, but where is not known (no pairing is inferred for them either).
    const undecided: BatchResource[] = [];
    for (const pairing of model.pairings) {
      const jobDefinitions = this.jobDefinitionsSubmittedBy(pairing);
      if (jobDefinitions.length === 0) {
        if (this.mayBeUnnamed('jobDefinition')) continue;
        const queueResource = this.resolveJobQueue(pairing.jobQueue);
        const queue = queueResource ? this.queueByResource.get(queueResource) : undefined;
        this.unresolvedPairings.push({ pairing, ...(queue ? { queue } : {}) });
        continue;
      }
      for (const jobDefinition of jobDefinitions) {
        const queueResource = this.resolveJobQueue(pairing.jobQueue, jobDefinition);
        const queue = queueResource ? this.queueByResource.get(queueResource) : undefined;
        if (queue) this.declaredPairings.push({ jobDefinition, queue, origin: pairing.origin, declared: pairing, alternatives: [queue] });
        else if (this.mayBeUnnamed('jobQueue', jobDefinition)) undecided.push(jobDefinition);
        else this.unresolvedPairings.push({ pairing, jobDefinition });
      }
    }
    for (const jobDefinition of undecided) if (!this.declaredByJob.has(jobDefinition)) this.declaredByJob.set(jobDefinition, []);
    for (const p of this.declaredPairings) {
      const list = this.declaredByJob.get(p.jobDefinition);
      if (list) list.push(p);
      else this.declaredByJob.set(p.jobDefinition, [p]);
    }
    for (const u of this.unresolvedPairings) if (u.jobDefinition && !this.declaredByJob.has(u.jobDefinition)) this.declaredByJob.set(u.jobDefinition, []);
  }

  /**
   * The job definitions a declared pairing submits. A template's pairing names its own resource; a
   * config workload names a job definition by name, which may be defined in several files (one
   * stack per environment): each of them is submitted so, at its latest revision.
   */
  private jobDefinitionsSubmittedBy(pairing: Pairing): BatchResource<'jobDefinition'>[] {
    const reference = pairing.jobDefinition;
    if (pairing.origin !== 'config') {
      // A template's state machine or rule names a job definition of its own template first (looked
      // up there: across many templates that reuse the same logical ids, filtering all of them for
      // every pairing made linking quadratic).
      const file = pairing.source?.document.file;
      const local = file === undefined ? [] : this.candidates('jobDefinition', reference, file).filter((r) => refersTo(reference, r));
      const one = resolveReference(reference, local.length > 0 ? local : this.candidates('jobDefinition', reference).filter((r) => refersTo(reference, r)));
      return one ? [one] : [];
    }
    const matches = this.candidates('jobDefinition', reference).filter((r) => refersTo(reference, r));
    const latest = new Map<string, BatchResource<'jobDefinition'>>();
    for (const r of matches) {
      const key = `${r.source.document.file}|${plainName(r)}|${r.region ?? ''}`;
      const best = latest.get(key);
      if (!best || (numberOf(field(r.data, 'revision')) ?? 0) > (numberOf(field(best.data, 'revision')) ?? 0)) latest.set(key, r);
    }
    return [...latest.values()];
  }

  /**
   * What a queue's link holds, as its facts have it: a name or ARN, or the logical id of the template
   * resource a `Ref` / `Fn::GetAtt` names, or the literal name at the end of an ARN built around unknown
   * parts (`!Sub arn:...:job-queue/etl`). An unknown naming nothing here (a parameter without default, a
   * custom resource, an import) is an unknown link, not a reference to a missing environment or policy.
   */
  private resolveLink<R>(fact: Fact<string>, resolve: (reference: string) => R | undefined, mayBeUnnamed: () => boolean): { reference?: string; unknown: boolean; target?: R } {
    if ((fact.certainty === 'unknown' && !fact.invalid) || fact.certainty === 'maybeAbsent') {
      const id = logicalIdOf(fact.origin) ?? (fact.certainty === 'unknown' ? nameOfPartialArn(fact.parts) : undefined);
      const target = id === undefined ? undefined : resolve(id);
      return target !== undefined ? { reference: id, unknown: false, target } : { unknown: true };
    }
    if (fact.certainty !== 'known') return { unknown: false };
    const target = resolve(fact.value);
    if (target === undefined && mayBeUnnamed()) return { unknown: true };
    return { reference: fact.value, unknown: false, ...(target !== undefined ? { target } : {}) };
  }

  /**
   * Whether a resource of `kind` (in the scope of `from`) has a name known only at deploy time: a
   * name that matches nothing else may designate it, so the link is unknown, not unresolved.
   */
  private mayBeUnnamed(kind: ResourceKind, from?: BatchResource): boolean {
    let unnamed = this.unnamed.get(kind);
    if (!unnamed) this.unnamed.set(kind, (unnamed = this.model.byKind[kind].filter(hasUnknownName)));
    return unnamed.some((r) => !from || sameScope(from, r));
  }

  private linkQueue(queue: BatchResource<'jobQueue'>): QueueNode {
    const facts = jobQueueFacts(queue);
    const environments: EnvironmentLink[] = entriesOf(facts.computeEnvironmentOrder).map((entry) => {
      const { reference, unknown, target: environment } = this.resolveLink(entry.computeEnvironment, (r) => this.resolveComputeEnvironment(r, queue), () => this.mayBeUnnamed('computeEnvironment', queue));
      const order = known(entry.order);
      return { index: entry.index, unknown, path: entry.computeEnvironment.path, ...(order !== undefined ? { order } : {}), ...(reference !== undefined ? { reference } : {}), ...(environment ? { environment } : {}) };
    });
    environments.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.index - b.index);
    const node: QueueNode = { queue, environments };
    if (isWrittenFact(facts.schedulingPolicyArn)) {
      const { reference, unknown, target: policy } = this.resolveLink(facts.schedulingPolicyArn, (r) => this.resolveSchedulingPolicy(r, queue), () => this.mayBeUnnamed('schedulingPolicy', queue));
      node.policy = { unknown, path: ['schedulingPolicyArn'], ...(reference !== undefined ? { reference } : {}), ...(policy ? { policy } : {}) };
    }
    return node;
  }

  private candidates<K extends ResourceKind>(kind: K, reference: string, file?: string): BatchResource<K>[] {
    let index = this.indexes.get(kind);
    if (!index) this.indexes.set(kind, (index = new ReferenceIndex<ResourceKind>(this.model.byKind[kind])));
    return index.candidatesFor(reference, file) as BatchResource<K>[];
  }

  /**
   * A match in the referring resource's own file wins (resolveReference prefers it too), so it is
   * looked for there first: across many templates that reuse the same logical ids, resolving among
   * all of them made linking quadratic.
   */
  private resolve<K extends ResourceKind>(kind: K, reference: string, from?: BatchResource): BatchResource<K> | undefined {
    const local = from ? resolveReference(reference, this.candidates(kind, reference, from.source.document.file), from) : undefined;
    return local ?? resolveReference(reference, this.candidates(kind, reference), from);
  }

  resolveComputeEnvironment(reference: string, from?: BatchResource): BatchResource<'computeEnvironment'> | undefined {
    return this.resolve('computeEnvironment', reference, from);
  }

  resolveJobQueue(reference: string, from?: BatchResource): BatchResource<'jobQueue'> | undefined {
    return this.resolve('jobQueue', reference, from);
  }

  resolveJobDefinition(reference: string, from?: BatchResource): BatchResource<'jobDefinition'> | undefined {
    return this.resolve('jobDefinition', reference, from);
  }

  resolveSchedulingPolicy(reference: string, from?: BatchResource): BatchResource<'schedulingPolicy'> | undefined {
    return this.resolve('schedulingPolicy', reference, from);
  }

  queueNode(queue: BatchResource): QueueNode | undefined {
    return this.queueByResource.get(queue);
  }

  /** The queues whose computeEnvironmentOrder resolves to this environment. */
  queuesUsing(environment: BatchResource): QueueNode[] {
    if (!this.usingIndex) {
      this.usingIndex = new Map();
      for (const node of this.queues) {
        for (const link of node.environments) {
          if (!link.environment) continue;
          const list = this.usingIndex.get(link.environment);
          if (!list) this.usingIndex.set(link.environment, [node]);
          else if (!list.includes(node)) list.push(node);
        }
      }
    }
    return this.usingIndex.get(environment) ?? [];
  }

  /**
   * The platforms of a queue's resolved environments. `complete` is false when some entries are not
   * resolved (the queue may hold environments of another platform we cannot see).
   */
  queuePlatform(node: QueueNode): { capacities: Set<Capacity>; orchestrations: Set<Orchestration>; complete: boolean } {
    const capacities = new Set<Capacity>();
    const orchestrations = new Set<Orchestration>();
    let complete = node.environments.length > 0;
    for (const link of node.environments) {
      if (!link.environment) {
        complete = false;
        continue;
      }
      const p = environmentPlatform(link.environment.data);
      if (p.capacity) capacities.add(p.capacity);
      else complete = false;
      orchestrations.add(p.orchestration);
    }
    const type = known(jobQueueFacts(node.queue).jobQueueType) ?? '';
    if (type === 'EKS') orchestrations.add('EKS');
    if (type === 'ECS' || type === 'ECS_FARGATE') orchestrations.add('ECS');
    if (type === 'ECS_FARGATE') capacities.add('fargate');
    return { capacities, orchestrations, complete };
  }

  /** True when the queue's (known) platform can run the job definition. */
  platformMatches(jobDefinition: BatchResource<'jobDefinition'>, node: QueueNode): boolean {
    const job = jobPlatform(jobDefinition.data);
    const queue = this.queuePlatform(node);
    if (job.capacity && queue.capacities.size > 0 && !queue.capacities.has(job.capacity)) return false;
    if (queue.orchestrations.size > 0 && !queue.orchestrations.has(job.orchestration)) return false;
    return true;
  }

  /**
   * The queues a job definition is submitted to: the declared pairings when there are any for it,
   * otherwise every queue whose platform matches (origin `platform`).
   */
  pairingsOf(jobDefinition: BatchResource<'jobDefinition'>): JobQueuePairing[] {
    const declared = this.declaredByJob.get(jobDefinition);
    if (declared) return declared;
    let inferred = this.inferred.get(jobDefinition);
    if (!inferred) {
      const queues = this.inferredQueues(jobDefinition);
      inferred = queues.length > MAX_INFERRED_QUEUES ? [] : queues.map((queue) => ({ jobDefinition, queue, origin: 'platform' as const, alternatives: queues }));
      this.inferred.set(jobDefinition, inferred);
    }
    return inferred;
  }

  /**
   * The queues of the job definition's platform (and account and Region): computed once per kind of
   * job, since thousands of job definitions share a handful of platforms.
   */
  inferredQueues(jobDefinition: BatchResource<'jobDefinition'>): QueueNode[] {
    const job = jobPlatform(jobDefinition.data);
    const { region, account } = scopeOf(jobDefinition);
    const key = `${job.capacity ?? ''}|${job.orchestration}|${region ?? ''}|${account ?? ''}`;
    let queues = this.inferredQueueLists.get(key);
    if (!queues) {
      queues = this.queues.filter((q) => sameScope(jobDefinition, q.queue) && this.platformMatches(jobDefinition, q));
      this.inferredQueueLists.set(key, queues);
    }
    return queues;
  }

  /**
   * The pairings on a queue that are certain: declared, or inferred where the queue is the only one
   * of the job's platform. Environment-side rules judge by these only.
   */
  certainPairingsOnQueue(node: QueueNode): JobQueuePairing[] {
    if (!this.certainOnQueue) {
      const index = new Map<QueueNode, JobQueuePairing[]>();
      const add = (p: JobQueuePairing): void => {
        const list = index.get(p.queue);
        if (list) list.push(p);
        else index.set(p.queue, [p]);
      };
      for (const jd of this.model.byKind.jobDefinition) {
        const declared = this.declaredByJob.get(jd);
        if (declared) declared.forEach(add);
        else if (this.inferredQueues(jd).length === 1) this.pairingsOf(jd).forEach(add);
      }
      this.certainOnQueue = index;
    }
    return this.certainOnQueue.get(node) ?? [];
  }

}

export function buildResourceGraph(model: GraphInput): ResourceGraph {
  return new ResourceGraph(model);
}
