// What a change to the configuration does to the bill: the base and the head priced alike, compared
// per (job definition, queue) pairing on the environment expected to run it, per environment (idle
// floor, worst-case burn) and in total. Pure data; src/reporters/cost-diff.ts renders it.
import type { CostEstimate, CostReport } from './cost-report.js';

export interface PairingSide {
  computeEnvironment: string;
  instanceType: string | null;
  costPerJobUsd: number | null;
  monthlyUsd: number | null;
}

export interface PairingChange {
  jobDefinition: string;
  jobQueue: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  base: PairingSide | null;
  head: PairingSide | null;
  /** null when either side has no monthly figure. */
  monthlyDeltaUsd: number | null;
  perJobDeltaUsd: number | null;
}

export interface EnvironmentChange {
  computeEnvironment: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  idleFloorMonthlyUsd: { base: number | null; head: number | null };
  worstCaseBurnUsdPerHour: { base: number | null; head: number | null };
}

export interface CostDiff {
  base: string;
  pairings: PairingChange[];
  environments: EnvironmentChange[];
  totals: {
    monthlyUsd: { base: number; head: number; delta: number };
    idleFloorMonthlyUsd: { base: number; head: number; delta: number };
    worstCaseBurnUsdPerHour: { base: number; head: number; delta: number };
  };
}

const round = (n: number): number => Number(n.toPrecision(6));
const delta = (a: number | null | undefined, b: number | null | undefined): number | null => (a === null || a === undefined || b === null || b === undefined ? null : round(b - a));
const same = (a: number | null | undefined, b: number | null | undefined): boolean => (a ?? null) === (b ?? null);

function expectedRows(report: CostReport): Map<string, CostEstimate> {
  const rows = new Map<string, CostEstimate>();
  for (const e of report.estimates) {
    const key = `${e.jobDefinition}\u0000${e.jobQueue}`;
    if (e.expectedToRun && !rows.has(key)) rows.set(key, e);
  }
  return rows;
}

const side = (e: CostEstimate): PairingSide => ({ computeEnvironment: e.computeEnvironment, instanceType: e.instanceType, costPerJobUsd: e.costPerJobUsd, monthlyUsd: e.monthlyUsd });

function environmentFigures(report: CostReport): Map<string, { floor: number | null; burn: number | null }> {
  const out = new Map<string, { floor: number | null; burn: number | null }>();
  for (const f of report.idleFloors) out.set(f.computeEnvironment, { floor: f.monthlyUsd, burn: null });
  for (const b of report.environmentBurns ?? []) out.set(b.computeEnvironment, { floor: out.get(b.computeEnvironment)?.floor ?? null, burn: b.usdPerHour });
  return out;
}

export function diffCostReports(base: CostReport, head: CostReport, baseLabel: string): CostDiff {
  const before = expectedRows(base);
  const after = expectedRows(head);
  const pairings: PairingChange[] = [];
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const a = before.get(key);
    const b = after.get(key);
    const [jobDefinition, jobQueue] = key.split('\u0000') as [string, string];
    const changed = !a || !b || a.computeEnvironment !== b.computeEnvironment || a.instanceType !== b.instanceType || !same(a.costPerJobUsd, b.costPerJobUsd) || !same(a.monthlyUsd, b.monthlyUsd);
    pairings.push({
      jobDefinition,
      jobQueue,
      status: !a ? 'added' : !b ? 'removed' : changed ? 'changed' : 'unchanged',
      base: a ? side(a) : null,
      head: b ? side(b) : null,
      monthlyDeltaUsd: delta(a ? a.monthlyUsd : 0, b ? b.monthlyUsd : 0),
      perJobDeltaUsd: a && b ? delta(a.costPerJobUsd, b.costPerJobUsd) : null,
    });
  }
  const envBefore = environmentFigures(base);
  const envAfter = environmentFigures(head);
  const environments: EnvironmentChange[] = [];
  for (const name of [...new Set([...envBefore.keys(), ...envAfter.keys()])].sort()) {
    const a = envBefore.get(name);
    const b = envAfter.get(name);
    environments.push({
      computeEnvironment: name,
      status: !a ? 'added' : !b ? 'removed' : same(a.floor, b.floor) && same(a.burn, b.burn) ? 'unchanged' : 'changed',
      idleFloorMonthlyUsd: { base: a?.floor ?? null, head: b?.floor ?? null },
      worstCaseBurnUsdPerHour: { base: a?.burn ?? null, head: b?.burn ?? null },
    });
  }
  const run = (r: CostReport) => r.totals.find((t) => t.scope === 'run');
  const pair = (f: (r: CostReport) => number) => ({ base: f(base), head: f(head), delta: round(f(head) - f(base)) });
  return {
    base: baseLabel,
    pairings,
    environments,
    totals: {
      monthlyUsd: pair((r) => run(r)?.monthlyUsd ?? 0),
      idleFloorMonthlyUsd: pair((r) => run(r)?.idleFloorMonthlyUsd ?? 0),
      worstCaseBurnUsdPerHour: pair((r) => run(r)?.worstCaseBurnUsdPerHour ?? 0),
    },
  };
}
