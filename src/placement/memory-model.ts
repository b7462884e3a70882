// Memory available to jobs. AWS publishes no per-instance table
// (https://docs.aws.amazon.com/batch/latest/userguide/memory-management.html), only:
// - the ECS agent registers less memory than is installed: an m4.large with 8192 MiB registers
//   8373026816 bytes, 7985 MiB (207 MiB, 2.527 %, less);
// - the default Batch AMI reserves a further 32 MiB for the agent and system processes;
// - a job whose MEMORY exceeds what any allowed instance registers stays RUNNABLE
//   (MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT).
// On EKS, the kubelet keeps 255 MiB + 11 MiB per pod + the hard eviction threshold (100 MiB) and part
// of the CPU (https://docs.aws.amazon.com/batch/latest/userguide/memory-cpu-batch-eks.html).
//
// The model scales the m4.large ratio to every instance and subtracts the reserves. It is an upper
// bound on what most instances register (Nitro instances register less: the EKS page's 8 GiB example
// reports 7748 MiB before any reserve), so "does not fit" is a safe conclusion; the margin covers the
// gap down to the lower figures, where a job that fits the model may still never be placed.
// See docs/placement.md.
import type { InstanceTypeInfo } from '../catalog/instance-catalog.js';
import type { Orchestration } from '../graph/platform.js';
import { option } from '../engine/rule-options.js';

export interface MemoryModel {
  /** Percent of installed memory the platform keeps before the agent registers (m4.large: 207 of 8192 MiB). */
  overheadPercent: number;
  /** MiB the Batch AMI reserves for the ECS agent and system processes (ECS_RESERVED_MEMORY). */
  agentReserveMiB: number;
  /** MiB the kubelet keeps on EKS nodes at least (255 MiB + the 100 MiB hard eviction threshold; 11 MiB per pod not counted). */
  eksReserveMiB: number;
  /** Percent of installed memory below the model's figure within which placement is uncertain. */
  marginPercent: number;
}

export const DEFAULT_MEMORY_MODEL: Readonly<MemoryModel> = Object.freeze({
  overheadPercent: (100 * (8192 - 7985)) / 8192,
  agentReserveMiB: 32,
  eksReserveMiB: 255 + 100,
  marginPercent: 3,
});

/** The model's rule options (shared by the placement rules). */
export const MEMORY_MODEL_OPTIONS = {
  overheadPercent: option.number(DEFAULT_MEMORY_MODEL.overheadPercent, { minimum: 0, maximum: 50 }),
  agentReserveMiB: option.number(DEFAULT_MEMORY_MODEL.agentReserveMiB, { minimum: 0 }),
  eksReserveMiB: option.number(DEFAULT_MEMORY_MODEL.eksReserveMiB, { minimum: 0 }),
  marginPercent: option.number(DEFAULT_MEMORY_MODEL.marginPercent, { minimum: 0, maximum: 50 }),
};

/** The model from rule options (defaults for anything missing or invalid). */
export function memoryModelFromOptions(options: Readonly<Record<string, unknown>>): MemoryModel {
  const pick = (key: keyof MemoryModel): number => {
    const v = options[key];
    return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : DEFAULT_MEMORY_MODEL[key];
  };
  return { overheadPercent: pick('overheadPercent'), agentReserveMiB: pick('agentReserveMiB'), eksReserveMiB: pick('eksReserveMiB'), marginPercent: pick('marginPercent') };
}

/** MiB the agent registers for the instance type before reserves: installed minus the platform overhead. */
export function registeredMemoryMiB(type: Pick<InstanceTypeInfo, 'memoryMiB'>, model: MemoryModel = DEFAULT_MEMORY_MODEL): number {
  return Math.floor((type.memoryMiB * (100 - model.overheadPercent)) / 100 + 1e-9);
}

/** MiB of the instance type that jobs can ask for, under the model (never negative). */
export function availableMemoryMiB(type: Pick<InstanceTypeInfo, 'memoryMiB'>, model: MemoryModel = DEFAULT_MEMORY_MODEL, orchestration: Orchestration = 'ECS'): number {
  const reserve = orchestration === 'EKS' ? model.eksReserveMiB : model.agentReserveMiB;
  return Math.max(0, registeredMemoryMiB(type, model) - reserve);
}

/** The lower figure: available memory minus the margin. A job above it but within the model fits only maybe. */
export function marginFloorMiB(type: Pick<InstanceTypeInfo, 'memoryMiB'>, model: MemoryModel = DEFAULT_MEMORY_MODEL, orchestration: Orchestration = 'ECS'): number {
  return Math.max(0, availableMemoryMiB(type, model, orchestration) - Math.ceil((type.memoryMiB * model.marginPercent) / 100));
}

/** vCPUs jobs can use: all of them on ECS; on EKS the kubelet's reservation (6 % of the first core, 1 % of the second, 0.5 % of cores 3-4, 0.25 % above 4). */
export function availableVcpus(type: Pick<InstanceTypeInfo, 'vcpus'>, orchestration: Orchestration = 'ECS'): number {
  if (orchestration !== 'EKS') return type.vcpus;
  const n = type.vcpus;
  const milli = 60 * Math.min(n, 1) + 10 * Math.min(Math.max(n - 1, 0), 1) + 5 * Math.min(Math.max(n - 2, 0), 2) + 2.5 * Math.max(n - 4, 0);
  return (n * 1000 - Math.ceil(milli)) / 1000;
}

/** The model in one line, for messages and `explain`. */
export function describeMemoryModel(model: MemoryModel, orchestration: Orchestration = 'ECS'): string {
  const pct = Number(model.overheadPercent.toFixed(2));
  return orchestration === 'EKS'
    ? `installed memory less ${pct} % platform overhead and ${model.eksReserveMiB} MiB kubelet reserve`
    : `installed memory less ${pct} % platform overhead and ${model.agentReserveMiB} MiB agent reserve`;
}
