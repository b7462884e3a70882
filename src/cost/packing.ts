// What one job costs once Batch has packed it onto instances. EC2 bills an instance per second with a
// 60-second minimum per launch (batch-facts §11.1), and an instance holds as many copies of the job as
// its vCPUs, memory after the ECS reserve and GPUs allow (docs/placement.md). So the money per job is
// the instance-seconds it occupies: a lone 20-second job pays a whole instance for a whole minute,
// while the children of a large array share instances and the minimum (they run back to back in
// waves on each instance). How many instances run at once is bounded by maxvCpus (batch-facts §2.2).
import { EC2_MINIMUM_BILLED_SECONDS } from './billing.js';

export interface PackingInput {
  usdPerHour: number;
  /** Copies of the job one instance holds. */
  copies: number;
  instanceVcpus: number;
  durationSeconds: number;
  /** Jobs submitted together (the array size; 1 for a lone job). */
  jobs: number;
  /** The environment's maxvCpus; undefined when not known. */
  maxvCpus?: number;
}

export interface SubmissionPacking {
  instances: number;
  /** Jobs each instance runs one after another, copies at a time. */
  waves: number;
  /** Billed seconds per instance launch (60-second minimum). */
  billedSeconds: number;
  perJobUsd: number;
}

/** The submission on its own: its jobs packed on as few instances as maxvCpus requires, no other work assumed. */
export function packSubmission(input: PackingInput): SubmissionPacking {
  const jobs = Math.max(1, Math.ceil(input.jobs));
  const copies = Math.max(1, input.copies);
  const cap = input.maxvCpus !== undefined && input.maxvCpus > 0 && input.instanceVcpus > 0 ? Math.max(1, Math.floor(input.maxvCpus / input.instanceVcpus)) : Infinity;
  const instances = Math.min(Math.ceil(jobs / copies), cap);
  const waves = Math.ceil(jobs / (instances * copies));
  const billedSeconds = Math.max(EC2_MINIMUM_BILLED_SECONDS, waves * Math.ceil(input.durationSeconds));
  return { instances, waves, billedSeconds, perJobUsd: (instances * input.usdPerHour * billedSeconds) / 3600 / jobs };
}

/** Best case: every slot of every instance busy (other jobs fill it), so the minimum is shared away. */
export function packedPerJobUsd(input: Pick<PackingInput, 'usdPerHour' | 'copies' | 'durationSeconds'>): number {
  return (input.usdPerHour * Math.ceil(input.durationSeconds)) / 3600 / Math.max(1, input.copies);
}

/** Worst case: one job per instance launch, which pays the whole instance and the whole minimum. */
export function onePerInstancePerJobUsd(input: Pick<PackingInput, 'usdPerHour' | 'durationSeconds'>): number {
  return (input.usdPerHour * Math.max(EC2_MINIMUM_BILLED_SECONDS, Math.ceil(input.durationSeconds))) / 3600;
}
