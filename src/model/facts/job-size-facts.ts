// What one copy of a job asks for: vCPUs, memory (MiB) and GPUs, per node for multinode jobs, read
// from the container facts (the one reader of job sizes: placement, cost and explain read these).
// - containerProperties / node range containers: resourceRequirements (VCPU, MEMORY, GPU), else the
//   deprecated `vcpus` / `memory` (https://docs.aws.amazon.com/batch/latest/APIReference/API_ResourceRequirement.html);
// - ecsProperties: the sum over the task's containers;
// - eksProperties: requests (limits when requests are missing, as Batch copies them), summed over
//   containers; init containers run first, so the pod needs the larger of the two
//   (https://docs.aws.amazon.com/batch/latest/userguide/memory-cpu-batch-eks.html).
// A value that is not a number or unknown is left out: the figures are then lower bounds, good for
// "does not fit" but not for "fits", and `complete` says so.
import type { JsonPath } from '../../source/source-document.js';
import type { ContainerFacts } from './container-facts.js';
import { isWrittenFact, known, type Fact } from './fact.js';
import type { NodePropertiesFacts } from './job-definition-facts.js';
import type { JobPlatformFact } from './job-platform-facts.js';

export interface Amount {
  value: number;
  /** Where it is declared, for findings. */
  path: JsonPath;
}

export interface NodeRequirement {
  vcpus?: Amount;
  memoryMiB?: Amount;
  gpus?: Amount;
  /** Multinode: the instance type the node range asks for. */
  instanceType?: { value: string; path: JsonPath };
  /** How many nodes of the job have this requirement (1 for single-node jobs). */
  nodes: number;
  /** `containerProperties`, `node range 0:3`, `ecsProperties`, `eksProperties`. */
  label: string;
  /** Where the requirement is declared (the container or range). */
  path: JsonPath;
  /** False when some declared value could not be read (unknown, not a number): figures are lower bounds. */
  complete: boolean;
}

export interface JobRequirements {
  multinode: boolean;
  platform: JobPlatformFact;
  nodes: NodeRequirement[];
  /** Multinode: numNodes. */
  numNodes?: number;
}

type Dimension = 'vcpus' | 'memoryMiB' | 'gpus';
const DIMENSIONS: readonly Dimension[] = ['vcpus', 'memoryMiB', 'gpus'];

class Accumulator {
  vcpus?: Amount;
  memoryMiB?: Amount;
  gpus?: Amount;
  complete = true;

  /** A written value: its number when readable, else the figures become lower bounds. */
  add(key: Dimension, amount: number | undefined, path: JsonPath): void {
    if (amount === undefined) {
      this.complete = false;
      return;
    }
    const current = this[key];
    this[key] = current ? { value: current.value + amount, path: current.path } : { value: amount, path };
  }

  merge(other: Accumulator, how: 'sum' | 'max'): void {
    for (const key of DIMENSIONS) {
      const o = other[key];
      if (!o) continue;
      const c = this[key];
      if (!c) this[key] = o;
      else this[key] = how === 'sum' ? { value: c.value + o.value, path: c.path } : o.value > c.value ? o : c;
    }
    this.complete &&= other.complete;
  }
}

const REQUIREMENT_DIMENSION = { VCPU: 'vcpus', MEMORY: 'memoryMiB', GPU: 'gpus' } as const;

function ecsContainer(container: ContainerFacts): Accumulator {
  const acc = new Accumulator();
  if (container.requirementsUnknown) acc.complete = false;
  const seen = new Set<Dimension>();
  for (const { type, value, amount } of container.requirements) {
    const key = REQUIREMENT_DIMENSION[type];
    seen.add(key);
    if (isWrittenFact(value)) acc.add(key, amount, value.path);
  }
  // The deprecated fields count only where resourceRequirements does not say.
  const legacy = (key: Dimension, fact: Fact<number>, amount: number | undefined): void => {
    if (!seen.has(key) && isWrittenFact(fact)) acc.add(key, amount, fact.path);
  };
  legacy('vcpus', container.legacyVcpus, container.legacyVcpusAmount);
  legacy('memoryMiB', container.legacyMemory, container.legacyMemoryAmount);
  return acc;
}

const EKS_DIMENSION = { cpu: 'vcpus', memory: 'memoryMiB', 'nvidia.com/gpu': 'gpus' } as const;

function eksContainer(container: ContainerFacts): Accumulator {
  const acc = new Accumulator();
  for (const [key, dimension] of Object.entries(EKS_DIMENSION) as [keyof typeof EKS_DIMENSION, Dimension][]) {
    const requests = container.eksResources.find((r) => r.side === 'requests' && r.key === key);
    const chosen = requests && isWrittenFact(requests.value) ? requests : container.eksResources.find((r) => r.side === 'limits' && r.key === key);
    if (chosen && isWrittenFact(chosen.value)) acc.add(dimension, chosen.amount, chosen.value.path);
  }
  return acc;
}

/** Whether `path` is inside `base`. */
function within(path: JsonPath, base: JsonPath): boolean {
  return base.every((segment, i) => path[i] === segment);
}

/** The size of the containers under `base`: ECS containers and tasks summed, an EKS pod as Batch sizes it. */
function sizeUnder(containers: readonly ContainerFacts[], base: JsonPath): Accumulator {
  const acc = new Accumulator();
  const main = new Accumulator();
  const init = new Accumulator();
  let pod = false;
  for (const c of containers) {
    if (!within(c.path, base)) continue;
    if (c.kind === 'ecs') acc.merge(ecsContainer(c), 'sum');
    else {
      pod = true;
      if (c.init) init.merge(eksContainer(c), 'max');
      else main.merge(eksContainer(c), 'sum');
    }
  }
  if (pod) {
    main.merge(init, 'max');
    acc.merge(main, 'sum');
  }
  return acc;
}

function toNode(acc: Accumulator, label: string, path: JsonPath, nodes: number): NodeRequirement {
  return { nodes, label, path, complete: acc.complete, ...(acc.vcpus ? { vcpus: acc.vcpus } : {}), ...(acc.memoryMiB ? { memoryMiB: acc.memoryMiB } : {}), ...(acc.gpus ? { gpus: acc.gpus } : {}) };
}

/** Parses `targetNodes` (`0:3`, `4:`, `:`, `2`) into inclusive bounds. */
function nodeRange(target: string | undefined, numNodes: number): [number, number] | undefined {
  if (target === undefined) return undefined;
  const match = /^\s*(\d*)\s*(?::\s*(\d*))?\s*$/.exec(target);
  if (!match) return undefined;
  const start = match[1] ? Number(match[1]) : 0;
  const end = match[2] !== undefined ? (match[2] ? Number(match[2]) : numNodes - 1) : start;
  return [start, Math.min(end, numNodes - 1)];
}

function multinodeRequirements(containers: readonly ContainerFacts[], nodes: NodePropertiesFacts, platform: JobPlatformFact): JobRequirements {
  const count = nodes.nodeCount;
  // Nested ranges are allowed and the narrower one wins, so count each node once, for its narrowest range.
  const bounds = nodes.ranges.map((r) => (count ? nodeRange(known(r.targetNodes), count) : undefined));
  const perRange = new Array<number>(nodes.ranges.length).fill(0);
  if (count) {
    for (let n = 0; n < count; n++) {
      let best = -1;
      bounds.forEach((b, i) => {
        if (b && n >= b[0] && n <= b[1] && (best < 0 || b[1] - b[0] < bounds[best]![1] - bounds[best]![0])) best = i;
      });
      if (best >= 0) perRange[best]! += 1;
    }
  }
  const requirements = nodes.ranges.map((range, i) => {
    const node = toNode(sizeUnder(containers, range.path), range.label, range.path, perRange[i] ?? 0);
    const fromContainer = known(range.instanceType);
    const first = range.instanceTypes[0];
    const fromRange = first ? known(first) : undefined;
    if (fromContainer) node.instanceType = { value: fromContainer, path: range.instanceType.path };
    else if (fromRange) node.instanceType = { value: fromRange, path: first!.path };
    return node;
  });
  return { multinode: true, platform, nodes: requirements, ...(count ? { numNodes: count } : {}) };
}

/** The shapes of a single-node job definition, in the order Batch reads them: the first one written as an object counts. */
export const SINGLE_NODE_SHAPES = ['containerProperties', 'ecsProperties', 'eksProperties'] as const;
export type SingleNodeShape = (typeof SINGLE_NODE_SHAPES)[number];

/**
 * What each copy (each node, for multinode jobs) of a job definition asks for; undefined when it
 * declares no container shape (`shape`: the first of SINGLE_NODE_SHAPES the record holds as an object).
 */
export function jobSizeFacts(containers: readonly ContainerFacts[], nodes: NodePropertiesFacts, multinode: boolean, shape: SingleNodeShape | undefined, platform: JobPlatformFact): JobRequirements | undefined {
  if (multinode) return multinodeRequirements(containers, nodes, platform);
  if (!shape) return undefined;
  const path = [shape] as const;
  return { multinode: false, platform, nodes: [toNode(sizeUnder(containers, path), shape, path, 1)] };
}

/** GPUs the job asks for on any node. */
export function requestsGpus(requirements: JobRequirements | undefined): boolean {
  return requirements?.nodes.some((n) => (n.gpus?.value ?? 0) > 0) ?? false;
}
