// What one copy of a job asks for: vCPUs, memory (MiB) and GPUs, per node for multinode jobs.
// - containerProperties / node range containers: resourceRequirements (VCPU, MEMORY, GPU), else the
//   deprecated `vcpus` / `memory` (https://docs.aws.amazon.com/batch/latest/APIReference/API_ResourceRequirement.html);
// - ecsProperties: the sum over the task's containers;
// - eksProperties: requests (limits when requests are missing, as Batch copies them), summed over
//   containers; init containers run first, so the pod needs the larger of the two
//   (https://docs.aws.amazon.com/batch/latest/userguide/memory-cpu-batch-eks.html).
// A value that is missing, not a number or unknown is left out: the figures are then lower bounds,
// good for "does not fit" but not for "fits", and `complete` says so.
import { arrayOf, field, isRecord, isUnknown, lookup, numberOf, stringOf } from '../model/values.js';
import type { JsonPath } from '../source/source-document.js';
import { jobPlatform, type JobPlatform } from '../graph/platform.js';

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
  platform: JobPlatform;
  nodes: NodeRequirement[];
  /** Multinode: numNodes. */
  numNodes?: number;
}

class Accumulator {
  vcpus?: Amount;
  memoryMiB?: Amount;
  gpus?: Amount;
  complete = true;

  add(key: 'vcpus' | 'memoryMiB' | 'gpus', raw: unknown, path: JsonPath): void {
    if (raw === undefined) return;
    const value = numberOf(raw);
    if (value === undefined) {
      this.complete = false;
      return;
    }
    const current = this[key];
    this[key] = current ? { value: current.value + value, path: current.path } : { value, path };
  }

  merge(other: Accumulator, how: 'sum' | 'max'): void {
    for (const key of ['vcpus', 'memoryMiB', 'gpus'] as const) {
      const o = other[key];
      if (!o) continue;
      const c = this[key];
      if (!c) this[key] = o;
      else this[key] = how === 'sum' ? { value: c.value + o.value, path: c.path } : o.value > c.value ? o : c;
    }
    this.complete &&= other.complete;
  }
}

const RR_KEYS: Record<string, 'vcpus' | 'memoryMiB' | 'gpus'> = { VCPU: 'vcpus', MEMORY: 'memoryMiB', GPU: 'gpus' };

function ecsContainer(container: unknown, path: JsonPath): Accumulator {
  const acc = new Accumulator();
  const rr = field(container, 'resourceRequirements');
  if (isUnknown(rr)) acc.complete = false;
  const seen = new Set<string>();
  arrayOf(rr).forEach((entry, i) => {
    const type = stringOf(field(entry, 'type'))?.toUpperCase();
    const key = type ? lookup(RR_KEYS, type) : undefined;
    if (!key) {
      if (isUnknown(entry) || isUnknown(field(entry, 'type'))) acc.complete = false;
      return;
    }
    seen.add(key);
    acc.add(key, field(entry, 'value'), [...path, 'resourceRequirements', i, 'value']);
  });
  // The deprecated fields count only where resourceRequirements does not say.
  if (!seen.has('vcpus')) acc.add('vcpus', field(container, 'vcpus'), [...path, 'vcpus']);
  if (!seen.has('memoryMiB')) acc.add('memoryMiB', field(container, 'memory'), [...path, 'memory']);
  return acc;
}

/** Kubernetes quantities as Batch accepts them: cpu in cores (`1`, `0.5`), memory in `Mi` (also `Gi`). */
function eksQuantity(raw: unknown, kind: 'cpu' | 'memory' | 'gpu'): number | undefined | null {
  if (raw === undefined) return null;
  if (kind !== 'memory') return numberOf(raw);
  const text = typeof raw === 'number' ? `${raw}` : stringOf(raw);
  const match = text === undefined ? null : /^\s*(\d+(?:\.\d+)?)\s*(Mi|Gi)?\s*$/.exec(text);
  if (!match) return undefined;
  const n = Number(match[1]);
  return match[2] === 'Gi' ? n * 1024 : match[2] === 'Mi' ? n : n / (1024 * 1024);
}

function eksContainer(container: unknown, path: JsonPath): Accumulator {
  const acc = new Accumulator();
  const resources = field(container, 'resources');
  for (const [name, key, kind] of [['cpu', 'vcpus', 'cpu'], ['memory', 'memoryMiB', 'memory'], ['nvidia.com/gpu', 'gpus', 'gpu']] as const) {
    const where = field(field(resources, 'requests'), name) !== undefined ? 'requests' : 'limits';
    const raw = field(field(resources, where), name);
    const value = eksQuantity(raw, kind);
    if (value === null) continue;
    if (value === undefined) acc.complete = false;
    else acc.add(key, value, [...path, 'resources', where, name]);
  }
  return acc;
}

function eksPod(eksProperties: unknown, path: JsonPath): Accumulator {
  const pod = field(eksProperties, 'podProperties');
  const main = new Accumulator();
  arrayOf(field(pod, 'containers')).forEach((c, i) => main.merge(eksContainer(c, [...path, 'podProperties', 'containers', i]), 'sum'));
  const init = new Accumulator();
  arrayOf(field(pod, 'initContainers')).forEach((c, i) => init.merge(eksContainer(c, [...path, 'podProperties', 'initContainers', i]), 'max'));
  main.merge(init, 'max');
  return main;
}

function ecsTask(ecsProperties: unknown, path: JsonPath): Accumulator {
  const acc = new Accumulator();
  arrayOf(field(ecsProperties, 'taskProperties')).forEach((task, t) => {
    arrayOf(field(task, 'containers')).forEach((c, i) => acc.merge(ecsContainer(c, [...path, 'taskProperties', t, 'containers', i]), 'sum'));
  });
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

/** What each copy (each node, for multinode jobs) of the job definition asks for; undefined when nothing is declared. */
export function jobRequirements(jd: unknown): JobRequirements | undefined {
  const platform = jobPlatform(jd);
  const nodeProperties = field(jd, 'nodeProperties');
  if (isRecord(nodeProperties)) {
    const numNodes = numberOf(field(nodeProperties, 'numNodes'));
    const count = numNodes !== undefined && Number.isInteger(numNodes) && numNodes > 0 && numNodes <= 10_000 ? numNodes : undefined;
    const ranges = arrayOf(field(nodeProperties, 'nodeRangeProperties'));
    // Nested ranges are allowed and the narrower one wins, so count each node once, for its narrowest range.
    const bounds = ranges.map((r) => (count ? nodeRange(stringOf(field(r, 'targetNodes')), count) : undefined));
    const perRange = new Array<number>(ranges.length).fill(0);
    if (count) {
      for (let n = 0; n < count; n++) {
        let best = -1;
        bounds.forEach((b, i) => {
          if (b && n >= b[0] && n <= b[1] && (best < 0 || b[1] - b[0] < bounds[best]![1] - bounds[best]![0])) best = i;
        });
        if (best >= 0) perRange[best]! += 1;
      }
    }
    const nodes = ranges.map((range, i) => {
      const base: JsonPath = ['nodeProperties', 'nodeRangeProperties', i];
      const acc = new Accumulator();
      const container = field(range, 'container');
      if (isRecord(container)) acc.merge(ecsContainer(container, [...base, 'container']), 'sum');
      if (isRecord(field(range, 'ecsProperties'))) acc.merge(ecsTask(field(range, 'ecsProperties'), [...base, 'ecsProperties']), 'sum');
      if (isRecord(field(range, 'eksProperties'))) acc.merge(eksPod(field(range, 'eksProperties'), [...base, 'eksProperties']), 'sum');
      const node = toNode(acc, `node range ${stringOf(field(range, 'targetNodes')) ?? `#${i + 1}`}`, base, perRange[i] ?? 0);
      const fromContainer = stringOf(field(container, 'instanceType'));
      const fromRange = stringOf(arrayOf(field(range, 'instanceTypes'))[0]);
      if (fromContainer) node.instanceType = { value: fromContainer, path: [...base, 'container', 'instanceType'] };
      else if (fromRange) node.instanceType = { value: fromRange, path: [...base, 'instanceTypes', 0] };
      return node;
    });
    return { multinode: true, platform, nodes, ...(count ? { numNodes: count } : {}) };
  }
  let acc: Accumulator | undefined;
  let label = '';
  let path: JsonPath = [];
  if (isRecord(field(jd, 'containerProperties'))) {
    acc = ecsContainer(field(jd, 'containerProperties'), ['containerProperties']);
    label = 'containerProperties';
    path = ['containerProperties'];
  } else if (isRecord(field(jd, 'ecsProperties'))) {
    acc = ecsTask(field(jd, 'ecsProperties'), ['ecsProperties']);
    label = 'ecsProperties';
    path = ['ecsProperties'];
  } else if (isRecord(field(jd, 'eksProperties'))) {
    acc = eksPod(field(jd, 'eksProperties'), ['eksProperties']);
    label = 'eksProperties';
    path = ['eksProperties'];
  }
  if (!acc) return undefined;
  return { multinode: false, platform, nodes: [toNode(acc, label, path, 1)] };
}

/** GPUs the job asks for on any node. */
export function requestsGpus(requirements: JobRequirements | undefined): boolean {
  return requirements?.nodes.some((n) => (n.gpus?.value ?? 0) > 0) ?? false;
}
