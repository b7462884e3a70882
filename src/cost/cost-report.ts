// The cost report: plain data that the reporters (src/reporters/cost-*.ts) render. The JSON
// reporter prints it as is; its first fields are the shape the issue fixes.
import type { PriceBasis } from '../pricing/price-quotes.js';
import type { IdleFloor } from './idle-floor.js';

export type CostCapacity = 'on-demand' | 'spot' | 'fargate' | 'fargate-spot';

export interface CostRange {
  /** Cost per job on the cheapest and the dearest fitting, priced type. */
  lowUsd: number;
  highUsd: number;
  lowInstanceType: string;
  highInstanceType: string;
  /** Fitting types with a price. */
  types: number;
}

export interface CostEstimate {
  jobDefinition: string;
  jobQueue: string;
  computeEnvironment: string;
  /** The files the job definition and the compute environment come from. */
  file: string;
  environmentFile: string;
  /** The first environment in the queue's order that can hold the job: the one expected to run it. Totals count only these rows. */
  expectedToRun: boolean;
  /** The environment's idle floor a month (minvCpus/desiredvCpus around the clock); null for Fargate or unpriced. Counted once per environment in totals. */
  idleFloorMonthlyUsd: number | null;
  region: string;
  capacity: CostCapacity;
  /** null on Fargate. */
  instanceType: string | null;
  /** Copies of the job one instance holds (1 per node for multinode jobs, 1 on Fargate). */
  jobsPerInstance: number | null;
  durationSeconds: number;
  /** One job (one child of an array; the whole job with all its nodes for multinode). null when unpriced. */
  costPerJobUsd: number | null;
  /** attemptDurationSeconds x attempts (x array size); null when unbounded (no timeout) or unpriced. */
  worstCasePerSubmissionUsd: number | null;
  /** null without a volume (workloads or --jobs-per-month) or when unpriced. */
  monthlyUsd: number | null;
  // Beyond the fixed shape: how the figures were reached.
  allocationStrategy: string | null;
  /** How the instance type was chosen, in words. */
  choice: string;
  usdPerHour: number | null;
  priceBasis: PriceBasis | null;
  /** Fargate: vCPU and memory billed. */
  fargateSize?: { vcpus: number; memoryMiB: number; ephemeralStorageGiB: number; architecture: string };
  nodes: number;
  arraySize: number;
  costPerSubmissionUsd: number | null;
  jobsPerMonth: number | null;
  /** `unbounded` when the job definition has no timeout. */
  /** unknown: the timeout is set by a value known only at deploy time. */
  worstCase: 'bounded' | 'unbounded' | 'unknown';
  range: CostRange | null;
  /**
   * EC2 (not multinode): how the submission packs on instances. The headline cost per job is the
   * submission on its own; packedUsd is the best case (other jobs fill every slot), onePerInstanceUsd
   * the worst (each job launches its own instance and pays the 60-second minimum alone).
   */
  packing?: { instances: number; waves: number; billedSecondsPerInstance: number; packedUsd: number; onePerInstanceUsd: number; headline: string };
  /** Fargate Spot without a listed rate: the advertised discount (low) to the On-Demand rate (high), per job. */
  fargateSpotRange?: { lowUsd: number; highUsd: number; upToPercent: number; source: string };
  /** SPOT with bidPercentage: the typical Spot price of every fitting type is above the cap. */
  rarelyLaunches?: boolean;
  /** How the job definition was paired with the queue. */
  pairing: string;
  /** Why a figure is missing, or what it rests on (estimates). */
  notes: string[];
}

export type RecommendationKind = 'use-spot' | 'trim-memory' | 'cpu-job-on-gpu' | 'min-vcpus' | 'scale-down-delay';

export interface CostRecommendation {
  kind: RecommendationKind;
  jobDefinition: string | null;
  jobQueue: string | null;
  computeEnvironment: string | null;
  message: string;
  savingPerJobUsd: number | null;
  savingPerMonthUsd: number | null;
}

/** A stage that threw while pricing (a bug): the job definition it was on, and the redacted error. */
export interface CostFailure {
  stage: string;
  jobDefinition: string | null;
  message: string;
}

export interface CostTotal {
  scope: 'queue' | 'file' | 'run';
  name: string;
  /** Monthly cost of the jobs (expected rows with a volume). */
  jobsMonthlyUsd: number;
  /** Expected rows without a monthly figure (no volume or unpriced): the total leaves them out. */
  rowsWithoutMonthly: number;
  /** Idle floors of the environments in scope, each counted once. */
  idleFloorMonthlyUsd: number;
  monthlyUsd: number;
  /** Every environment in scope at maxvCpus on its dearest type. */
  worstCaseBurnUsdPerHour: number;
}

export interface CostReport {
  catalog: { source: string; date: string };
  /** Date and source of each kind of figure, separately. */
  priceSources: { kind: 'on-demand' | 'spot' | 'fargate' | 'fargate-spot'; source: string; date: string }[];
  assumptions: string[];
  estimates: CostEstimate[];
  /** One line per managed EC2/Spot environment (minvCpus/desiredvCpus billed around the clock). */
  idleFloors: IdleFloor[];
  /** What each environment can spend per hour at maxvCpus (environments with a price). */
  environmentBurns?: { computeEnvironment: string; file: string; usdPerHour: number }[];
  totals: CostTotal[];
  recommendations: CostRecommendation[];
  /** Present only when something could not be priced because of an internal error; the rest was priced. */
  failures?: CostFailure[];
}
