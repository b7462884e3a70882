// The facts of the units that hold containers: ECS tasks (containerProperties, a node range's
// container, each ecsProperties task), where the IAM role, volumes and ECS Exec switch live, and EKS
// pods, where host networking, volumes and image pull secrets live.
import type { JsonPath } from '../../source/source-document.js';
import { arrayOf, field, isRecord, stringOf, type JsonRecord } from '../values.js';
import { keptList, type Fact } from './fact.js';
import { sharedPath } from './fact-paths.js';
import { fieldFact, pathFact, readFlag, readList, readRecord, readText } from './read-fact.js';

export interface EfsVolumeFact {
  /** Path of `efsVolumeConfiguration`. */
  path: JsonPath;
  transitEncryption: Fact<string>;
  /** `authorizationConfig.iam`. */
  iam: Fact<string>;
  /** `authorizationConfig.accessPointId`. */
  accessPointId: Fact<string>;
}

export interface VolumeFact {
  index: number;
  path: JsonPath;
  name: Fact<string>;
  /** The name for messages: as written, else `#n`. */
  label: string;
  /** ECS `host` (a bind mount when it names a sourcePath). */
  host: Fact<JsonRecord>;
  /** ECS `host.sourcePath` or EKS `hostPath.path`. */
  hostPath: Fact<string>;
  efs?: EfsVolumeFact;
}

export interface EcsTaskFacts {
  path: JsonPath;
  /** `containerProperties`, `container in node range 0:3`, `ecsProperties task`. */
  label: string;
  /** The ContainerProperties shape (single or node range) or an ecsProperties task. */
  shape: 'containerProperties' | 'ecsTask';
  /** `jobRoleArn` in the ContainerProperties shape, `taskRoleArn` in ecsProperties. */
  roleField: 'jobRoleArn' | 'taskRoleArn';
  role: Fact<string>;
  executionRoleArn: Fact<string>;
  enableExecuteCommand: Fact<boolean>;
  /** `runtimePlatform.operatingSystemFamily`. */
  operatingSystemFamily: Fact<string>;
  /** ecsProperties task `platformVersion` (the ContainerProperties shape has it in fargatePlatformConfiguration). */
  platformVersion: Fact<string>;
  volumes: readonly VolumeFact[];
}

export interface EksPodFacts {
  /** Path of `podProperties`. */
  path: JsonPath;
  /** '' for the job's pod, `node range 0:3` for a node range's. */
  nodeRange: string;
  hostNetwork: Fact<boolean>;
  imagePullSecrets: Fact<readonly unknown[]>;
  serviceAccountName: Fact<string>;
  volumes: readonly VolumeFact[];
}

function volumesOf(holder: unknown, base: JsonPath, eks: boolean): readonly VolumeFact[] {
  return keptList(arrayOf(field(holder, 'volumes')).map((volume, index) => {
    const path = sharedPath(base, 'volumes', index);
    const efs = field(volume, 'efsVolumeConfiguration');
    const efsPath = sharedPath(path, 'efsVolumeConfiguration');
    return {
      index,
      path,
      name: fieldFact(volume, 'name', path, readText),
      label: stringOf(field(volume, 'name')) ?? `#${index + 1}`,
      host: fieldFact(volume, 'host', path, readRecord),
      hostPath: eks ? pathFact(volume, ['hostPath', 'path'], path, readText) : pathFact(volume, ['host', 'sourcePath'], path, readText),
      ...(isRecord(efs)
        ? {
            efs: {
              path: efsPath,
              transitEncryption: fieldFact(efs, 'transitEncryption', efsPath, readText),
              iam: pathFact(efs, ['authorizationConfig', 'iam'], efsPath, readText),
              accessPointId: pathFact(efs, ['authorizationConfig', 'accessPointId'], efsPath, readText),
            },
          }
        : {}),
    };
  }));
}

function ecsTask(task: JsonRecord, at: JsonPath, shape: EcsTaskFacts['shape'], label: string): EcsTaskFacts {
  const path = sharedPath(at);
  const roleField = shape === 'ecsTask' ? 'taskRoleArn' : 'jobRoleArn';
  return {
    path,
    label,
    shape,
    roleField,
    role: fieldFact(task, roleField, path, readText),
    executionRoleArn: fieldFact(task, 'executionRoleArn', path, readText),
    enableExecuteCommand: fieldFact(task, 'enableExecuteCommand', path, readFlag),
    operatingSystemFamily: pathFact(task, ['runtimePlatform', 'operatingSystemFamily'], path, readText),
    platformVersion: fieldFact(task, 'platformVersion', path, readText),
    volumes: volumesOf(task, path, false),
  };
}

function ecsPropertiesTasks(ecsProperties: unknown, base: JsonPath, where: string, out: EcsTaskFacts[]): void {
  arrayOf(field(ecsProperties, 'taskProperties')).forEach((task, t) => {
    if (isRecord(task)) out.push(ecsTask(task, [...base, 'ecsProperties', 'taskProperties', t], 'ecsTask', `ecsProperties task${where ? ` in ${where}` : ''}`));
  });
}

/** The label of a node range in messages: `node range 0:3`, or `node range #2` when targetNodes is not text. */
export function nodeRangeLabel(range: unknown, index: number): string {
  return `node range ${stringOf(field(range, 'targetNodes')) ?? `#${index + 1}`}`;
}

/** Every ECS task: containerProperties, node range containers, ecsProperties tasks (of the job and of node ranges). */
export function ecsTaskFactsOf(jobDefinition: unknown): readonly EcsTaskFacts[] {
  const out: EcsTaskFacts[] = [];
  const single = field(jobDefinition, 'containerProperties');
  if (isRecord(single)) out.push(ecsTask(single, ['containerProperties'], 'containerProperties', 'containerProperties'));
  arrayOf(field(field(jobDefinition, 'nodeProperties'), 'nodeRangeProperties')).forEach((range, i) => {
    const where = nodeRangeLabel(range, i);
    const base: JsonPath = ['nodeProperties', 'nodeRangeProperties', i];
    const container = field(range, 'container');
    if (isRecord(container)) out.push(ecsTask(container, [...base, 'container'], 'containerProperties', `container in ${where}`));
    ecsPropertiesTasks(field(range, 'ecsProperties'), base, where, out);
  });
  ecsPropertiesTasks(field(jobDefinition, 'ecsProperties'), [], '', out);
  return keptList(out, 'pushed');
}

function eksPod(pod: JsonRecord, at: JsonPath, nodeRange: string): EksPodFacts {
  const path = sharedPath(at);
  return {
    path,
    nodeRange,
    hostNetwork: fieldFact(pod, 'hostNetwork', path, readFlag),
    imagePullSecrets: fieldFact(pod, 'imagePullSecrets', path, readList),
    serviceAccountName: fieldFact(pod, 'serviceAccountName', path, readText),
    volumes: volumesOf(pod, path, true),
  };
}

/** Every EKS pod: the job's `eksProperties.podProperties` and each node range's. */
export function eksPodFactsOf(jobDefinition: unknown): readonly EksPodFacts[] {
  const out: EksPodFacts[] = [];
  const pod = field(field(jobDefinition, 'eksProperties'), 'podProperties');
  if (isRecord(pod)) out.push(eksPod(pod, ['eksProperties', 'podProperties'], ''));
  arrayOf(field(field(jobDefinition, 'nodeProperties'), 'nodeRangeProperties')).forEach((range, i) => {
    const rangePod = field(field(range, 'eksProperties'), 'podProperties');
    if (isRecord(rangePod)) out.push(eksPod(rangePod, ['nodeProperties', 'nodeRangeProperties', i, 'eksProperties', 'podProperties'], nodeRangeLabel(range, i)));
  });
  return keptList(out, 'pushed');
}


/** True when the task names an IAM role, or one only known at deploy time (an unknown role is never reported missing). */
export function hasTaskRole(task: EcsTaskFacts): boolean {
  const role = task.role;
  if (role.certainty === 'absent') return false;
  return role.certainty !== 'known' || role.value.trim() !== '';
}
