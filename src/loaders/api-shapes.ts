// Recognises AWS Batch resources in the shapes people keep them in: the inputs of
// register-job-definition / create-compute-environment / create-job-queue / create-scheduling-policy
// (--cli-input-json / --cli-input-yaml), the outputs of the describe-* commands, and bundles (one
// document with any of the describe keys). Recognition is by content, never by file name.
import { isRecord, stringOf, type JsonRecord } from '../model/values.js';
import type { BatchResource, ResourceKind } from '../model/resource.js';
import type { SourceDocument } from '../source/source-document.js';
import { placeholdersAsUnknown } from './api-placeholders.js';

/** The list keys of describe outputs and bundles, and the kind each holds. */
export const LIST_KEYS: Record<string, ResourceKind> = {
  jobDefinitions: 'jobDefinition',
  computeEnvironments: 'computeEnvironment',
  jobQueues: 'jobQueue',
  schedulingPolicies: 'schedulingPolicy',
};

/** The kind of a single resource object, from the name key only its kind has. */
export function kindOfResource(value: JsonRecord): ResourceKind | undefined {
  if ('jobDefinitionName' in value) return 'jobDefinition';
  if ('computeEnvironmentName' in value) return 'computeEnvironment';
  if ('jobQueueName' in value) return 'jobQueue';
  // Scheduling policies are named plainly `name`, like many other things: require a policy or an ARN.
  if ('name' in value && ('fairsharePolicy' in value || 'quotaSharePolicy' in value || /:scheduling-policy\//.test(stringOf(value.arn) ?? ''))) {
    return 'schedulingPolicy';
  }
  return undefined;
}

export function resourceName(kind: ResourceKind, data: JsonRecord): string {
  const name = (key: string): string => {
    const v = data[key];
    return typeof v === 'string' && v !== '' ? v : '(unnamed)';
  };
  switch (kind) {
    case 'jobDefinition': {
      const revision = data.revision;
      return typeof revision === 'number' ? `${name('jobDefinitionName')}:${revision}` : name('jobDefinitionName');
    }
    case 'computeEnvironment':
      return name('computeEnvironmentName');
    case 'jobQueue':
      return name('jobQueueName');
    case 'schedulingPolicy':
      return name('name');
  }
}

const ARN_KEYS: Record<ResourceKind, string> = {
  jobDefinition: 'jobDefinitionArn',
  computeEnvironment: 'computeEnvironmentArn',
  jobQueue: 'jobQueueArn',
  schedulingPolicy: 'arn',
};

function makeResource(kind: ResourceKind, data: JsonRecord, document: SourceDocument, path: (string | number)[]): BatchResource {
  const arn = stringOf(data[ARN_KEYS[kind]]);
  // The name as written, placeholder or not: it is what the reader sees in the file.
  return { kind, name: resourceName(kind, data), data: placeholdersAsUnknown(data) as BatchResource['data'], source: { document, path }, ...(arn ? { arn } : {}) };
}

export interface RecognisedDocument {
  resources: BatchResource[];
  /** List entries under a bundle key that are not objects of that kind: reported, never dropped silently. */
  strays: { path: (string | number)[]; expected: ResourceKind }[];
  /** True when the document is a Batch configuration, even one with no resources (`{"jobQueues": []}`). */
  recognised: boolean;
}

/** Finds the resources in one parsed document; an empty result means "not a Batch configuration". */
export function recogniseApiShapes(value: unknown, document: SourceDocument): RecognisedDocument {
  const resources: BatchResource[] = [];
  const strays: RecognisedDocument['strays'] = [];
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (!isRecord(item)) return;
      const kind = kindOfResource(item);
      if (kind) resources.push(makeResource(kind, item, document, [i]));
    });
    return { resources, strays, recognised: resources.length > 0 };
  }
  if (!isRecord(value)) return { resources, strays, recognised: false };
  const single = kindOfResource(value);
  if (single) return { resources: [makeResource(single, value, document, [])], strays, recognised: true };
  let recognised = false;
  for (const [key, kind] of Object.entries(LIST_KEYS)) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const list = value[key];
    if (!Array.isArray(list)) continue;
    recognised = true;
    list.forEach((item, i) => {
      // describe-job-definitions lists deregistered (INACTIVE) revisions too; they can no longer be
      // submitted, and `audit` reads only ACTIVE ones: linting them would only report the past.
      if (kind === 'jobDefinition' && isRecord(item) && (stringOf(item.status) ?? '').toUpperCase() === 'INACTIVE') return;
      if (isRecord(item) && kindOfResource(item) === kind) resources.push(makeResource(kind, item, document, [key, i]));
      else strays.push({ path: [key, i], expected: kind });
    });
  }
  return { resources, strays, recognised };
}
