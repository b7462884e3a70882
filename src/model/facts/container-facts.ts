// The facts of one container, of every kind a job definition declares (containerProperties, each
// node range's container, ecsProperties task containers, EKS containers and init containers): the
// rules about images, users, privileges, environment, commands and sizes read these, never the record.
import type { JsonPath } from '../../source/source-document.js';
import { containersOf, type ContainerKind } from '../containers.js';
import { arrayOf, field, isUnknown, scalarText, stringOf, type JsonRecord } from '../values.js';
import { keptList, type Fact } from './fact.js';
import { sharedPath } from './fact-paths.js';
import { factAt, fieldFact, pathFact, readAmount, readAny, readFlag, readJsonNumber, readList, readRecord, readText } from './read-fact.js';

export type RequirementType = 'VCPU' | 'MEMORY' | 'GPU';

/** One `resourceRequirements` entry whose type is VCPU, MEMORY or GPU (matched case-insensitively). */
export interface RequirementFact {
  type: RequirementType;
  /** The value as written: a string as the API expects, or a number / boolean some inputs hold. */
  value: Fact<string | number | boolean>;
  /** The number it gives (`"2"` -> 2), when it is known and numeric. */
  amount: number | undefined;
}

export interface EnvironmentEntryFact {
  index: number;
  name: Fact<string>;
  value: Fact<string>;
  /** Path of the entry inside the resource. */
  path: JsonPath;
}

export interface SecretEntryFact {
  index: number;
  name: Fact<string>;
  valueFrom: Fact<string>;
  path: JsonPath;
}

/** One argument list: ECS `command`, EKS `command` and `args`. */
export interface ArgumentListFact {
  list: 'command' | 'args';
  args: readonly Fact<string>[];
}

export interface DeviceFact {
  index: number;
  hostPath: Fact<string>;
  containerPath: Fact<string>;
  /** The permissions that are known strings, as written. */
  permissions: readonly string[];
}

export interface MountFact {
  index: number;
  /** `sourceVolume` (ECS) or `name` (EKS volumeMounts). */
  volume: Fact<string>;
  containerPath: Fact<string>;
  readOnly: Fact<boolean>;
}

export const EKS_RESOURCE_KEYS = ['memory', 'cpu', 'nvidia.com/gpu'] as const;
export type EksResourceKey = (typeof EKS_RESOURCE_KEYS)[number];

/** An EKS container's `resources.limits` / `resources.requests` entry. */
export interface EksResourceFact {
  side: 'limits' | 'requests';
  key: EksResourceKey;
  value: Fact<string>;
  /**
   * The quantity as placement counts it, when it is known and readable: cpu and GPUs as a number
   * (`"2"` or 2), memory in MiB (`"2048Mi"`, `"2Gi"`, or bytes without a unit). Undefined otherwise.
   */
  amount: number | undefined;
}

export interface ContainerFacts {
  kind: ContainerKind;
  /** Where it is, for messages: `container in containerProperties`, `EKS container "app" in node range 0:3`. */
  label: string;
  path: JsonPath;
  /** Which shape declares it: the ContainerProperties shape (single or node range), an ecsProperties task, an EKS pod. */
  shape: 'containerProperties' | 'ecsTask' | 'eksPod';
  /** Inside a multinode node range. */
  inNodeRange: boolean;
  /** An EKS init container. */
  init: boolean;
  image: Fact<string>;
  /** ECS `user`. */
  user: Fact<string>;
  /** EKS `securityContext` (a record), `runAsUser`, `runAsNonRoot`. */
  securityContext: Fact<JsonRecord>;
  runAsUser: Fact<number>;
  runAsNonRoot: Fact<boolean>;
  /** ECS `privileged` or EKS `securityContext.privileged`, at its path. */
  privileged: Fact<boolean>;
  /** ECS `readonlyRootFilesystem` or EKS `securityContext.readOnlyRootFilesystem`, at its path. */
  readonlyRootFilesystem: Fact<boolean>;
  /** EKS `securityContext.allowPrivilegeEscalation`. */
  allowPrivilegeEscalation: Fact<boolean>;
  /** ECS `firelensConfiguration` (a log router container). */
  firelensConfiguration: Fact<JsonRecord>;
  /** ECS `repositoryCredentials` (a private registry login). */
  repositoryCredentials: Fact<unknown>;
  /** `environment` (ECS) or `env` (EKS). */
  environmentList: 'environment' | 'env';
  environment: readonly EnvironmentEntryFact[];
  secrets: readonly SecretEntryFact[];
  commands: readonly ArgumentListFact[];
  resourceRequirements: Fact<readonly unknown[]>;
  requirements: readonly RequirementFact[];
  /** True when the requirements cannot be read yet: an unknown list, entry or type. */
  requirementsUnknown: boolean;
  /** The deprecated `vcpus` / `memory` integers of the ContainerProperties shape. */
  legacyVcpus: Fact<number>;
  legacyMemory: Fact<number>;
  /** The number each gives, as for resourceRequirements values (`"2"` -> 2), when written and numeric. */
  legacyVcpusAmount: number | undefined;
  legacyMemoryAmount: number | undefined;
  instanceType: Fact<string>;
  ulimits: Fact<readonly unknown[]>;
  linuxParameters: {
    devices: Fact<readonly unknown[]>;
    deviceEntries: readonly DeviceFact[];
    tmpfs: Fact<readonly unknown[]>;
    sharedMemorySize: Fact<unknown>;
    maxSwap: Fact<unknown>;
    swappiness: Fact<unknown>;
  };
  logDriver: Fact<string>;
  networkConfiguration: Fact<unknown>;
  fargatePlatformConfiguration: Fact<unknown>;
  /** `fargatePlatformConfiguration.platformVersion` of the ContainerProperties shape. */
  fargatePlatformVersion: Fact<string>;
  ephemeralStorage: Fact<unknown>;
  /** `ephemeralStorage.sizeInGiB` (Fargate). */
  ephemeralStorageGiB: Fact<number>;
  /** `runtimePlatform.cpuArchitecture` of the ContainerProperties shape (Fargate: X86_64 or ARM64). */
  cpuArchitecture: Fact<string>;
  executionRoleArn: Fact<string>;
  jobRoleArn: Fact<string>;
  /** `mountPoints` (ECS) or `volumeMounts` (EKS). */
  mounts: readonly MountFact[];
  /** EKS `resources.limits` / `resources.requests`, every key of EKS_RESOURCE_KEYS. */
  eksResources: readonly EksResourceFact[];
}

const readRequirementValue = (v: unknown): string | number | boolean | undefined => (scalarText(v) === undefined ? undefined : (v as string | number | boolean));

function requirementsOf(container: JsonRecord, base: JsonPath): { requirements: readonly RequirementFact[]; unknown: boolean } {
  const list = field(container, 'resourceRequirements');
  const requirements: RequirementFact[] = [];
  let unknown = isUnknown(list);
  arrayOf(list).forEach((entry, i) => {
    if (isUnknown(entry) || isUnknown(field(entry, 'type'))) unknown = true;
    const type = stringOf(field(entry, 'type'))?.toUpperCase();
    if (type !== 'VCPU' && type !== 'MEMORY' && type !== 'GPU') return;
    const value = fieldFact(entry, 'value', sharedPath(base, 'resourceRequirements', i), readRequirementValue);
    requirements.push({ type, value, amount: value.certainty === 'known' ? readAmount(value.value) : undefined });
  });
  return { requirements: keptList(requirements, 'pushed'), unknown };
}

/**
 * A Kubernetes quantity as Batch reads it for sizing: cpu and GPUs in units (`1`, `0.5`), memory in
 * MiB from `Mi` or `Gi` (a bare number is bytes). Undefined when not written or not readable.
 */
function eksQuantity(raw: unknown, key: EksResourceKey): number | undefined {
  if (key !== 'memory') return readAmount(raw);
  const text = typeof raw === 'number' ? `${raw}` : stringOf(raw);
  const match = text === undefined ? null : /^\s*(\d+(?:\.\d+)?)\s*(Mi|Gi)?\s*$/.exec(text);
  if (!match) return undefined;
  const n = Number(match[1]);
  return match[2] === 'Gi' ? n * 1024 : match[2] === 'Mi' ? n : n / (1024 * 1024);
}

function entriesOf<T>(holder: unknown, key: string, base: JsonPath, read: (entry: unknown, path: JsonPath, index: number) => T): readonly T[] {
  return keptList(arrayOf(field(holder, key)).map((entry, i) => read(entry, sharedPath(base, key, i), i)));
}

function containerFacts(container: JsonRecord, path: JsonPath, kind: ContainerKind, label: string): ContainerFacts {
  const eks = kind === 'eks';
  const securityPath = sharedPath(path, 'securityContext');
  const security = field(container, 'securityContext');
  const { requirements, unknown } = requirementsOf(container, path);
  const environmentList = eks ? 'env' : 'environment';
  const linux = field(container, 'linuxParameters');
  const linuxPath = sharedPath(path, 'linuxParameters');
  const resources = field(container, 'resources');
  return {
    kind,
    label,
    path,
    shape: eks ? 'eksPod' : path.includes('ecsProperties') ? 'ecsTask' : 'containerProperties',
    inNodeRange: path[0] === 'nodeProperties',
    init: path.includes('initContainers'),
    image: fieldFact(container, 'image', path, readText),
    user: fieldFact(container, 'user', path, readText),
    securityContext: fieldFact(container, 'securityContext', path, readRecord),
    runAsUser: fieldFact(security, 'runAsUser', securityPath, readAmount),
    runAsNonRoot: fieldFact(security, 'runAsNonRoot', securityPath, readFlag),
    privileged: eks ? fieldFact(security, 'privileged', securityPath, readFlag) : fieldFact(container, 'privileged', path, readFlag),
    readonlyRootFilesystem: eks ? fieldFact(security, 'readOnlyRootFilesystem', securityPath, readFlag) : fieldFact(container, 'readonlyRootFilesystem', path, readFlag),
    allowPrivilegeEscalation: fieldFact(security, 'allowPrivilegeEscalation', securityPath, readFlag),
    firelensConfiguration: fieldFact(container, 'firelensConfiguration', path, readRecord),
    repositoryCredentials: fieldFact(container, 'repositoryCredentials', path, readAny),
    environmentList,
    environment: entriesOf(container, environmentList, path, (entry, at, index) => ({ index, path: at, name: fieldFact(entry, 'name', at, readText), value: fieldFact(entry, 'value', at, readText) })),
    secrets: entriesOf(container, 'secrets', path, (entry, at, index) => ({ index, path: at, name: fieldFact(entry, 'name', at, readText), valueFrom: fieldFact(entry, 'valueFrom', at, readText) })),
    commands: (eks ? (['command', 'args'] as const) : (['command'] as const)).map((list) => ({
      list,
      args: keptList(arrayOf(field(container, list)).map((arg, i) => factAt(arg, sharedPath(path, list), i, readText))),
    })),
    resourceRequirements: fieldFact(container, 'resourceRequirements', path, readList),
    requirements,
    requirementsUnknown: unknown,
    legacyVcpus: fieldFact(container, 'vcpus', path, readJsonNumber),
    legacyMemory: fieldFact(container, 'memory', path, readJsonNumber),
    legacyVcpusAmount: readAmount(field(container, 'vcpus')),
    legacyMemoryAmount: readAmount(field(container, 'memory')),
    instanceType: fieldFact(container, 'instanceType', path, readText),
    ulimits: fieldFact(container, 'ulimits', path, readList),
    linuxParameters: {
      devices: fieldFact(linux, 'devices', linuxPath, readList),
      deviceEntries: entriesOf(linux, 'devices', linuxPath, (device, at, index) => ({
        index,
        hostPath: fieldFact(device, 'hostPath', at, readText),
        containerPath: fieldFact(device, 'containerPath', at, readText),
        permissions: keptList(arrayOf(field(device, 'permissions')).filter((p): p is string => typeof p === 'string')),
      })),
      tmpfs: fieldFact(linux, 'tmpfs', linuxPath, readList),
      sharedMemorySize: fieldFact(linux, 'sharedMemorySize', linuxPath, readAny),
      maxSwap: fieldFact(linux, 'maxSwap', linuxPath, readAny),
      swappiness: fieldFact(linux, 'swappiness', linuxPath, readAny),
    },
    logDriver: pathFact(container, ['logConfiguration', 'logDriver'], path, readText),
    networkConfiguration: fieldFact(container, 'networkConfiguration', path, readAny),
    fargatePlatformConfiguration: fieldFact(container, 'fargatePlatformConfiguration', path, readAny),
    fargatePlatformVersion: pathFact(container, ['fargatePlatformConfiguration', 'platformVersion'], path, readText),
    ephemeralStorage: fieldFact(container, 'ephemeralStorage', path, readAny),
    ephemeralStorageGiB: pathFact(container, ['ephemeralStorage', 'sizeInGiB'], path, readAmount),
    cpuArchitecture: pathFact(container, ['runtimePlatform', 'cpuArchitecture'], path, readText),
    executionRoleArn: fieldFact(container, 'executionRoleArn', path, readText),
    jobRoleArn: fieldFact(container, 'jobRoleArn', path, readText),
    mounts: entriesOf(container, eks ? 'volumeMounts' : 'mountPoints', path, (mount, at, index) => ({
      index,
      volume: fieldFact(mount, eks ? 'name' : 'sourceVolume', at, readText),
      containerPath: fieldFact(mount, eks ? 'mountPath' : 'containerPath', at, readText),
      readOnly: fieldFact(mount, 'readOnly', at, readFlag),
    })),
    eksResources: eks
      ? (['limits', 'requests'] as const).flatMap((side) =>
          EKS_RESOURCE_KEYS.map((key) => {
            const raw = field(field(resources, side), key);
            return { side, key, value: fieldFact(field(resources, side), key, sharedPath(path, 'resources', side), readText), amount: eksQuantity(raw, key) };
          }),
        )
      : keptList([]),
  };
}

/** The facts of every container of a job definition, in the order containersOf walks them. */
export function containerFactsOf(jobDefinition: unknown): ContainerFacts[] {
  return containersOf(jobDefinition as Parameters<typeof containersOf>[0]).map((site) => containerFacts(site.container, sharedPath(site.path), site.kind, site.label));
}

/** The first entry of a type, as AWS reads one value per type. */
export function requirementOf(container: ContainerFacts, type: RequirementType): RequirementFact | undefined {
  return container.requirements.find((r) => r.type === type);
}

/** The numeric value of a type and where it is written, or undefined when missing, malformed or unknown. */
export function requirementNumber(container: ContainerFacts, type: RequirementType): { value: number; path: JsonPath } | undefined {
  const entry = requirementOf(container, type);
  return entry?.amount === undefined ? undefined : { value: entry.amount, path: entry.value.path };
}

/** True when the container sets the type in any way: an entry (even unknown or malformed) or the legacy field. */
export function declaresRequirement(container: ContainerFacts, type: 'VCPU' | 'MEMORY'): boolean {
  if (requirementOf(container, type)) return true;
  return (type === 'VCPU' ? container.legacyVcpus : container.legacyMemory).certainty !== 'absent';
}
