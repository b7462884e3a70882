// How findings and `explain` put a placement into words: what the job needs, what the closest
// allowed instance offers, and which memory figure that is.
import type { NodeRequirement } from '../model/facts/job-size-facts.js';
import type { Shortfall, TypeFit } from './fit.js';
import type { NodePlacement, QueuePlacement } from './place-job.js';
import { describeMemoryModel } from './memory-model.js';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export function describeNeed(node: Pick<NodeRequirement, 'vcpus' | 'memoryMiB' | 'gpus'>): string {
  const parts: string[] = [];
  if (node.vcpus) parts.push(plural(node.vcpus.value, 'vCPU'));
  if (node.memoryMiB) parts.push(`${node.memoryMiB.value} MiB`);
  if (node.gpus && node.gpus.value > 0) parts.push(plural(node.gpus.value, 'GPU'));
  return parts.length > 0 ? parts.join(', ') : 'no declared resources';
}

export function describeOffer(fit: TypeFit): string {
  const parts = [plural(fit.availableVcpus, 'vCPU'), `about ${fit.availableMiB} MiB to jobs`];
  if (fit.gpus > 0 || fit.type.gpu) parts.push(plural(fit.gpus, 'schedulable GPU'));
  return parts.join(', ');
}

export function describeShortfall(s: Shortfall): string {
  switch (s.dimension) {
    case 'vcpus':
      return `needs ${plural(s.need, 'vCPU')}, has ${s.offer}`;
    case 'memory':
      return `needs ${s.need} MiB, offers about ${s.offer} MiB to jobs`;
    case 'gpus':
      return `needs ${plural(s.need, 'GPU')}, has ${s.offer} schedulable`;
  }
}

/** The node placement (over every environment of the queue) that comes closest to holding the job. */
export function closestNode(placement: QueuePlacement, verdict: NodePlacement['verdict'] = 'none'): NodePlacement | undefined {
  const nodes = placement.environments.flatMap((e) => e.nodes).filter((n) => n.verdict === verdict && n.closest);
  const gap = (n: NodePlacement): number => n.closest!.shortfalls.reduce((sum, s) => sum + (s.need - s.offer) / s.need, 0);
  return nodes.sort((a, b) => a.closest!.shortfalls.length - b.closest!.shortfalls.length || gap(a) - gap(b) || b.closest!.availableMiB - a.closest!.availableMiB)[0];
}

/** The memory figure a finding used, e.g. "installed memory less 2.53 % platform overhead and 32 MiB agent reserve". */
export function memoryFigure(placement: QueuePlacement, node?: NodePlacement): string {
  const env = placement.environments.find((e) => node && e.nodes.includes(node));
  return describeMemoryModel(placement.memoryModel, env?.platform?.orchestration ?? 'ECS');
}
