// Where a job can run in a queue: per compute environment, the instance types that hold a copy of it
// (and how many), those ruled out and why, and a verdict. A job that no enabled environment can hold
// stays RUNNABLE for ever (MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT,
// https://docs.aws.amazon.com/batch/latest/userguide/job_stuck_in_runnable.html).
import type { BatchResource } from '../model/resource.js';
import type { OptimalBehavior } from '../catalog/batch-instance-keywords.js';
import type { InstanceTypeExpansion } from '../catalog/expand-instance-types.js';
import { environmentInstanceTypes } from '../catalog/environment-instance-types.js';
import { known } from '../model/facts/fact.js';
import { computeEnvironmentFacts } from '../model/facts/compute-environment-facts.js';
import type { InstanceCatalog } from '../catalog/instance-catalog.js';
import type { EnvironmentLink, QueueNode, ResourceGraph } from '../graph/resource-graph.js';
import { environmentPlatformOf, type EnvironmentPlatform } from '../graph/platform.js';
import { regionOfArn } from '../graph/resource-reference.js';
import { jobRequirements } from './job-requirements.js';
import type { JobRequirements, NodeRequirement } from '../model/facts/job-size-facts.js';
import { fitOnType, type TypeFit } from './fit.js';
import { DEFAULT_MEMORY_MODEL, type MemoryModel } from './memory-model.js';

/** The largest Fargate task (32 vCPU, 249856 MiB: the newer User Guide; 16/122880 in the API model). */
export const FARGATE_MAX = { vcpus: 32, memoryMiB: 249856 } as const;

export interface PlacementOptions {
  memoryModel?: MemoryModel;
  optimal?: OptimalBehavior;
  /** Overrides the Region taken from ARNs. */
  region?: string;
  catalog?: InstanceCatalog;
}

/** fits: some type holds it with room to spare; tight: only within the model's margin; none: nothing holds it. */
export type Verdict = 'fits' | 'tight' | 'none' | 'unknown';

export interface NodePlacement {
  node: NodeRequirement;
  /** Types that hold at least one copy, most copies first. */
  candidates: TypeFit[];
  ruledOut: TypeFit[];
  verdict: Verdict;
  /** The allowed type that comes closest (fewest shortfalls, then most memory): named in messages. */
  closest?: TypeFit;
  /** Multinode: the range's instanceType is not among the types the environment can launch. */
  instanceTypeNotLaunchable?: boolean;
}

export type EnvironmentStatus = 'unresolved' | 'disabled' | 'platform-mismatch' | 'unmanaged' | 'fargate' | 'instances';

export interface EnvironmentPlacement {
  link: EnvironmentLink;
  environment?: BatchResource<'computeEnvironment'>;
  platform?: EnvironmentPlatform;
  status: EnvironmentStatus;
  region?: string;
  expansion?: InstanceTypeExpansion;
  nodes: NodePlacement[];
  maxvCpus?: number;
  verdict: Verdict;
}

export interface QueuePlacement {
  queue: QueueNode;
  requirements?: JobRequirements;
  environments: EnvironmentPlacement[];
  verdict: Verdict;
  memoryModel: MemoryModel;
}

const RANK: Record<Verdict, number> = { none: 0, tight: 1, unknown: 2, fits: 3 };

function worst(verdicts: Verdict[]): Verdict {
  return verdicts.reduce<Verdict>((w, v) => (RANK[v] < RANK[w] ? v : w), 'fits');
}

function best(verdicts: Verdict[]): Verdict {
  return verdicts.reduce<Verdict>((b, v) => (RANK[v] > RANK[b] ? v : b), 'none');
}

type NodeVerdictCore = Omit<NodePlacement, 'node'>;

// Many job definitions ask for the same sizes, and many queues share environments: a node's fit on
// an environment's instance types depends only on the numbers, so it is computed once per distinct
// (sizes, expansion, orchestration, memory model) and shared. The NodePlacement keeps each job's own
// requirement (its paths and labels are what findings point at).
const nodeCache = new WeakMap<InstanceTypeExpansion, Map<string, NodeVerdictCore>>();
const modelKeys = new WeakMap<MemoryModel, string>();

/** A memory model as a cache key: JSON, computed once per model object. */
export function memoryModelKey(model: MemoryModel): string {
  let key = modelKeys.get(model);
  if (key === undefined) modelKeys.set(model, (key = JSON.stringify(model)));
  return key;
}

function placeNode(node: NodeRequirement, expansion: InstanceTypeExpansion, platform: EnvironmentPlatform, model: MemoryModel): NodePlacement {
  const key = `${node.vcpus?.value}|${node.memoryMiB?.value}|${node.gpus?.value}|${node.instanceType?.value ?? ''}|${node.complete}|${platform.orchestration}|${memoryModelKey(model)}`;
  let byKey = nodeCache.get(expansion);
  if (!byKey) nodeCache.set(expansion, (byKey = new Map()));
  let core = byKey.get(key);
  if (!core) byKey.set(key, (core = placeNodeSizes(node, expansion, platform, model)));
  return { node, ...core };
}

function placeNodeSizes(node: NodeRequirement, expansion: InstanceTypeExpansion, platform: EnvironmentPlatform, model: MemoryModel): NodeVerdictCore {
  let types = expansion.types;
  let instanceTypeNotLaunchable = false;
  if (node.instanceType) {
    const wanted = node.instanceType.value.trim().toLowerCase();
    types = types.filter((t) => t.name === wanted);
    instanceTypeNotLaunchable = types.length === 0 && expansion.unresolved.length === 0;
  }
  const fits = types.map((t) => fitOnType(node, t, model, platform.orchestration));
  const candidates = fits.filter((f) => f.copies > 0).sort((a, b) => b.copies - a.copies || a.type.vcpus - b.type.vcpus || a.type.memoryMiB - b.type.memoryMiB);
  const ruledOut = fits.filter((f) => f.copies === 0);
  const gap = (f: TypeFit): number => f.shortfalls.reduce((sum, s) => sum + (s.need - s.offer) / s.need, 0);
  const closest = [...fits].sort((a, b) => a.shortfalls.length - b.shortfalls.length || gap(a) - gap(b) || b.availableMiB - a.availableMiB || b.availableVcpus - a.availableVcpus)[0];
  let verdict: Verdict;
  if (candidates.some((c) => !c.withinMargin)) verdict = 'fits';
  else if (expansion.unresolved.length > 0 || !node.complete) verdict = 'unknown';
  else if (instanceTypeNotLaunchable) verdict = 'unknown'; // its own rule reports it
  else verdict = candidates.length > 0 ? 'tight' : types.length > 0 ? 'none' : 'unknown';
  return { candidates, ruledOut, verdict, ...(closest ? { closest } : {}), ...(instanceTypeNotLaunchable ? { instanceTypeNotLaunchable } : {}) };
}

// An environment's instance types expand the same way for every job: once per environment, catalog and
// options (environment-instance-types.ts keeps them).
function cachedExpansion(environment: BatchResource<'computeEnvironment'>, region: string | undefined, options: PlacementOptions): InstanceTypeExpansion | undefined {
  return environmentInstanceTypes(environment, options.catalog, { ...(region ? { region } : {}), ...(options.optimal ? { optimal: options.optimal } : {}) });
}

function placeOnEnvironment(link: EnvironmentLink, queue: QueueNode, requirements: JobRequirements, options: PlacementOptions, model: MemoryModel): EnvironmentPlacement {
  const environment = link.environment;
  if (!environment) return { link, status: 'unresolved', nodes: [], verdict: 'unknown' };
  const platform = environmentPlatformOf(environment);
  const region = options.region ?? environment.region ?? regionOfArn(environment.arn) ?? queue.queue.region ?? regionOfArn(queue.queue.arn);
  const maxvCpus = known(computeEnvironmentFacts(environment).resources.maxvCpus);
  const base = { link, environment, platform, ...(region ? { region } : {}), ...(maxvCpus !== undefined ? { maxvCpus } : {}) };
  if (!platform.enabled) return { ...base, status: 'disabled', nodes: [], verdict: 'unknown' };
  const job = requirements.platform;
  if ((job.capacity && platform.capacity && job.capacity !== platform.capacity) || job.orchestration !== platform.orchestration) {
    return { ...base, status: 'platform-mismatch', nodes: [], verdict: 'unknown' };
  }
  if (!platform.managed) return { ...base, status: 'unmanaged', nodes: [], verdict: 'unknown' };
  if (platform.capacity === 'fargate') {
    const nodes = requirements.nodes.map((node): NodePlacement => {
      const over = (node.vcpus?.value ?? 0) > FARGATE_MAX.vcpus || (node.memoryMiB?.value ?? 0) > FARGATE_MAX.memoryMiB;
      return { node, candidates: [], ruledOut: [], verdict: over ? 'none' : 'fits' };
    });
    return { ...base, status: 'fargate', nodes, verdict: worst(nodes.map((n) => n.verdict)) };
  }
  const expansion = cachedExpansion(environment, region, options);
  if (!expansion) return { ...base, status: 'instances', nodes: [], verdict: 'unknown' };
  const nodes = requirements.nodes.filter((n) => n.nodes > 0 || !requirements.multinode).map((n) => placeNode(n, expansion, platform, model));
  return { ...base, status: 'instances', expansion, nodes, verdict: nodes.length > 0 ? worst(nodes.map((n) => n.verdict)) : 'unknown' };
}

/**
 * Places one copy of a job definition on a queue: per compute environment of the queue (in order),
 * the instance types that hold it. The verdict is the best over the enabled environments of the
 * job's platform; `unknown` whenever something that could hold it cannot be seen (an environment
 * outside the input, an unknown value, a type the catalog lacks).
 */
export function placeJob(
  jobDefinition: BatchResource<'jobDefinition'> | JobRequirements,
  queue: QueueNode | BatchResource<'jobQueue'>,
  graph?: ResourceGraph,
  options: PlacementOptions = {},
): QueuePlacement {
  const model = options.memoryModel ?? DEFAULT_MEMORY_MODEL;
  const node = 'environments' in queue ? queue : graph?.queueNode(queue);
  if (!node) throw new Error('placeJob: the queue is not part of the graph');
  const requirements = 'nodes' in jobDefinition ? jobDefinition : jobRequirements(jobDefinition.data);
  if (!requirements) return { queue: node, environments: [], verdict: 'unknown', memoryModel: model };
  const environments = node.environments.map((link) => placeOnEnvironment(link, node, requirements, options, model));
  const open = environments.filter((e) => e.status !== 'disabled' && e.status !== 'platform-mismatch');
  const verdict = open.length === 0 ? 'unknown' : best(open.map((e) => e.verdict));
  return { queue: node, requirements, environments, verdict, memoryModel: model };
}
