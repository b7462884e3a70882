// Whether one copy of a job (one node, for multinode jobs) fits an instance type, and how many copies
// an instance holds. Batch places a job on an instance only when the instance's free vCPUs, registered
// memory and GPUs all cover it (https://docs.aws.amazon.com/batch/latest/userguide/memory-management.html,
// https://docs.aws.amazon.com/batch/latest/userguide/gpu-jobs.html: only NVIDIA GPUs are scheduled).
import type { InstanceTypeInfo } from '../catalog/instance-catalog.js';
import type { Orchestration } from '../graph/platform.js';
import type { NodeRequirement } from '../model/facts/job-size-facts.js';
import { availableMemoryMiB, availableVcpus, DEFAULT_MEMORY_MODEL, marginFloorMiB, type MemoryModel } from './memory-model.js';

export type Dimension = 'vcpus' | 'memory' | 'gpus';

export interface Shortfall {
  dimension: Dimension;
  need: number;
  offer: number;
}

export interface TypeFit {
  type: InstanceTypeInfo;
  /** Copies of the job one instance holds (0: it does not fit). */
  copies: number;
  availableMiB: number;
  availableVcpus: number;
  gpus: number;
  /** Why it does not fit (empty when it does). */
  shortfalls: Shortfall[];
  /** Fits under the model, but memory is within the model's margin: it may never be placed. */
  withinMargin: boolean;
}

/** GPUs Batch can give to jobs: NVIDIA ones only (g4ad's AMD GPUs are not scheduled). */
export function schedulableGpus(type: InstanceTypeInfo): number {
  return type.gpu && type.gpu.vendor === 'nvidia' ? type.gpu.count : 0;
}

export function fitOnType(node: Pick<NodeRequirement, 'vcpus' | 'memoryMiB' | 'gpus'>, type: InstanceTypeInfo, model: MemoryModel = DEFAULT_MEMORY_MODEL, orchestration: Orchestration = 'ECS'): TypeFit {
  const memory = availableMemoryMiB(type, model, orchestration);
  const vcpus = availableVcpus(type, orchestration);
  const gpus = schedulableGpus(type);
  const shortfalls: Shortfall[] = [];
  let copies = Infinity;
  const check = (dimension: Dimension, need: number | undefined, offer: number): void => {
    if (need === undefined || need <= 0) return;
    if (need > offer) shortfalls.push({ dimension, need, offer });
    copies = Math.min(copies, Math.floor(offer / need + 1e-9));
  };
  check('vcpus', node.vcpus?.value, vcpus);
  check('memory', node.memoryMiB?.value, memory);
  check('gpus', node.gpus?.value, gpus);
  if (shortfalls.length > 0) copies = 0;
  if (copies === Infinity) copies = 1; // nothing declared: at least one copy, as far as we can tell
  const need = node.memoryMiB?.value;
  const withinMargin = shortfalls.length === 0 && need !== undefined && need > marginFloorMiB(type, model, orchestration);
  return { type, copies, availableMiB: memory, availableVcpus: vcpus, gpus, shortfalls, withinMargin };
}

/** How many copies of the job one instance of the type holds under the model (0 when none fits). */
export function copiesPerInstance(node: Pick<NodeRequirement, 'vcpus' | 'memoryMiB' | 'gpus'>, type: InstanceTypeInfo, model: MemoryModel = DEFAULT_MEMORY_MODEL, orchestration: Orchestration = 'ECS'): number {
  return fitOnType(node, type, model, orchestration).copies;
}
