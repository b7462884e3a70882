// How Batch resources refer to each other: a queue's computeEnvironmentOrder names environments by
// ARN (the API) or by name (the CLI and CloudFormation accept both), templates by logical id
// (`Ref`), and SubmitJob takes a job definition as `name`, `name:revision` or an ARN (without a
// revision: the latest ACTIVE one). https://docs.aws.amazon.com/batch/latest/APIReference/API_SubmitJob.html
import type { BatchResource, ResourceKind } from '../model/resource.js';
import { field, isUnknown, numberOf, stringOf } from '../model/values.js';

const ARN = /^arn:[\w-]+:batch:([\w-]*):(\d*):([\w-]+)\/(.+)$/;

/** The Region of a Batch ARN. */
export function regionOfArn(arn: string | undefined): string | undefined {
  const region = arn ? ARN.exec(arn)?.[1] : undefined;
  return region ? region : undefined;
}

/**
 * Where a resource lives, as far as the input says (its region field, or its ARN). A job can only be
 * submitted to a queue, and a queue can only use environments, of its own account and Region.
 */
export function scopeOf(resource: BatchResource): { region?: string; account?: string } {
  const match = resource.arn ? ARN.exec(resource.arn) : null;
  const region = resource.region ?? (match?.[1] || undefined);
  const account = match?.[2] || undefined;
  return { ...(region ? { region } : {}), ...(account ? { account } : {}) };
}

/** False only when both resources are known to live in different Regions or accounts. */
export function sameScope(a: BatchResource, b: BatchResource): boolean {
  const x = scopeOf(a);
  const y = scopeOf(b);
  if (x.region && y.region && x.region !== y.region) return false;
  if (x.account && y.account && x.account !== y.account) return false;
  return true;
}

/** The resource name an ARN or plain reference stands for (`job-definition/etl:3` -> `etl:3`). */
export function referencedName(reference: string): string {
  const match = ARN.exec(reference.trim());
  return match ? match[4]! : reference.trim();
}

const NAME_KEYS: Record<ResourceKind, string> = { jobDefinition: 'jobDefinitionName', computeEnvironment: 'computeEnvironmentName', jobQueue: 'jobQueueName', schedulingPolicy: 'name' };

/** The resource's own name field (a job definition's without revision). */
export function plainName(resource: BatchResource): string {
  return stringOf(field(resource.data, NAME_KEYS[resource.kind])) ?? resource.name;
}

/**
 * Whether a resource's name is decided at deploy time (a parameter, a variable, a placeholder): a
 * name or ARN that matches no other resource may still designate it.
 */
export function hasUnknownName(resource: BatchResource): boolean {
  return isUnknown(field(resource.data, NAME_KEYS[resource.kind]));
}

/** True when `reference` (name, name:revision, ARN, template logical id) designates the resource. */
export function refersTo(reference: string, resource: BatchResource): boolean {
  const ref = reference.trim();
  if (ref === '') return false;
  if (resource.arn && (ref === resource.arn || (resource.kind === 'jobDefinition' && resource.arn.replace(/:\d+$/, '') === ref))) return true;
  if (resource.address && ref === resource.address) return true;
  const name = referencedName(ref);
  if (resource.kind !== 'jobDefinition') return name === plainName(resource);
  const [base, revision] = name.split(':');
  if (base !== plainName(resource)) return false;
  if (revision === undefined) return true;
  const own = numberOf(field(resource.data, 'revision'));
  return own === undefined || String(own) === revision;
}

/**
 * The resources of one kind a reference designates; for job definitions without a revision, the
 * latest. With `from`, only resources in the same account and Region as the referring one (a name
 * means the resource of that name in the caller's own Region).
 */
export function resolveReference<K extends ResourceKind>(reference: string, candidates: readonly BatchResource<K>[], from?: BatchResource): BatchResource<K> | undefined {
  let matches = candidates.filter((r) => refersTo(reference, r) && (!from || sameScope(from, r)));
  if (matches.length <= 1) return matches[0];
  // A template logical id or a Terraform address names a resource of the referring file; other
  // templates and modules of the same run reuse the same ids (`ComputeEnvironment`, `this`).
  const local = from ? matches.filter((r) => r.source.document.file === from.source.document.file) : [];
  if (local.length > 0) matches = local;
  if (matches.length === 1) return matches[0];
  const revision = (r: BatchResource<K>): number => numberOf(field(r.data, 'revision')) ?? 0;
  return matches.reduce((best, r) => (revision(r) > revision(best) ? r : best));
}

/**
 * Resources of one kind by every key a reference can use (name, ARN, ARN without revision, template
 * logical id or Terraform address), so that resolving a reference looks at the few resources that
 * can match instead of all of them (queues x environments is quadratic on a large account).
 */
export class ReferenceIndex<K extends ResourceKind> {
  private readonly byKey = new Map<string, BatchResource<K>[]>();
  /** The same, per file: templates and modules reuse logical ids (`ComputeEnvironment`), which resolve in their own file first. */
  private readonly byFileKey = new Map<string, BatchResource<K>[]>();

  constructor(candidates: readonly BatchResource<K>[]) {
    const add = (map: Map<string, BatchResource<K>[]>, key: string, r: BatchResource<K>): void => {
      const list = map.get(key);
      if (list) list.push(r);
      else map.set(key, [r]);
    };
    for (const r of candidates) {
      const keys = new Set([plainName(r)]);
      if (r.arn) {
        keys.add(r.arn);
        if (r.kind === 'jobDefinition') keys.add(r.arn.replace(/:\d+$/, ''));
      }
      if (r.address) keys.add(r.address);
      for (const key of keys) {
        add(this.byKey, key, r);
        add(this.byFileKey, `${r.source.document.file}\n${key}`, r);
      }
    }
  }

  /**
   * The resources a reference may designate (a superset: resolveReference decides); with `file`,
   * only those of that file.
   */
  candidatesFor(reference: string, file?: string): BatchResource<K>[] {
    const ref = reference.trim();
    const name = referencedName(ref);
    const found = new Set<BatchResource<K>>();
    for (const key of [ref, name, name.split(':')[0]!]) {
      for (const r of (file === undefined ? this.byKey.get(key) : this.byFileKey.get(`${file}\n${key}`)) ?? []) found.add(r);
    }
    return [...found];
  }
}
