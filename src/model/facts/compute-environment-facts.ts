// What a compute environment says, read once: every rule, the graph, placement and cost read these
// facts instead of the raw record. Enumerations are read case-insensitively (one case rule for all:
// Terraform and the console accept `spot`, and a rule that read `SPOT` only would disagree with one
// that upper-cased it); free strings are kept as written.
// https://docs.aws.amazon.com/batch/latest/APIReference/API_CreateComputeEnvironment.html
// https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html
import type { BatchResource } from '../resource.js';
import { field, isRecord, numberOf } from '../values.js';
import type { JsonPath } from '../../source/source-document.js';
import { certainly, enumReader, factOf, listFactOf, memoisedPerRecord, recordFactOf, type Fact } from './fact.js';
import { sharedPath } from './fact-paths.js';
import { fieldFact, readText, readUpperText } from './read-fact.js';
import { tagsFactOf, type TagsFact } from './tag-facts.js';

export const ENVIRONMENT_TYPES = ['MANAGED', 'UNMANAGED'] as const;
export type EnvironmentType = (typeof ENVIRONMENT_TYPES)[number];
export const PROVISIONING_MODELS = ['EC2', 'SPOT', 'FARGATE', 'FARGATE_SPOT'] as const;
export type Provisioning = (typeof PROVISIONING_MODELS)[number];
export const STATES = ['ENABLED', 'DISABLED'] as const;
export type State = (typeof STATES)[number];

export interface LaunchTemplateFacts {
  readonly id: Fact<string>;
  readonly name: Fact<string>;
  readonly version: Fact<string>;
  /** launchTemplate.overrides (one per target instance types). */
  readonly overrides: Fact<readonly LaunchTemplateOverrideFacts[]>;
}

export interface LaunchTemplateOverrideFacts {
  readonly path: JsonPath;
  /** False for an entry that is not an object (its fields are then all absent). */
  readonly isObject: boolean;
  readonly id: Fact<string>;
  readonly name: Fact<string>;
  readonly version: Fact<string>;
  readonly targetInstanceTypes: Fact<readonly Fact<string>[]>;
}

export interface Ec2ConfigurationFacts {
  readonly path: JsonPath;
  /** As written (ECS_AL2023, ECS_AL2_NVIDIA, EKS_AL2023...). */
  readonly imageType: Fact<string>;
  readonly imageIdOverride: Fact<string>;
  readonly imageKubernetesVersion: Fact<string>;
}

export interface ComputeResourcesFacts {
  readonly provisioning: Fact<Provisioning>;
  /** Upper-cased (BEST_FIT, BEST_FIT_PROGRESSIVE, SPOT_PRICE_CAPACITY_OPTIMIZED...); any other text is kept, upper-cased. */
  readonly allocationStrategy: Fact<string>;
  /** The list as written: exact types, families and the keywords `optimal`, `default_x86_64`, `default_arm64`. */
  readonly instanceTypes: Fact<readonly Fact<string>[]>;
  readonly minvCpus: Fact<number>;
  readonly desiredvCpus: Fact<number>;
  readonly maxvCpus: Fact<number>;
  readonly bidPercentage: Fact<number>;
  readonly spotIamFleetRole: Fact<string>;
  readonly instanceRole: Fact<string>;
  readonly ec2KeyPair: Fact<string>;
  readonly imageId: Fact<string>;
  readonly placementGroup: Fact<string>;
  readonly ec2Configuration: Fact<readonly Ec2ConfigurationFacts[]>;
  readonly launchTemplate: Fact<LaunchTemplateFacts>;
  readonly subnets: Fact<readonly Fact<string>[]>;
  readonly securityGroupIds: Fact<readonly Fact<string>[]>;
  /** Tags of the instances Batch launches. */
  readonly tags: TagsFact;
  readonly scalingPolicy: Fact<{ readonly minScaleDownDelayMinutes: Fact<number> }>;
}

export interface ComputeEnvironmentFacts {
  /** MANAGED or UNMANAGED; AWS's default when absent is MANAGED (say so with `isManaged`). */
  readonly type: Fact<EnvironmentType>;
  readonly state: Fact<State>;
  readonly serviceRole: Fact<string>;
  readonly computeResources: Fact<ComputeResourcesFacts>;
  /** computeResources' facts, all absent when computeResources is not an object: rules read fields without unwrapping. */
  readonly resources: ComputeResourcesFacts;
  readonly eksConfiguration: Fact<{ readonly eksClusterArn: Fact<string>; readonly kubernetesNamespace: Fact<string> }>;
  /** `containerOrchestrationType` of a described environment (ECS or EKS), upper-cased. */
  readonly orchestrationType: Fact<string>;
  readonly updatePolicy: Fact<{ readonly terminateJobsOnUpdate: Fact<boolean>; readonly jobExecutionTimeoutMinutes: Fact<number> }>;
  readonly tags: TagsFact;
}

const readBoolean = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);

function stringList(raw: unknown, path: JsonPath): Fact<readonly Fact<string>[]> {
  return listFactOf(raw, path, (value, itemPath) => factOf(value, itemPath, readText));
}

function launchTemplateFields(record: unknown, path: JsonPath): { id: Fact<string>; name: Fact<string>; version: Fact<string> } {
  return {
    id: fieldFact(record, 'launchTemplateId', path, readText),
    name: fieldFact(record, 'launchTemplateName', path, readText),
    version: fieldFact(record, 'version', path, readText),
  };
}

function computeResourcesFacts(record: unknown, path: JsonPath): ComputeResourcesFacts {
  const at = (key: string): JsonPath => sharedPath(path, key);
  const num = (key: string): Fact<number> => fieldFact(record, key, path, numberOf);
  const str = (key: string): Fact<string> => fieldFact(record, key, path, readText);
  return {
    provisioning: fieldFact(record, 'type', path, enumReader(PROVISIONING_MODELS)),
    allocationStrategy: fieldFact(record, 'allocationStrategy', path, readUpperText),
    instanceTypes: stringList(field(record, 'instanceTypes'), at('instanceTypes')),
    minvCpus: num('minvCpus'),
    desiredvCpus: num('desiredvCpus'),
    maxvCpus: num('maxvCpus'),
    bidPercentage: num('bidPercentage'),
    spotIamFleetRole: str('spotIamFleetRole'),
    instanceRole: str('instanceRole'),
    ec2KeyPair: str('ec2KeyPair'),
    imageId: str('imageId'),
    placementGroup: str('placementGroup'),
    ec2Configuration: listFactOf(field(record, 'ec2Configuration'), at('ec2Configuration'), (entry, entryPath) => ({
      path: entryPath,
      imageType: fieldFact(entry, 'imageType', entryPath, readText),
      imageIdOverride: fieldFact(entry, 'imageIdOverride', entryPath, readText),
      imageKubernetesVersion: fieldFact(entry, 'imageKubernetesVersion', entryPath, readText),
    })),
    launchTemplate: recordFactOf(field(record, 'launchTemplate'), at('launchTemplate'), (template, templatePath) => ({
      ...launchTemplateFields(template, templatePath),
      overrides: listFactOf(field(template, 'overrides'), sharedPath(templatePath, 'overrides'), (override, overridePath) => ({
        path: overridePath,
        isObject: isRecord(override),
        ...launchTemplateFields(override, overridePath),
        targetInstanceTypes: stringList(field(override, 'targetInstanceTypes'), sharedPath(overridePath, 'targetInstanceTypes')),
      })),
    })),
    subnets: stringList(field(record, 'subnets'), at('subnets')),
    securityGroupIds: stringList(field(record, 'securityGroupIds'), at('securityGroupIds')),
    tags: tagsFactOf(field(record, 'tags'), at('tags')),
    scalingPolicy: recordFactOf(field(record, 'scalingPolicy'), at('scalingPolicy'), (policy, policyPath) => ({
      minScaleDownDelayMinutes: fieldFact(policy, 'minScaleDownDelayMinutes', policyPath, numberOf),
    })),
  };
}

function readComputeEnvironment(data: unknown): ComputeEnvironmentFacts {
  const resourcesRaw = field(data, 'computeResources');
  const computeResources = recordFactOf(resourcesRaw, ['computeResources'], computeResourcesFacts);
  return {
    type: fieldFact(data, 'type', [], enumReader(ENVIRONMENT_TYPES)),
    state: fieldFact(data, 'state', [], enumReader(STATES)),
    serviceRole: fieldFact(data, 'serviceRole', [], readText),
    computeResources,
    resources: computeResources.certainty === 'known' ? computeResources.value : computeResourcesFacts(undefined, ['computeResources']),
    eksConfiguration: recordFactOf(field(data, 'eksConfiguration'), ['eksConfiguration'], (eks, path) => ({
      eksClusterArn: fieldFact(eks, 'eksClusterArn', path, readText),
      kubernetesNamespace: fieldFact(eks, 'kubernetesNamespace', path, readText),
    })),
    orchestrationType: fieldFact(data, 'containerOrchestrationType', [], readUpperText),
    updatePolicy: recordFactOf(field(data, 'updatePolicy'), ['updatePolicy'], (policy, path) => ({
      terminateJobsOnUpdate: fieldFact(policy, 'terminateJobsOnUpdate', path, readBoolean),
      jobExecutionTimeoutMinutes: fieldFact(policy, 'jobExecutionTimeoutMinutes', path, numberOf),
    })),
    tags: tagsFactOf(field(data, 'tags'), ['tags']),
  };
}

/** The facts of a compute environment's record (API shape), read once per record. */
export const computeEnvironmentFactsOf = memoisedPerRecord(readComputeEnvironment);

export function computeEnvironmentFacts(resource: BatchResource<'computeEnvironment'>): ComputeEnvironmentFacts {
  return computeEnvironmentFactsOf(resource.data);
}

/** MANAGED for certain, as written (absent is not enough: rules modelled on AWS Config evaluate only what says MANAGED). */
export function saysManaged(facts: ComputeEnvironmentFacts): boolean {
  return certainly(facts.type, (t) => t === 'MANAGED');
}

/** UNMANAGED for certain. Absent means MANAGED (the API's default). */
export function isUnmanaged(facts: ComputeEnvironmentFacts): boolean {
  return certainly(facts.type, (t) => t === 'UNMANAGED');
}

/** The provisioning model is certainly one of these. */
export function provisionedAs(facts: ComputeEnvironmentFacts, ...models: readonly Provisioning[]): boolean {
  return certainly(facts.resources.provisioning, (p) => models.includes(p));
}

/**
 * The provisioning model may be one of these: known and one of them, or not known (the type, or the
 * whole computeResources, is unknown or maybe absent) with no list of possible values that rules it out.
 * What "this queue has no Spot environment" must not count as "not Spot". An unmanaged environment and a
 * computeResources without a type (AWS rejects it) are none of them.
 */
export function mayBeProvisionedAs(facts: ComputeEnvironmentFacts, ...models: readonly Provisioning[]): boolean {
  if (isUnmanaged(facts)) return false;
  const whole = facts.computeResources;
  if (whole.certainty === 'maybeAbsent') return true;
  if (whole.certainty === 'unknown') return whole.invalid !== true;
  const provisioning = facts.resources.provisioning;
  switch (provisioning.certainty) {
    case 'known':
      return models.includes(provisioning.value);
    case 'unknown':
      if (provisioning.invalid) return false;
      return provisioning.possible === undefined || provisioning.possible.some((p) => models.includes(p));
    case 'maybeAbsent':
      return true;
    case 'absent':
      return false;
  }
}

/** Certainly FARGATE or FARGATE_SPOT. */
export function isFargateEnvironment(facts: ComputeEnvironmentFacts): boolean {
  return provisionedAs(facts, 'FARGATE', 'FARGATE_SPOT');
}

/** DISABLED for certain. */
export function isDisabled(state: Fact<State>): boolean {
  return certainly(state, (s) => s === 'DISABLED');
}
