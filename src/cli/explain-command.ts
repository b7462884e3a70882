// `batchlint explain <job-definition>`: the placement the rules judge, shown in full. For each queue
// the job definition is paired with (or --queue), each compute environment in order: the instance
// types that hold a copy of the job and how many, and why the others are ruled out.
import { MAX_INFERRED_QUEUES } from '../graph/resource-graph.js';
import { loadPaths } from '../lint-files.js';
import { configPairings, mergeRuleSettings } from '../config/config-settings.js';
import { describePairing } from '../placement/paired-placements.js';
import { placeJob, type EnvironmentPlacement, type NodePlacement, type PlacementOptions, type QueuePlacement } from '../placement/place-job.js';
import { placementOptionsFromRule } from '../placement/placement-options.js';
import { jobRequirements } from '../placement/job-requirements.js';
import { describeMemoryModel } from '../placement/memory-model.js';
import { describeNeed, describeOffer, describeShortfall } from '../placement/placement-wording.js';
import { describeEnvironmentPlatform } from '../graph/platform.js';
import type { JobQueuePairing } from '../graph/resource-graph.js';
import type { Io } from './io.js';
import { configFromFlag } from './config-flag.js';
import { RULES_BY_ID } from '../../rules/index.js';
import { UsageError } from './usage-error.js';
import { escapeControl } from '../reporters/safe-text.js';

export interface ExplainFlags {
  queue?: string;
  config?: string;
  optimal?: 'default_x86_64' | 'legacy';
  region?: string;
}

const VERDICTS: Record<QueuePlacement['verdict'], string> = {
  fits: 'can run',
  tight: 'fits only within the memory model\'s margin: it may never be placed',
  none: 'CANNOT RUN: no enabled compute environment holds it (it would stay RUNNABLE)',
  unknown: 'cannot be judged from the input (see below)',
};

const STATUS: Record<EnvironmentPlacement['status'], string> = {
  unresolved: 'not in the input: not verified here',
  disabled: 'DISABLED: takes no new jobs',
  'platform-mismatch': 'another platform than the job definition',
  unmanaged: 'unmanaged: instances are yours, not judged',
  fargate: 'Fargate',
  instances: '',
};


function nodeLines(n: NodePlacement, multinode: boolean): string[] {
  const lines: string[] = [];
  const indent = multinode ? '      ' : '    ';
  if (multinode) lines.push(`    ${n.node.label} (${n.node.nodes} node(s)): needs ${describeNeed(n.node)}${n.node.instanceType ? `, instance type ${n.node.instanceType.value}` : ''}`);
  if (n.instanceTypeNotLaunchable) lines.push(`${indent}instance type ${n.node.instanceType?.value} is not among the types this environment may launch`);
  if (n.candidates.length === 0) lines.push(`${indent}candidates: none`);
  else {
    lines.push(`${indent}candidates (copies per instance):`);
    for (const c of n.candidates) lines.push(`${indent}  ${c.type.name.padEnd(18)} ${String(c.copies).padStart(4)}  (${describeOffer(c)})${c.withinMargin ? '  within the margin: may never be placed' : ''}`);
  }
  if (n.ruledOut.length > 0) {
    lines.push(`${indent}ruled out:`);
    for (const r of n.ruledOut) lines.push(`${indent}  ${r.type.name.padEnd(18)} ${r.shortfalls.map(describeShortfall).join('; ')}`);
  }
  return lines;
}

function environmentLines(e: EnvironmentPlacement, position: number, placement: QueuePlacement): string[] {
  const name = e.environment?.name ?? e.link.reference ?? '(unknown value)';
  const facts = [e.platform ? describeEnvironmentPlatform(e.platform) : undefined, e.maxvCpus !== undefined ? `maxvCpus ${e.maxvCpus}` : undefined, e.region ? `region ${e.region}` : undefined].filter(Boolean);
  const lines = [`  ${position}. ${name}${facts.length ? ` (${facts.join(', ')})` : ''}${STATUS[e.status] ? `: ${STATUS[e.status]}` : ''}`];
  if (e.expansion) {
    const entries = e.expansion.entries.map((x) => (x.families ? `${x.entry} = ${x.families.join(', ')}` : x.entry));
    lines.push(`    instanceTypes: ${entries.join('; ')}${e.expansion.implicitDefault ? ' (no instanceTypes: Batch uses default_x86_64)' : ''}`);
    if (e.expansion.unresolved.length > 0) lines.push(`    not in the catalog (cannot be judged): ${e.expansion.unresolved.join(', ')}`);
    const vcpus = placement.requirements?.nodes[0]?.vcpus?.value;
    if (e.maxvCpus !== undefined && vcpus !== undefined && !placement.requirements?.multinode && vcpus > e.maxvCpus) lines.push(`    maxvCpus ${e.maxvCpus} is below the job's ${vcpus} vCPUs (COMPUTE_ENVIRONMENT_MAX_RESOURCE)`);
  }
  if (e.status === 'fargate') for (const n of e.nodes) lines.push(`    ${n.verdict === 'fits' ? 'fits a Fargate task' : 'larger than the largest Fargate task (32 vCPUs, 249856 MiB)'}`);
  else for (const n of e.nodes) lines.push(...nodeLines(n, placement.requirements?.multinode ?? false));
  return lines;
}

export async function runExplain(jobDefinitionRef: string, paths: string[], flags: ExplainFlags, io: Io): Promise<number> {
  const config = await configFromFlag(flags.config, io);
  const settings = mergeRuleSettings(config, {});
  const result = await loadPaths(paths, { cwd: io.cwd, pairings: configPairings(config) });
  if (result.missing.length > 0) throw new UsageError(result.missing.map((m) => `cannot read "${m.path}": ${m.reason}`));
  const graph = result.model.graph;
  const jd = graph.resolveJobDefinition(jobDefinitionRef);
  if (!jd) {
    const known = result.model.byKind.jobDefinition.map((r) => r.name);
    throw new UsageError(`no job definition "${jobDefinitionRef}" in ${paths.join(' ')}${known.length ? ` (found: ${known.slice(0, 10).join(', ')})` : ''}`);
  }
  const ruleOptions = { ...RULES_BY_ID.get('unplaceable-job')?.defaultOptions, ...settings.options?.get('unplaceable-job') };
  const options: PlacementOptions = { ...placementOptionsFromRule(ruleOptions), ...(flags.optimal ? { optimal: flags.optimal } : {}), ...(flags.region ? { region: flags.region } : {}) };

  let pairings: { pairing?: JobQueuePairing; queue: JobQueuePairing['queue'] }[];
  if (flags.queue) {
    const queue = graph.resolveJobQueue(flags.queue);
    const node = queue ? graph.queueNode(queue) : undefined;
    if (!node) throw new UsageError(`no job queue "${flags.queue}" in ${paths.join(' ')}`);
    const pairing = graph.pairingsOf(jd).find((p) => p.queue === node);
    pairings = [{ queue: node, ...(pairing ? { pairing } : {}) }];
  } else pairings = graph.pairingsOf(jd).map((p) => ({ pairing: p, queue: p.queue }));

  const out: string[] = [];
  const req = jobRequirements(jd.data);
  out.push(`Job definition ${jd.name} (${jd.source.document.file})`);
  if (!req) out.push('  declares no containerProperties, ecsProperties, eksProperties or nodeProperties: nothing to place');
  else if (req.multinode) out.push(`  multinode: ${req.numNodes ?? '?'} nodes; ${req.nodes.map((n) => `${n.label}: ${describeNeed(n)}`).join('; ')}`);
  else out.push(`  needs ${describeNeed(req.nodes[0]!)} per copy${req.nodes[0]!.complete ? '' : ' (some values are unknown: figures are lower bounds)'}`);
  out.push(`  memory available to jobs: ${describeMemoryModel(options.memoryModel!, req?.platform.orchestration)}; margin ${options.memoryModel!.marginPercent} % (docs/placement.md)`);
  out.push(`  optimal read as: ${options.optimal}`);
  if (pairings.length === 0) {
    const candidates = graph.inferredQueues(jd).length;
    out.push('', candidates > MAX_INFERRED_QUEUES
      ? `${candidates} queues of its platform and no declared pairing: too many to assume it goes to all of them (limit ${MAX_INFERRED_QUEUES}). Name one with --queue, or declare workloads in the config.`
      : 'No queue in the input can take it (none of its platform, and no declared pairing).');
  }
  for (const { pairing, queue } of pairings) {
    const placement = placeJob(jd, queue, graph, options);
    out.push('', `Queue ${queue.queue.name}: ${VERDICTS[placement.verdict]}`, `  pairing: ${pairing ? describePairing(pairing) : 'named with --queue'}`);
    if (queue.environments.length === 0) out.push('  no compute environments');
    placement.environments.forEach((e, i) => out.push(...environmentLines(e, i + 1, placement)));
  }
  // Names, files and values come from the input: one line each, control characters made visible.
  io.stdout(`${out.map(escapeControl).join('\n')}\n`);
  return 0;
}
