// EKS container resources are Kubernetes quantity strings, but AWS Batch accepts only a subset
// ([API:EksContainerResourceRequirements]): memory "in MiB ... using whole integers, with a "Mi"
// suffix"; cpu "must be an even multiple of 0.25"; nvidia.com/gpu "must be a whole integer".
// https://docs.aws.amazon.com/batch/latest/APIReference/API_EksContainerResourceRequirements.html

import type { EksResourceKey } from '../../../src/model/facts/container-facts.js';

export { EKS_RESOURCE_KEYS, type EksResourceKey } from '../../../src/model/facts/container-facts.js';

/** MiB from "2048Mi"; undefined for any other spelling ("2Gi", "2048", "2048M"). */
export function eksMemoryMiB(text: string): number | undefined {
  const m = /^\s*(\d+)Mi\s*$/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** vCPUs from "0.25", "1", "2.5"; undefined for millicores ("100m") and anything not a plain number. */
export function eksCpu(text: string): number | undefined {
  return /^\s*(\d+(\.\d+)?|\.\d+)\s*$/.test(text) ? Number(text) : undefined;
}

/** GPUs from "1"; undefined for anything that is not a whole number. */
export function eksGpuCount(text: string): number | undefined {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : undefined;
}

export function eksQuantity(key: EksResourceKey, text: string): number | undefined {
  return key === 'memory' ? eksMemoryMiB(text) : key === 'cpu' ? eksCpu(text) : eksGpuCount(text);
}
