import type { ComputeEnvironmentData, JobDefinitionData, JobQueueData, SchedulingPolicyData } from './aws-types.generated.js';
import type { SourceDocument } from '../source/source-document.js';
import type { SchemaIssue } from './schema-issue.js';

export const RESOURCE_KINDS = ['jobDefinition', 'computeEnvironment', 'jobQueue', 'schedulingPolicy'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export interface ResourceDataByKind {
  jobDefinition: JobDefinitionData;
  computeEnvironment: ComputeEnvironmentData;
  jobQueue: JobQueueData;
  schedulingPolicy: SchedulingPolicyData;
}

/** Where a resource came from: a document, and the JSON path of the resource inside it. */
export interface ResourceSource {
  document: SourceDocument;
  path: readonly (string | number)[];
}

/**
 * One AWS Batch resource in the API's camelCase shape, whatever the input format. The data is the
 * parsed input: its types are what the API expects, but nothing guarantees them (see values.ts).
 */
export interface BatchResource<K extends ResourceKind = ResourceKind> {
  kind: K;
  /** Display name: `name` or `name:revision` for job definitions. */
  name: string;
  data: ResourceDataByKind[K];
  source: ResourceSource;
  /** ARN when the input is a live account or a describe output that has one. */
  arn?: string;
  /** Terraform address, CloudFormation logical id, ... when the input has one. */
  address?: string;
  /** Region, when known (live audit, or a describe output with ARNs). */
  region?: string;
  /**
   * Suppressions declared on the resource itself: the `batchlint:ignore` tag, a template's
   * `Metadata.batchlint.ignore`. The engine applies them (and reports those that suppress nothing).
   */
  suppressions?: ResourceSuppression[];
  /**
   * Schema validation that replaces the API-schema check, for inputs validated against their own
   * schema (a CloudFormation resource against its resource schema, at the template's positions).
   */
  schemaIssues?: () => SchemaIssue[];
}

export interface ResourceSuppression {
  ruleId: string;
  reason?: string;
  /** Where it was declared, for the "suppresses nothing" note. */
  path: readonly (string | number)[];
  origin: 'tag' | 'template-metadata';
}

/**
 * A job definition submitted to a queue, as learnt from the input (a Step Functions task, an
 * EventBridge target) or from the config's `workloads`. References are names, ARNs or template
 * logical ids, resolved by the resource graph.
 */
export interface Pairing {
  jobDefinition: string;
  jobQueue: string;
  arraySize?: number;
  origin: 'config' | 'step-functions' | 'eventbridge';
  /** Where the pairing was declared. */
  source?: ResourceSource;
}

export const KIND_LABELS: Record<ResourceKind, string> = {
  jobDefinition: 'job definition',
  computeEnvironment: 'compute environment',
  jobQueue: 'job queue',
  schedulingPolicy: 'scheduling policy',
};
