// Reads every AWS Batch resource of one region through the five read operations. Every list
// follows nextToken to the end: the API may return fewer items than maxResults on any page and
// still have more ("This value is null when there are no more results to return",
// https://docs.aws.amazon.com/batch/latest/APIReference/API_DescribeJobDefinitions.html).
import { isRecord, numberOf, stringOf, type JsonRecord } from '../model/values.js';
import type { BatchReadApi } from './batch-read-api.js';
import { isNoAnswer } from './request-faults.js';
import { SNAPSHOT_KEYS, type BatchSnapshot } from './snapshot.js';

/** maxResults "can be between 1 and 100" for all four paginated operations. */
const PAGE_SIZE = 100;
/** DescribeSchedulingPolicies takes "a list of up to 100 scheduling policy ARNs". */
const POLICY_ARNS_PER_CALL = 100;
/** A guard against a server that keeps returning tokens: far beyond any real account (50 queues per region). */
const MAX_PAGES = 10_000;

export interface ReadRegionOptions {
  /** Every ACTIVE revision of each job definition, rather than the latest one only. */
  allRevisions?: boolean;
  /** Called after each page with the number of resources read so far in this region. */
  onProgress?: (resourcesRead: number) => void;
  /** The Region's deadline: once aborted, no call is awaited any longer and nothing more is sent. */
  signal?: AbortSignal;
}

/** How one kind of resource was read: completely, or up to a failure (after the SDK's retries). */
export interface KindRead {
  complete: boolean;
  /** Items read (for a failed kind, before the failure). */
  read: number;
  /** The operation that failed, and why. */
  failure?: { operation: string; error: unknown };
  /** Not called at all: an earlier operation found the endpoint not answering, or the deadline passed. */
  notTried?: boolean;
}

export type SnapshotKey = (typeof SNAPSHOT_KEYS)[number];

export interface RegionRead {
  /** Everything that could be read, a kind read only in part included. */
  snapshot: BatchSnapshot;
  kinds: Record<SnapshotKey, KindRead>;
}

interface Page {
  items: readonly unknown[] | undefined;
  nextToken?: string | undefined;
}

/** A listing that stopped: the items before the failure are kept. */
class ListingFailed extends Error {
  constructor(
    readonly operation: string,
    readonly items: unknown[],
    readonly error: unknown,
  ) {
    super(`${operation} failed`);
  }
}

/** The call, or the Region deadline's reason as soon as the signal aborts (a reader may ignore the signal). */
async function untilDeadline<T>(call: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return call();
  signal.throwIfAborted();
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([call(), aborted]);
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

async function readAllPages(operation: string, fetchPage: (nextToken: string | undefined) => Promise<Page>, onItems: (n: number) => void, signal: AbortSignal | undefined): Promise<unknown[]> {
  const items: unknown[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  for (let page = 1; ; page++) {
    let result: Page;
    try {
      result = await untilDeadline(() => fetchPage(token), signal);
    } catch (error) {
      throw new ListingFailed(operation, items, error);
    }
    const pageItems = result.items ?? [];
    items.push(...pageItems);
    onItems(pageItems.length);
    const next = result.nextToken;
    if (next === undefined || next === null || next === '') return items;
    if (seen.has(next) || page >= MAX_PAGES) throw new ListingFailed(operation, items, new Error(`${operation} returned the same nextToken twice; the listing does not advance`));
    seen.add(next);
    token = next;
  }
}

/**
 * The SDK's output objects as plain JSON: what `--save` writes is then exactly what the rules saw
 * (no `undefined` members, no class instances), so re-linting the saved file gives the same findings.
 */
function plainRecords(items: readonly unknown[]): JsonRecord[] {
  const out: JsonRecord[] = [];
  for (const item of items) {
    const plain: unknown = JSON.parse(JSON.stringify(item ?? null));
    if (isRecord(plain)) out.push(plain);
  }
  return out;
}

/**
 * Submitting a job by name runs "the latest ACTIVE revision"
 * (https://docs.aws.amazon.com/batch/latest/APIReference/API_SubmitJob.html): that is the one that
 * matters, so by default older ACTIVE revisions are not linted.
 */
export function latestRevisions(jobDefinitions: readonly JsonRecord[]): JsonRecord[] {
  const latest = new Map<string, JsonRecord>();
  const unnamed: JsonRecord[] = [];
  for (const jd of jobDefinitions) {
    const name = stringOf(jd.jobDefinitionName);
    if (name === undefined) {
      unnamed.push(jd);
      continue;
    }
    const current = latest.get(name);
    if (!current || (numberOf(jd.revision) ?? -Infinity) > (numberOf(current.revision) ?? -Infinity)) latest.set(name, jd);
  }
  return [...latest.values(), ...unnamed];
}

function sortKey(record: JsonRecord, arnKey: string, nameKey: string): string {
  const revision = numberOf(record.revision);
  // Zero-padded revisions keep name:9 before name:10.
  return `${stringOf(record[nameKey]) ?? ''}\u0000${revision === undefined ? '' : String(revision).padStart(10, '0')}\u0000${stringOf(record[arnKey]) ?? ''}`;
}

function sorted(records: JsonRecord[], arnKey: string, nameKey: string): JsonRecord[] {
  return records
    .map((r) => [sortKey(r, arnKey, nameKey), r] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, r]) => r);
}

const OPERATION_OF: Record<SnapshotKey, string> = {
  computeEnvironments: 'DescribeComputeEnvironments',
  jobQueues: 'DescribeJobQueues',
  jobDefinitions: 'DescribeJobDefinitions',
  schedulingPolicies: 'ListSchedulingPolicies',
};

/**
 * Reads one region, kind by kind. A kind that fails (after the SDK's retries) keeps what was read
 * before the failure and the next kinds are still read: an IAM policy may allow some of the actions,
 * and a listing that is throttled out says nothing of the others. When the endpoint does not answer
 * at all (timeouts, refused connections) or the Region's deadline passed, the remaining kinds are not
 * tried, since each would wait just as long. Never throws.
 */
export async function readRegion(api: BatchReadApi, options: ReadRegionOptions = {}): Promise<RegionRead> {
  const signal = options.signal;
  let read = 0;
  const progress = (n: number): void => {
    read += n;
    options.onProgress?.(read);
  };
  const raw: Record<SnapshotKey, unknown[]> = { computeEnvironments: [], jobQueues: [], jobDefinitions: [], schedulingPolicies: [] };
  const kinds = {} as Record<SnapshotKey, KindRead>;
  let stopped = false;

  const readKind = async (key: SnapshotKey, list: () => Promise<unknown[]>): Promise<void> => {
    if (stopped || signal?.aborted) {
      kinds[key] = { complete: false, read: 0, notTried: true };
      return;
    }
    try {
      raw[key] = await list();
      kinds[key] = { complete: true, read: raw[key].length };
    } catch (error) {
      const failed = error instanceof ListingFailed ? error : new ListingFailed(OPERATION_OF[key], [], error);
      raw[key] = failed.items;
      kinds[key] = { complete: false, read: failed.items.length, failure: { operation: failed.operation, error: failed.error } };
      stopped = isNoAnswer(failed.error) || Boolean(signal?.aborted);
    }
  };

  await readKind('computeEnvironments', () =>
    readAllPages(
      'DescribeComputeEnvironments',
      async (nextToken) => {
        const out = await api.describeComputeEnvironments({ maxResults: PAGE_SIZE, nextToken });
        return { items: out.computeEnvironments, nextToken: out.nextToken };
      },
      progress,
      signal,
    ),
  );
  await readKind('jobQueues', () =>
    readAllPages(
      'DescribeJobQueues',
      async (nextToken) => {
        const out = await api.describeJobQueues({ maxResults: PAGE_SIZE, nextToken });
        return { items: out.jobQueues, nextToken: out.nextToken };
      },
      progress,
      signal,
    ),
  );
  await readKind('jobDefinitions', () =>
    readAllPages(
      'DescribeJobDefinitions',
      async (nextToken) => {
        const out = await api.describeJobDefinitions({ status: 'ACTIVE', maxResults: PAGE_SIZE, nextToken });
        return { items: out.jobDefinitions, nextToken: out.nextToken };
      },
      progress,
      signal,
    ),
  );
  await readKind('schedulingPolicies', async () => {
    let listings: unknown[];
    let listingFailure: ListingFailed | undefined;
    try {
      listings = await readAllPages(
        'ListSchedulingPolicies',
        async (nextToken) => {
          const out = await api.listSchedulingPolicies({ maxResults: PAGE_SIZE, nextToken });
          return { items: out.schedulingPolicies, nextToken: out.nextToken };
        },
        () => undefined,
        signal,
      );
    } catch (error) {
      if (!(error instanceof ListingFailed)) throw error;
      // Listing entries hold ARNs only: none of them is a policy read yet.
      if (isNoAnswer(error.error)) throw new ListingFailed(error.operation, [], error.error);
      // The policies listed before the failure are still described.
      listingFailure = error;
      listings = error.items;
    }
    const policyArns = [...new Set(plainRecords(listings).map((p) => stringOf(p.arn)).filter((arn): arn is string => arn !== undefined && arn !== ''))];
    const policies: unknown[] = [];
    for (let i = 0; i < policyArns.length; i += POLICY_ARNS_PER_CALL) {
      try {
        const out = await untilDeadline(() => api.describeSchedulingPolicies({ arns: policyArns.slice(i, i + POLICY_ARNS_PER_CALL) }), signal);
        policies.push(...(out.schedulingPolicies ?? []));
        progress(out.schedulingPolicies?.length ?? 0);
      } catch (error) {
        throw new ListingFailed('DescribeSchedulingPolicies', policies, error);
      }
    }
    if (listingFailure) throw new ListingFailed(listingFailure.operation, policies, listingFailure.error);
    return policies;
  });

  const active = plainRecords(raw.jobDefinitions);
  return {
    snapshot: {
      jobDefinitions: sorted(options.allRevisions ? active : latestRevisions(active), 'jobDefinitionArn', 'jobDefinitionName'),
      computeEnvironments: sorted(plainRecords(raw.computeEnvironments), 'computeEnvironmentArn', 'computeEnvironmentName'),
      jobQueues: sorted(plainRecords(raw.jobQueues), 'jobQueueArn', 'jobQueueName'),
      schedulingPolicies: sorted(plainRecords(raw.schedulingPolicies), 'arn', 'name'),
    },
    kinds,
  };
}
