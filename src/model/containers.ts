import { arrayOf, field, isRecord, stringOf, type JsonRecord } from './values.js';
import type { JobDefinitionData } from './aws-types.generated.js';
import type { JsonPath } from '../source/source-document.js';

export type ContainerKind = 'ecs' | 'eks';

/** One place in a job definition where a container is declared. */
export interface ContainerSite {
  container: JsonRecord;
  /** Path of the container object inside the job definition. */
  path: JsonPath;
  /** ECS-shaped (containerProperties, taskProperties containers) or EKS-shaped (pod containers). */
  kind: ContainerKind;
  /** Where it is, for messages: `containerProperties`, `node range 0:3`, `ecsProperties container "app"`. */
  label: string;
}

function ecsTaskContainers(ecsProperties: unknown, base: JsonPath, where: string, out: ContainerSite[]): void {
  arrayOf(field(ecsProperties, 'taskProperties')).forEach((task, t) => {
    arrayOf(field(task, 'containers')).forEach((container, c) => {
      if (!isRecord(container)) return;
      const name = stringOf(container.name);
      out.push({ container, kind: 'ecs', path: [...base, 'ecsProperties', 'taskProperties', t, 'containers', c], label: `ecsProperties container ${name ? `"${name}"` : `#${c + 1}`}${where ? ` in ${where}` : ''}` });
    });
  });
}

function eksPodContainers(eksProperties: unknown, base: JsonPath, where: string, out: ContainerSite[]): void {
  const pod = field(eksProperties, 'podProperties');
  for (const list of ['initContainers', 'containers'] as const) {
    arrayOf(field(pod, list)).forEach((container, c) => {
      if (!isRecord(container)) return;
      const name = stringOf(container.name);
      out.push({ container, kind: 'eks', path: [...base, 'eksProperties', 'podProperties', list, c], label: `EKS ${list === 'initContainers' ? 'init container' : 'container'} ${name ? `"${name}"` : `#${c + 1}`}${where ? ` in ${where}` : ''}` });
    });
  }
}

/**
 * Every container a job definition declares: `containerProperties`, each multinode range's
 * `container` / `ecsProperties` / `eksProperties`, `ecsProperties` task containers and EKS pod
 * containers (init containers included).
 */
export function containersOf(jobDefinition: JobDefinitionData): ContainerSite[] {
  const out: ContainerSite[] = [];
  const jd: unknown = jobDefinition;
  const single = field(jd, 'containerProperties');
  if (isRecord(single)) out.push({ container: single, kind: 'ecs', path: ['containerProperties'], label: 'container in containerProperties' });
  arrayOf(field(field(jd, 'nodeProperties'), 'nodeRangeProperties')).forEach((range, i) => {
    const target = stringOf(field(range, 'targetNodes'));
    const where = `node range ${target ?? `#${i + 1}`}`;
    const base: JsonPath = ['nodeProperties', 'nodeRangeProperties', i];
    const container = field(range, 'container');
    if (isRecord(container)) out.push({ container, kind: 'ecs', path: [...base, 'container'], label: `container in ${where}`.trim() });
    ecsTaskContainers(field(range, 'ecsProperties'), base, where, out);
    eksPodContainers(field(range, 'eksProperties'), base, where, out);
  });
  ecsTaskContainers(field(jd, 'ecsProperties'), [], '', out);
  eksPodContainers(field(jd, 'eksProperties'), [], '', out);
  return out;
}
