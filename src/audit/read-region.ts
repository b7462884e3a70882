// Reads every AWS Batch resource of one region through the five read operations. Every list
// follows nextToken to the end: the API may return fewer items than maxResults on any page and
// still have more ("This value is null when there are no more results to return",
// https://docs.aws.amazon.com/batch/latest/APIReference/API_DescribeJobDefinitions.html).
import { isRecord, numberOf, stringOf, type JsonRecord } from '../model/values.js';
import type { BatchReadApi } from './batch-read-api.js';
import { type BatchSnapshot } from './snapshot.js';

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
}

interface Page {
  items: readonly unknown[] | undefined;
  nextToken?: string | undefined;
}

async function readAllPages(operation: string, fetchPage: (nextToken: string | undefined) => Promise<Page>, onItems: (n: number) => void): Promise<unknown[]> {
  const items: unknown[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  for (let page = 1; ; page++) {
    const result = await fetchPage(token);
    const pageItems = result.items ?? [];
    items.push(...pageItems);
    onItems(pageItems.length);
    const next = result.nextToken;
    if (next === undefined || next === null || next === '') return items;
    if (seen.has(next) || page >= MAX_PAGES) throw new Error(`${operation} returned the same nextToken twice; the listing does not advance`);
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

/** Reads one region. Throws (after the SDK's retries) when the region cannot be read. */
export async function readRegion(api: BatchReadApi, options: ReadRegionOptions = {}): Promise<BatchSnapshot> {
  let read = 0;
  const progress = (n: number): void => {
    read += n;
    options.onProgress?.(read);
  };

  const computeEnvironments = await readAllPages(
    'DescribeComputeEnvironments',
    async (nextToken) => {
      const out = await api.describeComputeEnvironments({ maxResults: PAGE_SIZE, nextToken });
      return { items: out.computeEnvironments, nextToken: out.nextToken };
    },
    progress,
  );
  const jobQueues = await readAllPages(
    'DescribeJobQueues',
    async (nextToken) => {
      const out = await api.describeJobQueues({ maxResults: PAGE_SIZE, nextToken });
      return { items: out.jobQueues, nextToken: out.nextToken };
    },
    progress,
  );
  const jobDefinitions = await readAllPages(
    'DescribeJobDefinitions',
    async (nextToken) => {
      const out = await api.describeJobDefinitions({ status: 'ACTIVE', maxResults: PAGE_SIZE, nextToken });
      return { items: out.jobDefinitions, nextToken: out.nextToken };
    },
    progress,
  );
  const policyListings = await readAllPages(
    'ListSchedulingPolicies',
    async (nextToken) => {
      const out = await api.listSchedulingPolicies({ maxResults: PAGE_SIZE, nextToken });
      return { items: out.schedulingPolicies, nextToken: out.nextToken };
    },
    () => undefined,
  );
  const policyArns = [...new Set(plainRecords(policyListings).map((p) => stringOf(p.arn)).filter((arn): arn is string => arn !== undefined && arn !== ''))];
  const schedulingPolicies: unknown[] = [];
  for (let i = 0; i < policyArns.length; i += POLICY_ARNS_PER_CALL) {
    const out = await api.describeSchedulingPolicies({ arns: policyArns.slice(i, i + POLICY_ARNS_PER_CALL) });
    schedulingPolicies.push(...(out.schedulingPolicies ?? []));
    progress(out.schedulingPolicies?.length ?? 0);
  }

  const active = plainRecords(jobDefinitions);
  return {
    jobDefinitions: sorted(options.allRevisions ? active : latestRevisions(active), 'jobDefinitionArn', 'jobDefinitionName'),
    computeEnvironments: sorted(plainRecords(computeEnvironments), 'computeEnvironmentArn', 'computeEnvironmentName'),
    jobQueues: sorted(plainRecords(jobQueues), 'jobQueueArn', 'jobQueueName'),
    schedulingPolicies: sorted(plainRecords(schedulingPolicies), 'arn', 'name'),
  };
}
