// The instance types a compute environment may launch, expanded through the instance catalog of the
// run: rules (through their context), placement and cost ask here, with the catalog they were given,
// so that a run never reads two catalogs. Expanded once per environment, catalog, Region and reading
// of `optimal`.
import type { BatchResource } from '../model/resource.js';
import { computeEnvironmentFacts } from '../model/facts/compute-environment-facts.js';
import type { OptimalBehavior } from './batch-instance-keywords.js';
import { expandEnvironmentFacts, type InstanceTypeExpansion } from './expand-instance-types.js';
import { loadInstanceCatalog, type InstanceCatalog } from './instance-catalog.js';

export interface EnvironmentExpansionOptions {
  /** Default: the environment's own Region (from a live audit or its ARN), if known. */
  region?: string;
  optimal?: OptimalBehavior;
}

const memo = new WeakMap<InstanceCatalog, WeakMap<object, Map<string, InstanceTypeExpansion | undefined>>>();

/**
 * What the environment may launch according to `catalog` (the bundled one when not given);
 * undefined for Fargate, unmanaged and unknown `computeResources`.
 */
export function environmentInstanceTypes(environment: BatchResource<'computeEnvironment'>, catalog: InstanceCatalog = loadInstanceCatalog(), options: EnvironmentExpansionOptions = {}): InstanceTypeExpansion | undefined {
  const region = options.region ?? environment.region;
  const key = `${region ?? ''}|${options.optimal ?? ''}`;
  let byEnvironment = memo.get(catalog);
  if (!byEnvironment) memo.set(catalog, (byEnvironment = new WeakMap()));
  let byKey = byEnvironment.get(environment);
  if (!byKey) byEnvironment.set(environment, (byKey = new Map()));
  if (!byKey.has(key)) {
    byKey.set(key, expandEnvironmentFacts(computeEnvironmentFacts(environment), { catalog, ...(region ? { region } : {}), ...(options.optimal ? { optimal: options.optimal } : {}) }));
  }
  return byKey.get(key);
}
