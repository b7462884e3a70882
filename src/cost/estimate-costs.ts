// The cost model (docs/cost.md): for each (job definition, queue) pairing, per compute environment
// of the queue, what one job, one submission (an array), the worst case and a month cost.
import type { LintModel } from '../graph/lint-model.js';
import type { BatchResource } from '../model/resource.js';
import { lookup } from '../model/values.js';
import type { Workload } from '../config/load-config.js';
import type { JobQueuePairing } from '../graph/resource-graph.js';
import { refersTo, regionOfArn } from '../graph/resource-reference.js';
import { describePairing } from '../placement/paired-placements.js';
import { placeJob, type EnvironmentPlacement, type PlacementOptions } from '../placement/place-job.js';
import type { NodeRequirement } from '../model/facts/job-size-facts.js';
import { computeEnvironmentFacts } from '../model/facts/compute-environment-facts.js';
import { known } from '../model/facts/fact.js';
import type { PriceCatalog } from '../pricing/price-catalog.js';
import { fargatePrice, fargateSpotEstimate } from '../pricing/price-quotes.js';
import { DAYS_PER_MONTH, FARGATE_INCLUDED_STORAGE_GIB, fargateTaskCost } from './billing.js';
import type { CostCapacity, CostEstimate, CostFailure, CostReport } from './cost-report.js';
import { errorText, StageFailure } from '../engine/stage-failure.js';
import { formatDuration } from './duration.js';
import { chooseInstance, priceFits } from './instance-choice.js';
import { jobCostInputs } from './job-cost-inputs.js';
import { onePerInstancePerJobUsd, packedPerJobUsd, packSubmission } from './packing.js';
import { costRecommendations } from './recommendations.js';
import { worstCaseBurn } from './burn-rate.js';
import { costTotals, type EnvironmentFigures } from './cost-totals.js';
import { idleFloor } from './idle-floor.js';
import { priceSources } from '../pricing/price-sources.js';

/** Region assumed for resources whose ARN does not say, unless --region does. */
export const DEFAULT_COST_REGION = 'us-east-1';
/** Duration assumed when neither --duration nor a workload gives one. */
export const DEFAULT_DURATION_SECONDS = 3600;

export interface CostOptions {
  catalog: PriceCatalog;
  /** Price every environment in this region (--region). */
  region?: string;
  durationSeconds?: number;
  arraySize?: number;
  jobsPerMonth?: number;
  workloads?: readonly Workload[];
  placement?: PlacementOptions;
  /** Shown in the assumptions when live figures were overlaid. */
  livePricing?: boolean;
}

const CAPACITY: Record<string, CostCapacity> = { EC2: 'on-demand', SPOT: 'spot', FARGATE: 'fargate', FARGATE_SPOT: 'fargate-spot' };

function workloadFor(pairing: JobQueuePairing, workloads: readonly Workload[]): Workload | undefined {
  return workloads.find((w) => refersTo(w.jobDefinition, pairing.jobDefinition) && refersTo(w.jobQueue, pairing.queue.queue));
}

interface Volume {
  durationSeconds: number;
  durationFrom: string;
  arraySize: number;
  jobsPerMonth: number | null;
}

function volumeOf(pairing: JobQueuePairing, options: CostOptions): Volume {
  const workload = workloadFor(pairing, options.workloads ?? []);
  const durationSeconds = options.durationSeconds ?? workload?.typicalDurationSeconds ?? DEFAULT_DURATION_SECONDS;
  const durationFrom = options.durationSeconds !== undefined ? '--duration' : workload?.typicalDurationSeconds !== undefined ? 'workload' : 'default';
  const arraySize = options.arraySize ?? workload?.arraySize ?? pairing.declared?.arraySize ?? 1;
  const jobsPerMonth = options.jobsPerMonth ?? (workload?.jobsPerDay !== undefined ? workload.jobsPerDay * DAYS_PER_MONTH : null);
  return { durationSeconds, durationFrom, arraySize, jobsPerMonth };
}

const round = (n: number | null): number | null => (n === null ? null : Number(n.toPrecision(6)));

function environmentEstimate(pairing: JobQueuePairing, pairingWords: string, placement: EnvironmentPlacement, multinode: boolean, numNodes: number | undefined, volume: Volume, options: CostOptions): CostEstimate | undefined {
  const environment = placement.environment;
  if (!environment || (placement.status !== 'instances' && placement.status !== 'fargate')) return undefined;
  const provisioning = placement.platform?.provisioning;
  const capacity = provisioning ? lookup(CAPACITY, provisioning) : undefined;
  if (!capacity) return undefined;
  const jd = pairing.jobDefinition;
  const inputs = jobCostInputs(jd.data);
  const region = options.region ?? placement.region ?? DEFAULT_COST_REGION;
  const resources = computeEnvironmentFacts(environment).resources;
  const strategy = known(resources.allocationStrategy);
  const notes: string[] = [];
  const estimate: CostEstimate = {
    jobDefinition: jd.name,
    jobQueue: pairing.queue.queue.name,
    computeEnvironment: environment.name,
    region,
    capacity,
    instanceType: null,
    jobsPerInstance: null,
    durationSeconds: volume.durationSeconds,
    costPerJobUsd: null,
    worstCasePerSubmissionUsd: null,
    monthlyUsd: null,
    allocationStrategy: capacity.startsWith('fargate') ? null : strategy ?? null,
    choice: '',
    usdPerHour: null,
    priceBasis: null,
    nodes: multinode ? numNodes ?? 0 : 1,
    arraySize: volume.arraySize,
    costPerSubmissionUsd: null,
    jobsPerMonth: volume.jobsPerMonth === null ? null : round(volume.jobsPerMonth),
    worstCase: inputs.timeoutUnknown ? 'unknown' : inputs.attemptDurationSeconds === undefined ? 'unbounded' : 'bounded',
    range: null,
    pairing: pairingWords,
    file: jd.source.document.file,
    environmentFile: environment.source.document.file,
    expectedToRun: false,
    idleFloorMonthlyUsd: null,
    notes,
  };
  const lookUp = `--live-pricing (or --catalog FILE from \`batchlint pricing update --region ${region}\`)`;

  // A job cannot run past its timeout (the attempt is stopped): the duration priced is at most that.
  const durationSeconds = Math.min(volume.durationSeconds, inputs.attemptDurationSeconds ?? Infinity);

  // cost(d): one job (all its nodes) running d seconds; undefined when it cannot be priced.
  let cost: ((d: number) => number) | undefined;

  if (placement.status === 'fargate') {
    const node = placement.nodes[0]?.node;
    const vcpus = node?.vcpus?.value;
    const memoryMiB = node?.memoryMiB?.value;
    estimate.choice = 'Fargate bills the vCPU and memory the job asks for';
    estimate.jobsPerInstance = 1;
    if (vcpus === undefined || memoryMiB === undefined) {
      notes.push('the job definition does not state both VCPU and MEMORY, so the Fargate task size is not known');
    } else {
      const storage = inputs.ephemeralStorageGiB ?? FARGATE_INCLUDED_STORAGE_GIB;
      estimate.fargateSize = { vcpus, memoryMiB, ephemeralStorageGiB: storage, architecture: inputs.architecture };
      let price = fargatePrice(options.catalog, region, inputs.architecture, capacity === 'fargate-spot');
      const spotRange = !price && capacity === 'fargate-spot' ? fargateSpotEstimate(options.catalog, region, inputs.architecture) : undefined;
      if (spotRange) {
        price = spotRange.low;
        const size = { vcpus, memoryMiB, ephemeralStorageGiB: storage };
        const low = fargateTaskCost(spotRange.low, size, durationSeconds);
        const high = fargateTaskCost(spotRange.high, size, durationSeconds);
        estimate.fargateSpotRange = { lowUsd: round(low)!, highUsd: round(high)!, upToPercent: spotRange.upToPercent, source: spotRange.source };
        notes.push(`estimate: Fargate Spot has no fixed published rate; priced at the advertised ${spotRange.upToPercent}% off the Fargate On-Demand ${inputs.architecture} rate (source: ${spotRange.source}); the bill lies between this and the On-Demand rate`);
      }
      if (!price) {
        notes.push(
          capacity === 'fargate-spot'
            ? `no Fargate Spot rate for ${region} in the catalog: Fargate Spot has no fixed published rate (AWS says up to 70% off On-Demand); use ${lookUp}`
            : `no Fargate ${inputs.architecture} rate for ${region} in the catalog; use ${lookUp}`,
        );
      } else if (storage > FARGATE_INCLUDED_STORAGE_GIB && price.ephemeralStorageGbHour === undefined) {
        notes.push(`no price for the ${storage - FARGATE_INCLUDED_STORAGE_GIB} GiB of ephemeral storage above the 20 GiB included; use ${lookUp}`);
      } else {
        estimate.priceBasis = price.basis;
        if (price.basis === 'fargate-estimate' || (spotRange && spotRange.high.basis === 'fargate-estimate')) {
          const ratio = lookup(options.catalog.fargate.onDemandEstimate, region)?.ratio;
          notes.push(`estimate: no listed Fargate rate for ${region} in the catalog; the us-east-1 rate x ${ratio ?? '?'} (the Region's EC2 On-Demand price ratio), an estimate whose error cannot be measured offline; use ${lookUp} for the listed rate`);
        }
        cost = (d) => fargateTaskCost(price, { vcpus, memoryMiB, ephemeralStorageGiB: storage }, d);
        estimate.usdPerHour = round(cost(3600));
        if (capacity === 'fargate-spot' && storage > FARGATE_INCLUDED_STORAGE_GIB && !lookup(options.catalog.fargate.spot, region)?.ephemeralStorageGbHour) {
          notes.push('extra ephemeral storage priced at the Fargate On-Demand storage rate');
        }
      }
    }
  } else {
    const spotOrOnDemand = capacity === 'spot' ? 'spot' : 'on-demand';
    const bid = known(resources.bidPercentage);
    const bidPercentage = capacity === 'spot' && bid !== undefined && bid > 0 && bid <= 100 ? bid : undefined;
    const nodes = placement.nodes.filter((n) => n.node.nodes > 0 || !multinode);
    const parts: { node: NodeRequirement; usdPerHour: number; type: string; copies: number; vcpus: number }[] = [];
    for (const nodePlacement of nodes) {
      const shape = { durationSeconds, jobs: multinode ? 1 : volume.arraySize, ...(placement.maxvCpus !== undefined ? { maxvCpus: placement.maxvCpus } : {}), ...(bidPercentage !== undefined ? { bidPercentage } : {}) };
      // Multinode: one node per instance, and every node group uses the type its range names or the cheapest that fits.
      const fits = multinode ? nodePlacement.candidates.map((c) => ({ ...c, copies: Math.min(c.copies, 1) })) : nodePlacement.candidates;
      const { priced, unpriced, aboveCap } = priceFits(fits, options.catalog, region, spotOrOnDemand, shape);
      const choice = chooseInstance(priced, unpriced, strategy, spotOrOnDemand);
      if (typeof choice === 'string' || !choice) {
        if (typeof choice === 'string') notes.push(`${choice}; use ${lookUp}`);
        else if (nodePlacement.candidates.length === 0) notes.push(`no instance type the environment may launch holds the job (${nodePlacement.node.label}); see \`batchlint explain\``);
        else if (aboveCap.length > 0 && unpriced.length < nodePlacement.candidates.length) {
          const a = [...aboveCap].sort((x, y) => x.spotUsdPerHour / x.capUsdPerHour - y.spotUsdPerHour / y.capUsdPerHour)[0]!;
          notes.push(`will rarely launch: the typical Spot price of every fitting type is above the bid cap (bidPercentage ${bidPercentage ?? 100}% of On-Demand; e.g. ${a.type} ~$${Number(a.spotUsdPerHour.toPrecision(3))}/h against a cap of $${Number(a.capUsdPerHour.toPrecision(3))}/h), so no price is given; raise or remove bidPercentage (AWS recommends leaving it empty)`);
          estimate.rarelyLaunches = true;
        } else notes.push(`no ${spotOrOnDemand === 'spot' ? 'Spot' : 'On-Demand'} price in the catalog for ${region} for any of the ${nodePlacement.candidates.length} fitting types (${nodePlacement.candidates.slice(0, 4).map((c) => c.type.name).join(', ')}${nodePlacement.candidates.length > 4 ? ', ...' : ''}); use ${lookUp}`);
        parts.length = 0;
        break;
      }
      if (aboveCap.length > 0) notes.push(`${aboveCap.length} fitting type(s) have a typical Spot price above the bid cap (bidPercentage ${bidPercentage ?? 100}%) and will rarely launch; not priced (${aboveCap.slice(0, 4).map((a) => a.type).join(', ')}${aboveCap.length > 4 ? ', ...' : ''})`);
      if (choice.unpriced.length > 0) notes.push(`unpriced: ${choice.unpriced.length} fitting type(s) have no ${spotOrOnDemand === 'spot' ? 'Spot' : 'On-Demand'} figure in the catalog for ${region} and were not considered (${choice.unpriced.slice(0, 4).join(', ')}${choice.unpriced.length > 4 ? ', ...' : ''}); use ${lookUp}`);
      if (choice.chosen.price.detail) notes.push(`${choice.chosen.fit.type.name}: ${choice.chosen.price.detail}`);
      estimate.choice = choice.choice;
      estimate.priceBasis = choice.chosen.price.basis;
      if (!multinode) estimate.range = choice.range ? { ...choice.range, lowUsd: round(choice.range.lowUsd)!, highUsd: round(choice.range.highUsd)! } : null;
      parts.push({ node: nodePlacement.node, usdPerHour: choice.chosen.price.usdPerHour, type: choice.chosen.fit.type.name, copies: choice.chosen.fit.copies, vcpus: choice.chosen.fit.type.vcpus });
    }
    if (parts.length > 0) {
      estimate.instanceType = [...new Set(parts.map((p) => p.type))].join(', ');
      estimate.jobsPerInstance = parts[0]!.copies;
      estimate.usdPerHour = round(parts.reduce((sum, p) => sum + p.usdPerHour * (multinode ? p.node.nodes : 1), 0));
      if (multinode) {
        const hourly = parts.reduce((sum, p) => sum + p.usdPerHour * p.node.nodes, 0);
        // Per-second billing with a 60-second minimum per instance, one instance per node.
        cost = (d) => (hourly * Math.max(60, Math.ceil(d))) / 3600;
        notes.push(`multinode: ${parts.map((p) => `${p.node.nodes} x ${p.type}`).join(' + ')}, one node per instance`);
      } else {
        const part = parts[0]!;
        const packingOf = (d: number) => packSubmission({ usdPerHour: part.usdPerHour, copies: part.copies, instanceVcpus: part.vcpus, durationSeconds: d, jobs: volume.arraySize, ...(placement.maxvCpus !== undefined ? { maxvCpus: placement.maxvCpus } : {}) });
        cost = (d) => packingOf(d).perJobUsd;
        const headline = packingOf(durationSeconds);
        estimate.packing = {
          instances: headline.instances,
          waves: headline.waves,
          billedSecondsPerInstance: headline.billedSeconds,
          packedUsd: round(packedPerJobUsd({ usdPerHour: part.usdPerHour, copies: part.copies, durationSeconds }))!,
          onePerInstanceUsd: round(onePerInstancePerJobUsd({ usdPerHour: part.usdPerHour, durationSeconds }))!,
          headline: volume.arraySize > 1 ? `the array of ${volume.arraySize} packed on its own: ${headline.instances} x ${part.type}${headline.waves > 1 ? ` running ${headline.waves} waves each` : ''}, ${part.copies} per instance, 60-second minimum per instance launch` : 'a lone job: it pays a whole instance (and the whole 60-second minimum) unless other jobs share it',
        };
      }
    }
  }

  if (volume.durationFrom === 'default') notes.push(`no duration given: ${formatDuration(DEFAULT_DURATION_SECONDS)} assumed (set --duration or the workload's typicalDurationSeconds)`);
  if (durationSeconds < volume.durationSeconds) {
    notes.push(`duration capped at the job's timeout, ${formatDuration(durationSeconds)} (timeout.attemptDurationSeconds)`);
    estimate.durationSeconds = durationSeconds;
  }
  if (!cost) return estimate;
  const perJob = cost(durationSeconds);
  estimate.costPerJobUsd = round(perJob);
  estimate.costPerSubmissionUsd = round(perJob * volume.arraySize);
  if (inputs.attemptDurationSeconds !== undefined) {
    estimate.worstCasePerSubmissionUsd = round(cost(inputs.attemptDurationSeconds) * inputs.attempts * volume.arraySize);
  }
  if (volume.jobsPerMonth !== null) estimate.monthlyUsd = round(perJob * volume.arraySize * volume.jobsPerMonth);
  return estimate;
}

/** Estimates for one job definition on each queue it is paired with. */
export function estimateJobDefinition(jd: BatchResource<'jobDefinition'>, model: LintModel, options: CostOptions): CostEstimate[] {
  const estimates: CostEstimate[] = [];
  for (const pairing of model.graph.pairingsOf(jd)) {
    const placement = placeJob(jd, pairing.queue, model.graph, { ...options.placement, ...(options.region ? { region: options.region } : {}) });
    const requirements = placement.requirements;
    if (!requirements) continue;
    const volume = volumeOf(pairing, options);
    let expectedFound = false;
    let words: string | undefined;
    for (const env of placement.environments) {
      // Described once per pairing, and only when some environment has a row.
      const estimate = environmentEstimate(pairing, (words ??= describePairing(pairing)), env, requirements.multinode, requirements.numNodes, volume, options);
      if (!estimate) continue;
      // The queue tries its environments in order: the first that can hold the job is expected to run it.
      if (!expectedFound && env.verdict !== 'none') {
        estimate.expectedToRun = true;
        expectedFound = true;
      }
      estimates.push(estimate);
    }
  }
  return estimates;
}

function environmentRegion(ce: BatchResource<'computeEnvironment'>, options: CostOptions): string {
  return options.region ?? ce.region ?? regionOfArn(ce.arn) ?? DEFAULT_COST_REGION;
}

export function estimateCosts(model: LintModel, options: CostOptions): CostReport {
  // One job definition that cannot be priced (a bug in placement or pricing) costs only its own estimate.
  const failures: CostFailure[] = [];
  const failedStages = new Set<string>();
  const contained = <T>(stage: string, jobDefinition: string | null, work: () => T[]): T[] => {
    try {
      return work();
    } catch (error) {
      // A cross-file stage (the resource graph) that failed is reported once, not per job definition.
      if (error instanceof StageFailure) {
        if (!failedStages.has(error.stage)) failures.push({ stage: error.stage, jobDefinition: null, message: errorText(error.original) });
        failedStages.add(error.stage);
      } else failures.push({ stage, jobDefinition, message: errorText(error) });
      return [];
    }
  };
  const estimates = model.byKind.jobDefinition.flatMap((jd) => contained('cost estimate', jd.name, () => estimateJobDefinition(jd, model, options)));
  const environments: EnvironmentFigures[] = contained('cost environments', null, () =>
    model.byKind.computeEnvironment.map((ce) => {
      const region = environmentRegion(ce, options);
      const floor = idleFloor(ce, region, options.catalog);
      const burn = worstCaseBurn(ce, region, options.catalog);
      return { name: ce.name, file: ce.source.document.file, queues: model.graph.queuesUsing(ce).map((q) => q.queue.name), ...(floor ? { floor } : {}), ...(burn ? { burn } : {}) };
    }),
  );
  const floorOf = new Map(environments.map((e) => [`${e.file}|${e.name}`, e.floor]));
  for (const e of estimates) e.idleFloorMonthlyUsd = floorOf.get(`${e.environmentFile}|${e.computeEnvironment}`)?.monthlyUsd ?? null;
  const assumptions = [
    `Prices: ${options.catalog.source}, ${options.catalog.date}${options.livePricing ? '' : ' (offline snapshot; --live-pricing asks AWS)'}. USD, Linux, shared tenancy.`,
    `Region: ${options.region ?? `each environment's ARN, else ${DEFAULT_COST_REGION}`}.`,
    "EC2 (On-Demand and Spot) is billed per second with a 60-second minimum per instance launch. A job's cost is the instance-seconds it occupies: the submission (an array's children together) packed on the instances it launches, as many copies per instance as vCPUs, memory after the ECS reserve and GPUs allow (docs/placement.md), at most maxvCpus at once, running in waves. A lone job pays a whole instance; the range runs from fully packed (other jobs fill every slot) to one job per instance.",
    'Fargate is billed for the vCPU and memory the job asks for, per second with a 1-minute minimum; 20 GiB of ephemeral storage are included.',
    'Multinode jobs: one instance per node, x the number of nodes. Array jobs: x the array size.',
    'Worst case per submission: timeout.attemptDurationSeconds x retryStrategy.attempts (x array size); unbounded without a timeout.',
    `Monthly: jobs per month (--jobs-per-month, or the workload's jobsPerDay x ${DAYS_PER_MONTH.toFixed(2)}) x cost per submission. The idle floor (minvCpus, or desiredvCpus where set, in whole instances around the clock) is its own line, once per environment, and totals include it.`,
    'Totals count each pairing on the environment expected to run it: the first in the queue\'s order that can hold the job.',
    'Spot figures marked as estimates are On-Demand less the typical saving the Spot Instance Advisor shows, not market prices; no Spot figure is above the bidPercentage cap. EBS volumes, data transfer and logs are not included.',
  ];
  return {
    catalog: { source: options.catalog.source, date: options.catalog.date },
    priceSources: priceSources(options.catalog),
    assumptions,
    estimates,
    idleFloors: environments.flatMap((e) => (e.floor ? [e.floor] : [])),
    environmentBurns: environments.flatMap((e) => (e.burn ? [{ computeEnvironment: e.name, file: e.file, usdPerHour: Number(e.burn.usdPerHour.toPrecision(6)) }] : [])),
    totals: costTotals(estimates, environments),
    recommendations: contained('cost recommendations', null, () => costRecommendations(model, estimates, options)),
    ...(failures.length > 0 ? { failures } : {}),
  };
}
