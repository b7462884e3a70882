// Recommendations of the cost report, each with the money it saves per job and per month.
import type { LintModel } from '../graph/lint-model.js';
import { loadInstanceCatalog } from '../catalog/instance-catalog.js';
import { jobPlatform } from '../graph/platform.js';
import { fitOnType } from '../placement/fit.js';
import { jobRequirements } from '../placement/job-requirements.js';
import { requestsGpus } from '../model/facts/job-size-facts.js';
import { DEFAULT_MEMORY_MODEL } from '../placement/memory-model.js';
import { billedSeconds, EC2_MINIMUM_BILLED_SECONDS } from './billing.js';
import type { CostEstimate, CostRecommendation } from './cost-report.js';
import type { CostOptions } from './estimate-costs.js';
import { jobCostInputs, retriesSpotReclaims } from './job-cost-inputs.js';
import { cheapestCpuAlternative, extraCopyByMemory, isGpuType, spotAlternative } from './savings.js';

const usd = (n: number): string => (n >= 100 ? `$${n.toFixed(0)}` : n >= 1 ? `$${n.toFixed(2)}` : `$${n.toPrecision(2)}`);
const round = (n: number): number => Number(n.toPrecision(6));

/** AWS: keep Spot jobs to about 30 minutes, avoid Spot for jobs of an hour or more (best practices). */
const SPOT_MAX_JOB_SECONDS = 3600;

export function costRecommendations(model: LintModel, estimates: readonly CostEstimate[], options: CostOptions): CostRecommendation[] {
  const out: CostRecommendation[] = [];
  const instances = loadInstanceCatalog();
  const memoryModel = options.placement?.memoryModel ?? DEFAULT_MEMORY_MODEL;
  const byName = new Map(model.byKind.jobDefinition.map((jd) => [jd.name, jd]));
  for (const e of estimates) {
    const jd = byName.get(e.jobDefinition);
    if (!jd || e.costPerJobUsd === null || e.instanceType === null || e.nodes !== 1 || e.jobsPerInstance === null) continue;
    const type = instances.get(e.instanceType);
    const requirements = jobRequirements(jd.data);
    const node = requirements?.nodes[0];
    if (!type || !node || !node.complete) continue;
    const hours = billedSeconds(e.durationSeconds, EC2_MINIMUM_BILLED_SECONDS) / 3600;
    const monthly = (perJob: number): number | null => (e.jobsPerMonth === null ? null : round(perJob * e.arraySize * e.jobsPerMonth));
    const base = { jobDefinition: e.jobDefinition, jobQueue: e.jobQueue, computeEnvironment: e.computeEnvironment };

    const timeout = jobCostInputs(jd.data).attemptDurationSeconds;
    if (e.capacity === 'on-demand' && retriesSpotReclaims(jd.data) && (e.durationSeconds < SPOT_MAX_JOB_SECONDS || (timeout !== undefined && timeout < SPOT_MAX_JOB_SECONDS))) {
      const alt = spotAlternative(options.catalog, e.region, e.instanceType);
      if (alt) {
        // The same packing at the Spot price: the headline per job scales with the hourly price.
        const saving = e.costPerJobUsd * (1 - alt.spot.usdPerHour / alt.onDemand.usdPerHour);
        out.push({
          ...base,
          kind: 'use-spot',
          message: `${e.jobDefinition} retries Spot reclaims and runs under an hour, yet ${e.computeEnvironment} is On-Demand: a SPOT environment would run it on ${e.instanceType} for about ${usd(saving)} less per job (${alt.spot.basis === 'spot-estimate' ? 'Spot price estimated from typical savings' : 'current Spot price'}).`,
          savingPerJobUsd: round(saving),
          savingPerMonthUsd: monthly(saving),
        });
      }
    }

    const fit = fitOnType(node, type, memoryModel, jobPlatform(jd.data).orchestration);
    const extra = extraCopyByMemory(node, fit);
    if (extra && e.usdPerHour !== null) {
      const saving = e.costPerJobUsd - (e.costPerJobUsd * extra.copies) / extra.nextCopies;
      out.push({
        ...base,
        kind: 'trim-memory',
        message: `${e.jobDefinition} asks for ${node.memoryMiB!.value} MiB: one ${e.instanceType} holds ${extra.copies}; at ${extra.memoryMiB} MiB or less it would hold ${extra.nextCopies}, saving about ${usd(saving)} per job.`,
        savingPerJobUsd: round(saving),
        savingPerMonthUsd: monthly(saving),
      });
    }

    if (isGpuType(type) && !requestsGpus(requirements) && (e.capacity === 'on-demand' || e.capacity === 'spot')) {
      const alt = cheapestCpuAlternative(node, type.architecture, options.catalog, e.region, memoryModel);
      if (alt) {
        const altPerJob = (alt.usdPerHourPerCopy * hours);
        const saving = e.costPerJobUsd - altPerJob;
        if (saving > 0 && e.capacity === 'on-demand') {
          out.push({
            ...base,
            kind: 'cpu-job-on-gpu',
            message: `${e.jobDefinition} asks for no GPU but lands on the GPU type ${e.instanceType}; an environment of Batch's default CPU families would run it on ${alt.type} for about ${usd(saving)} less per job.`,
            savingPerJobUsd: round(saving),
            savingPerMonthUsd: monthly(saving),
          });
        }
      }
    }
  }
  return out.sort((a, b) => (b.savingPerMonthUsd ?? 0) - (a.savingPerMonthUsd ?? 0) || (b.savingPerJobUsd ?? 0) - (a.savingPerJobUsd ?? 0));
}
