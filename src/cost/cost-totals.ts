// Totals of a cost report per queue, per file and for the whole run. A pairing counts once, on the
// environment expected to run it (the first in the queue's order that can hold it); an environment's
// idle floor and worst-case burn count once per scope, however many pairings use it.
import type { CostEstimate, CostTotal } from './cost-report.js';
import type { BurnRate } from './burn-rate.js';
import type { IdleFloor } from './idle-floor.js';

export interface EnvironmentFigures {
  name: string;
  file: string;
  queues: readonly string[];
  floor?: IdleFloor;
  burn?: BurnRate;
}

const round = (n: number): number => Number(n.toPrecision(6));

function total(scope: CostTotal['scope'], name: string, rows: readonly CostEstimate[], environments: readonly EnvironmentFigures[]): CostTotal {
  const expected = rows.filter((r) => r.expectedToRun);
  const jobs = expected.reduce((sum, r) => sum + (r.monthlyUsd ?? 0), 0);
  const floor = environments.reduce((sum, e) => sum + (e.floor?.monthlyUsd ?? 0), 0);
  return {
    scope,
    name,
    jobsMonthlyUsd: round(jobs),
    rowsWithoutMonthly: expected.filter((r) => r.monthlyUsd === null).length,
    idleFloorMonthlyUsd: round(floor),
    monthlyUsd: round(jobs + floor),
    worstCaseBurnUsdPerHour: round(environments.reduce((sum, e) => sum + (e.burn?.usdPerHour ?? 0), 0)),
  };
}

export function costTotals(estimates: readonly CostEstimate[], environments: readonly EnvironmentFigures[]): CostTotal[] {
  const out: CostTotal[] = [];
  const queues = [...new Set([...estimates.map((e) => e.jobQueue), ...environments.flatMap((e) => e.queues)])].sort();
  for (const q of queues) out.push(total('queue', q, estimates.filter((e) => e.jobQueue === q), environments.filter((e) => e.queues.includes(q))));
  const files = [...new Set([...estimates.map((e) => e.file), ...environments.map((e) => e.file)])].sort();
  // A file's share: the jobs defined in it, and the environments defined in it.
  for (const f of files) out.push(total('file', f, estimates.filter((e) => e.file === f), environments.filter((e) => e.file === f)));
  out.push(total('run', 'all input', estimates, environments));
  return out;
}
