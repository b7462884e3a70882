// The cost rules, in the order the docs list them. test/rule-registry.test.ts checks this list
// against the files in this folder.
import type { Rule } from '../../src/engine/rule.js';
import minVcpusAlwaysOn from './min-vcpus-always-on.js';
import nonGpuJobOnGpuEnvironment from './non-gpu-job-on-gpu-environment.js';
import maxVcpusBurnRate from './max-vcpus-burn-rate.js';
import scaleDownDelayIdleCost from './scale-down-delay-idle-cost.js';
import memoryBlocksExtraCopy from './memory-blocks-extra-copy.js';
import onDemandForSpotReadyJobs from './on-demand-for-spot-ready-jobs.js';

export const costRules: readonly Rule[] = [
  minVcpusAlwaysOn,
  nonGpuJobOnGpuEnvironment,
  maxVcpusBurnRate,
  scaleDownDelayIdleCost,
  memoryBlocksExtraCopy,
  onDemandForSpotReadyJobs,
];
