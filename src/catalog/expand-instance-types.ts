// What a compute environment's `instanceTypes` lets Batch launch, as Batch reads the list:
// an exact type (`c5.8xlarge`, metal sizes included when named), a family (`c5`: every size except
// the metal ones), or a keyword (`optimal`, `default_x86_64`, `default_arm64`); an empty or missing
// list means `default_x86_64`.
// https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html (instanceTypes)
// https://docs.aws.amazon.com/batch/latest/userguide/optimal-default-instance-troubleshooting.html
import { stringOf } from '../model/values.js';
import { entriesOf, factOf, listFactOf, type Fact } from '../model/facts/fact.js';
import { computeEnvironmentFactsOf, isFargateEnvironment, isUnmanaged, type ComputeEnvironmentFacts } from '../model/facts/compute-environment-facts.js';
import { INSTANCE_KEYWORDS, keywordFamilies, type InstanceKeyword, type OptimalBehavior } from './batch-instance-keywords.js';
import { loadInstanceCatalog, type InstanceCatalog, type InstanceTypeInfo } from './instance-catalog.js';

export interface ExpansionOptions {
  /** The environment's Region (from its ARN, or the audited Region), for `optimal`'s legacy table. */
  region?: string;
  /** `default_x86_64` (Batch since 2025-11-01, the default) or `legacy` (environments not updated). */
  optimal?: OptimalBehavior;
  catalog?: InstanceCatalog;
}

export type EntryKind = 'type' | 'family' | 'keyword' | 'unresolved';

export interface EntryExpansion {
  /** The entry as written, or `(none)` for the implicit default. */
  entry: string;
  /** Index in `instanceTypes`; undefined for the implicit default. */
  index?: number;
  kind: EntryKind;
  types: readonly InstanceTypeInfo[];
  /** For keywords: the families it stands for. */
  families?: readonly string[];
}

export interface InstanceTypeExpansion {
  /** Every type the environment may launch, without duplicates. */
  types: InstanceTypeInfo[];
  entries: EntryExpansion[];
  /**
   * Entries that could not be expanded: unknown values (templates), names the catalog has no specs
   * for, misspellings. When any exist, the environment may launch types we cannot see, so placement
   * must not conclude that a job cannot fit.
   */
  unresolved: string[];
  /** True when the list was empty or missing (Batch then uses default_x86_64). */
  implicitDefault: boolean;
}

function expandEntry(raw: string, index: number | undefined, catalog: InstanceCatalog, options: ExpansionOptions): EntryExpansion {
  const entry = raw.trim().toLowerCase();
  if ((INSTANCE_KEYWORDS as readonly string[]).includes(entry)) {
    const families = keywordFamilies(entry as InstanceKeyword, options.optimal ?? 'default_x86_64', options.region);
    const types = families.flatMap((f) => catalog.familyMembers(f).filter((t) => !t.metal));
    return { entry: raw, index, kind: 'keyword', types, families };
  }
  if (entry.includes('.')) {
    const type = catalog.get(entry);
    return type ? { entry: raw, index, kind: 'type', types: [type] } : { entry: raw, index, kind: 'unresolved', types: [] };
  }
  if (catalog.isFamily(entry) && !catalog.isUnspecified(entry)) {
    return { entry: raw, index, kind: 'family', types: catalog.familyMembers(entry).filter((t) => !t.metal) };
  }
  return { entry: raw, index, kind: 'unresolved', types: [] };
}

/** Expands an `instanceTypes` value (the list itself, as written). */
export function expandInstanceTypeList(list: unknown, options: ExpansionOptions = {}): InstanceTypeExpansion {
  return expandInstanceTypeFact(listFactOf(list, ['instanceTypes'], (value, path) => factOf(value, path, stringOf)), options);
}

/**
 * Expands the `instanceTypes` fact of a compute environment. A list that is itself unknown is one
 * unresolved entry; an unknown entry is unresolved (the environment may launch types we cannot see);
 * an absent or empty list is Batch's implicit `default_x86_64` (and so is a value that is not a list,
 * which the schema rules report).
 */
// Environments that list the same instance types share one expansion (per catalog, Region and reading
// of `optimal`): placement keys its per-size verdicts on the expansion (place-job.ts), so a repository
// of many environments alike (one per stack, one per template copy) places each job size once, and
// keeps one list of verdicts instead of one per environment. Only lists whose entries are all known
// are shared: an unknown entry's origin is part of the expansion.
const shared = new WeakMap<InstanceCatalog, Map<string, InstanceTypeExpansion>>();

function sharedKey(items: readonly Fact<string>[], options: ExpansionOptions): string | undefined {
  let key = `${options.region ?? ''}\0${options.optimal ?? ''}`;
  for (const item of items) {
    if (item.certainty !== 'known') return undefined;
    key += `\0${item.value}`;
  }
  return key;
}

export function expandInstanceTypeFact(list: Fact<readonly Fact<string>[]>, options: ExpansionOptions = {}): InstanceTypeExpansion {
  const catalog = options.catalog ?? loadInstanceCatalog();
  if ((list.certainty === 'unknown' && !list.invalid) || list.certainty === 'maybeAbsent') return { types: [], entries: [], unresolved: [list.origin], implicitDefault: false };
  const items = entriesOf(list);
  const key = sharedKey(items, options);
  if (key === undefined) return expandItems(items, catalog, options);
  let byKey = shared.get(catalog);
  if (!byKey) shared.set(catalog, (byKey = new Map()));
  let expansion = byKey.get(key);
  if (!expansion) byKey.set(key, (expansion = expandItems(items, catalog, options)));
  return expansion;
}

function expandItems(items: readonly Fact<string>[], catalog: InstanceCatalog, options: ExpansionOptions): InstanceTypeExpansion {
  const entries: EntryExpansion[] = [];
  const unresolved: string[] = [];
  const implicitDefault = items.length === 0;
  if (implicitDefault) entries.push({ ...expandEntry('default_x86_64', undefined, catalog, options), entry: '(none)' });
  items.forEach((item, i) => {
    if (item.certainty !== 'known') {
      unresolved.push(item.certainty === 'absent' ? '(no value)' : item.origin);
      return;
    }
    const expanded = expandEntry(item.value, i, catalog, options);
    if (expanded.kind === 'unresolved') unresolved.push(item.value);
    entries.push(expanded);
  });
  const seen = new Set<string>();
  const types: InstanceTypeInfo[] = [];
  for (const t of entries.flatMap((e) => e.types)) {
    if (seen.has(t.name)) continue;
    seen.add(t.name);
    types.push(t);
  }
  return { types, entries, unresolved, implicitDefault };
}

/**
 * The instance types a compute environment (API shape: `computeResources.instanceTypes`) may launch.
 * `undefined` for environments that launch no EC2 instances of their own choosing: Fargate and
 * unmanaged environments. Accepts a Region string as a shorthand for `{ region }`.
 */
export function expandInstanceTypes(computeEnvironment: unknown, options: ExpansionOptions | string = {}): InstanceTypeExpansion | undefined {
  const opts = typeof options === 'string' ? { region: options } : options;
  return expandEnvironmentFacts(computeEnvironmentFactsOf(computeEnvironment), opts);
}

/** `expandInstanceTypes` over an environment's facts. */
export function expandEnvironmentFacts(facts: ComputeEnvironmentFacts, options: ExpansionOptions = {}): InstanceTypeExpansion | undefined {
  if (isUnmanaged(facts)) return undefined;
  const resources = facts.computeResources;
  // Absent (unmanaged), or a whole block from a variable: what it launches is not known. A block that
  // is not an object (the schema rules say so) launches the default.
  if (resources.certainty === 'absent' || resources.certainty === 'maybeAbsent' || (resources.certainty === 'unknown' && !resources.invalid)) return undefined;
  // Fargate or EC2 is decided at deploy time: which instances, if any, is not known either.
  const provisioning = facts.resources.provisioning;
  if (provisioning.certainty === 'unknown' || provisioning.certainty === 'maybeAbsent') {
    if (!(provisioning.certainty === 'unknown' && provisioning.invalid)) return { types: [], entries: [], unresolved: [provisioning.origin], implicitDefault: false };
  }
  if (isFargateEnvironment(facts)) return undefined;
  return expandInstanceTypeFact(facts.resources.instanceTypes, options);
}
