// The usage file (as infracost's): `cost --write-workloads FILE` lists every (job definition, queue)
// pairing with the volume the estimate assumed, for the user to fill in and paste into the config's
// `workloads`. A workload naming a job definition or queue the input does not have is an error with a
// suggestion, never a silent default (the estimate would quietly ignore it).
import type { LintModel } from '../graph/lint-model.js';
import { suggest } from '../schema/validate-resource.js';
import type { CostReport } from './cost-report.js';
import { DEFAULT_DURATION_SECONDS } from './estimate-costs.js';

export interface WorkloadEntry {
  name: string;
  jobDefinition: string;
  jobQueue: string;
  jobsPerDay: number;
  arraySize?: number;
  typicalDurationSeconds: number;
}

/** One entry per pairing priced, with the figures the estimate used (jobsPerDay 0 when it had none). */
export function workloadFile(report: CostReport): string {
  const seen = new Set<string>();
  const workloads: WorkloadEntry[] = [];
  for (const e of report.estimates) {
    const key = `${e.jobDefinition}\u0000${e.jobQueue}`;
    if (seen.has(key)) continue;
    seen.add(key);
    workloads.push({
      name: `${e.jobDefinition} on ${e.jobQueue}`,
      jobDefinition: e.jobDefinition,
      jobQueue: e.jobQueue,
      jobsPerDay: e.jobsPerMonth === null ? 0 : Number((e.jobsPerMonth / (730 / 24)).toPrecision(6)),
      ...(e.arraySize > 1 ? { arraySize: e.arraySize } : {}),
      typicalDurationSeconds: e.notes.some((n) => n.startsWith('no duration given')) ? DEFAULT_DURATION_SECONDS : e.durationSeconds,
    });
  }
  const comment = 'Written by `batchlint cost --write-workloads`: the volume each estimate assumed (jobsPerDay 0 = none given; typicalDurationSeconds 3600 = the default). Fill in jobsPerDay, arraySize (2-10,000, for array jobs) and typicalDurationSeconds, then put `workloads` in .batchlint.json (or .batchlint.yaml).';
  return `${JSON.stringify({ $comment: comment, workloads }, null, 2)}\n`;
}

/** The name in a reference: `etl`, `etl:3`, or an ARN ending in `job-definition/etl:3`. */
const bareName = (reference: string): string => (reference.split('/').pop() ?? reference).split(':')[0] ?? reference;

/** Problems with the config's workloads: names the input does not have, each with a suggestion when one is close. */
export function workloadNameProblems(model: LintModel): string[] {
  const problems: string[] = [];
  const jobNames = [...new Set(model.byKind.jobDefinition.map((r) => r.name))];
  const queueNames = [...new Set(model.byKind.jobQueue.map((r) => r.name))];
  for (const u of model.graph.unresolvedPairings) {
    if (u.pairing.origin !== 'config') continue;
    const index = u.pairing.source?.path.at(-1);
    const which = typeof index === 'number' ? `workloads[${index}]` : 'a workload';
    if (!u.jobDefinition && !model.byKind.jobDefinition.some((r) => r.name === bareName(u.pairing.jobDefinition))) {
      const hint = suggest(bareName(u.pairing.jobDefinition), jobNames);
      problems.push(`${which}: no job definition "${u.pairing.jobDefinition}" in the input${hint ? `; did you mean "${hint}"?` : ''}`);
    }
    if (!u.queue) {
      const hint = suggest(bareName(u.pairing.jobQueue), queueNames);
      if (!model.byKind.jobQueue.some((r) => r.name === bareName(u.pairing.jobQueue))) problems.push(`${which}: no job queue "${u.pairing.jobQueue}" in the input${hint ? `; did you mean "${hint}"?` : ''}`);
    }
  }
  return problems;
}
