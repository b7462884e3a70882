// The composition root for `batchlint audit`: accounts x regions -> read -> model (complete, one per
// region) -> the same rules as for files -> findings. Regions run concurrently under one limit; a
// region or an account that fails becomes a finding and the others complete. Each Region has a
// deadline; the findings about the audit say exactly which Regions were read completely, in part,
// or not at all.
import pLimit from 'p-limit';
import { LintModel } from '../graph/lint-model.js';
import { runRules, type RuleSettings } from '../engine/run-rules.js';
import { compareFindings, type Finding } from '../engine/finding.js';
import { settleFindings } from '../engine/settle-findings.js';
import { NO_LOCATION, ruleFinding } from '../engine/build-finding.js';
import type { ConfigSuppression, SuppressedFinding } from '../engine/suppressions.js';
import type { BatchResource } from '../model/resource.js';
import { redactSecrets } from '../engine/redact.js';
import type { Rule } from '../engine/rule.js';
import { RULES } from '../../rules/index.js';
import AUDIT_READ_FAILED from '../../rules/run/audit-read-failed.js';
import AUDIT_REGION_NOT_ENABLED from '../../rules/run/audit-region-not-enabled.js';
import type { CredentialsProvider } from './aws-credentials.js';
import type { BatchReader } from './batch-sdk-client.js';
import { liveResources } from './live-resources.js';
import { readRegion, type KindRead, type RegionRead, type SnapshotKey } from './read-region.js';
import { attemptsOf, isUnreadableBody, RegionDeadlineError } from './request-faults.js';
import { countResources, emptySnapshot, SNAPSHOT_KEYS, type BatchSnapshot } from './snapshot.js';

export interface AuditAccount {
  accountId: string;
  roleArn: string;
}

export interface AuditPlan {
  regions: readonly string[];
  /** --all-regions: an opt-in region that rejects credentials the other regions accept is "not enabled", not a failure. */
  allRegions: boolean;
  /** Accounts to enter through a role; undefined audits the caller's own account. */
  accounts?: readonly AuditAccount[];
  /** Regions (and AssumeRole calls) in flight at once, across all accounts. */
  concurrency: number;
  allRevisions: boolean;
  settings: RuleSettings;
  rules?: readonly Rule[];
  /** The config file's per-resource ignores (matched by name or ARN). */
  configSuppressions?: readonly ConfigSuppression[];
  /** --region-timeout: a Region not read by then is abandoned (what was read is kept). Default: 10 minutes. */
  regionTimeoutMs?: number;
  /** The directory of the run: fingerprints and config paths are relative to it (the CLI's cwd, never the process's behind its back). */
  cwd: string;
}

export const DEFAULT_REGION_TIMEOUT_MS = 600_000;

/** How the audit reaches AWS; the CLI passes the SDK, tests may pass anything that speaks the API. */
export interface AuditConnections {
  caller: CredentialsProvider;
  assumeRole(roleArn: string): Promise<CredentialsProvider>;
  /** A reader for one Region; `signal` aborts when the Region's deadline passes. */
  reader(region: string, credentials: CredentialsProvider, signal: AbortSignal): Promise<BatchReader>;
}

export interface AuditProgress {
  regionsDone: number;
  regionsTotal: number;
  resourcesRead: number;
}

export interface AuditResult {
  /** Reported findings, in report order (read failures first, then by ARN). */
  findings: Finding[];
  /** Findings silenced by a `batchlint:ignore` tag or the config (SARIF lists them as suppressed). */
  suppressed: SuppressedFinding[];
  /** Everything read, in plan order (the --save bundle). */
  snapshot: BatchSnapshot;
  resources: number;
  /** Regions read completely. */
  regionsRead: number;
  /** Regions of which some kinds (or some pages) could not be read. */
  regionsPartial: number;
  /** Regions of which nothing could be read (an account whose role failed counts all its Regions). */
  regionsFailed: number;
  /** How each Region (of each account) was read, in plan order. */
  regionStates: RegionState[];
}

export interface RegionState {
  region: string;
  accountId?: string;
  state: 'complete' | 'partial' | 'unread' | 'not-enabled';
}

interface RegionOutcome {
  region: string;
  account?: AuditAccount;
  read?: RegionRead;
  resources: BatchResource[];
  findings: Finding[];
  /** Nothing at all was read: the reader could not be built, or every kind failed before its first item. */
  unread?: { error: unknown };
}

const KIND_LABEL: Record<SnapshotKey, string> = {
  computeEnvironments: 'compute environments',
  jobQueues: 'job queues',
  jobDefinitions: 'job definitions',
  schedulingPolicies: 'scheduling policies',
};

/** The first line of an error, named, without anything credential-shaped, short enough for a message. */
export function errorReason(error: unknown): string {
  const e = (error ?? {}) as { name?: unknown; message?: unknown; code?: unknown; cause?: unknown };
  // The SDK wraps the Region deadline's reason in an AbortError: the reason is the deadline.
  if (e.name === 'AbortError' && e.cause instanceof RegionDeadlineError) return errorReason(e.cause);
  const code = typeof e.code === 'string' ? e.code : undefined;
  const name = typeof e.name === 'string' && e.name !== 'Error' && e.name !== 'AggregateError' ? e.name : code ?? 'Error';
  // "@smithy/node-http-handler - [ERROR] a request has exceeded..." names the SDK's module, not the problem.
  const message = (typeof e.message === 'string' ? e.message : String(error)).split('\n')[0]?.replace(/^@smithy\/[\w-]+ - (\[\w+\] )?/, '').trim().replace(/\.$/, '') ?? '';
  let text = message === '' || message === name ? name : `${name}: ${message}`;
  if (isUnreadableBody(error)) text = `unreadable response body (${text})`;
  const attempts = attemptsOf(error);
  if (attempts !== undefined && attempts > 1) text += `, after ${attempts} attempts`;
  return redactSecrets(text).slice(0, 300);
}

/** The SDK's names for "these credentials are unknown here", which is what a disabled opt-in region answers. */
function credentialsRejected(error: unknown): boolean {
  const name = (error as { name?: unknown } | undefined)?.name;
  return name === 'UnrecognizedClientException' || name === 'InvalidClientTokenId';
}

function where(region: string, account: AuditAccount | undefined): string {
  return account ? `${region} (account ${account.accountId})` : region;
}

function auditFinding(rule: Rule, messageId: string, data: Record<string, string>, region: string | undefined): Finding {
  return ruleFinding(rule, messageId, data, { owner: null, location: { ...NO_LOCATION, ...(region ? { region } : {}) }, path: [] }, rule.severity);
}

export async function runAudit(plan: AuditPlan, connections: AuditConnections, onProgress?: (progress: AuditProgress) => void): Promise<AuditResult> {
  const limit = pLimit(Math.max(1, plan.concurrency));
  const rules = plan.rules ?? RULES;
  const targets: (AuditAccount | undefined)[] = plan.accounts ? [...plan.accounts] : [undefined];
  const progress: AuditProgress = { regionsDone: 0, regionsTotal: targets.length * plan.regions.length, resourcesRead: 0 };
  const report = (): void => onProgress?.({ ...progress });

  const regionTimeoutMs = plan.regionTimeoutMs ?? DEFAULT_REGION_TIMEOUT_MS;
  const auditRegion = async (region: string, account: AuditAccount | undefined, credentials: CredentialsProvider): Promise<RegionOutcome> => {
    let reader: BatchReader | undefined;
    let counted = 0;
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new RegionDeadlineError(regionTimeoutMs / 1000)), regionTimeoutMs);
    try {
      reader = await connections.reader(region, credentials, deadline.signal);
      const read = await readRegion(reader.api, {
        allRevisions: plan.allRevisions,
        signal: deadline.signal,
        onProgress: (n) => {
          progress.resourcesRead += n - counted;
          counted = n;
          report();
        },
      });
      const kinds = Object.values(read.kinds);
      if (kinds.every((k) => !k.complete && k.read === 0)) {
        return { region, account, resources: [], findings: [], read, unread: { error: kinds.find((k) => k.failure)?.failure?.error } };
      }
      const complete = kinds.every((k) => k.complete);
      const resources = liveResources(read.snapshot, region);
      // A region read whole is complete: a queue that names a compute environment missing from it is
      // wrong. Read in part, a missing resource may simply not have been read: references are not checked.
      const findings = runRules(new LintModel(resources, [], complete), rules, plan.settings).filter((f) => complete || f.ruleId !== 'unresolved-reference');
      return { region, account, read, resources, findings };
    } catch (error) {
      return { region, account, resources: [], findings: [], unread: { error } };
    } finally {
      clearTimeout(timer);
      reader?.close();
      progress.regionsDone++;
      report();
    }
  };

  const perAccount = await Promise.all(
    targets.map(async (account) => {
      let credentials = connections.caller;
      if (account) {
        try {
          credentials = await limit(async () => {
            const assumed = await connections.assumeRole(account.roleArn);
            await assumed(); // fail here, once for the account, rather than once per region
            return assumed;
          });
        } catch (error) {
          progress.regionsDone += plan.regions.length;
          report();
          return { account, accountError: error, outcomes: [] as RegionOutcome[] };
        }
      }
      const outcomes = await Promise.all(plan.regions.map((region) => limit(() => auditRegion(region, account, credentials))));
      return { account, accountError: undefined as unknown, outcomes };
    }),
  );

  const findings: Finding[] = [];
  const resources: BatchResource[] = [];
  const snapshot = emptySnapshot();
  const states: RegionState[] = [];
  const reported: { outcome: RegionOutcome; state: RegionState['state'] }[] = [];
  for (const { account, accountError, outcomes } of perAccount) {
    if (account && accountError !== undefined) {
      for (const region of plan.regions) states.push({ region, accountId: account.accountId, state: 'unread' });
      continue;
    }
    const someRegionAccepted = outcomes.some((o) => o.unread === undefined);
    for (const outcome of outcomes) {
      // Loops, not push(...): a Region can hold tens of thousands of job definition revisions.
      for (const f of outcome.findings) findings.push(f);
      for (const r of outcome.resources) resources.push(r);
      if (outcome.read) for (const key of SNAPSHOT_KEYS) for (const item of outcome.read.snapshot[key]) (snapshot[key] as unknown[]).push(item);
      const state: RegionState['state'] =
        !outcome.unread && outcome.read ? (Object.values(outcome.read.kinds).every((k) => k.complete) ? 'complete' : 'partial')
        : plan.allRegions && someRegionAccepted && credentialsRejected(outcome.unread?.error) ? 'not-enabled'
        : 'unread';
      states.push({ region: outcome.region, ...(outcome.account ? { accountId: outcome.account.accountId } : {}), state });
      if (state !== 'complete') reported.push({ outcome, state });
    }
  }
  const overview = auditOverview(states, perAccount.filter((a) => a.accountError !== undefined).map((a) => a.account!.accountId));
  for (const { account, accountError } of perAccount) {
    if (!account || accountError === undefined) continue;
    findings.push(auditFinding(AUDIT_READ_FAILED, 'account', { role: account.roleArn, account: account.accountId, reason: errorReason(accountError), overview }, undefined));
  }
  for (const { outcome, state } of reported) {
    const here = where(outcome.region, outcome.account);
    if (state === 'not-enabled') {
      findings.push(auditFinding(AUDIT_REGION_NOT_ENABLED, 'notEnabled', { where: here, reason: errorReason(outcome.unread?.error) }, outcome.region));
    } else if (state === 'unread') {
      findings.push(auditFinding(AUDIT_READ_FAILED, 'region', { where: here, reason: errorReason(outcome.unread?.error), overview }, outcome.region));
    } else if (outcome.read) {
      findings.push(auditFinding(AUDIT_READ_FAILED, 'regionInPart', { where: here, ...partialRead(outcome.read.kinds), overview }, outcome.region));
    }
  }
  const count = (state: RegionState['state']): number => states.filter((r) => r.state === state).length;
  // The same last step as for files: `batchlint:ignore` tags and config ignores, then fingerprints (by ARN).
  const settled = settleFindings(findings, { resources, directives: new Map(), configSuppressions: plan.configSuppressions ?? [], rules, settings: plan.settings, cwd: plan.cwd });
  return { findings: settled.findings.sort(compareFindings), suppressed: settled.suppressed, snapshot, resources: countResources(snapshot), regionsRead: count('complete'), regionsPartial: count('partial'), regionsFailed: count('unread') + count('not-enabled'), regionStates: states };
}

function kindFailure(kind: KindRead): string {
  if (kind.notTried) return 'not tried, after the endpoint stopped answering or the deadline passed';
  const failure = kind.failure;
  const what = failure ? `${failure.operation}: ${errorReason(failure.error)}` : 'not read';
  return kind.read > 0 ? `${what}; ${kind.read} read before that` : what;
}

/** The kinds a Region read in part is missing (with why) and the ones it read whole. */
function partialRead(kinds: Record<SnapshotKey, KindRead>): { missing: string; complete: string } {
  const missing: string[] = [];
  const complete: string[] = [];
  for (const key of SNAPSHOT_KEYS) {
    const kind = kinds[key];
    if (kind.complete) complete.push(`${KIND_LABEL[key]} (${kind.read})`);
    else missing.push(`${KIND_LABEL[key]} (${kindFailure(kind)})`);
  }
  return { missing: missing.join('; '), complete: complete.length > 0 ? complete.join(', ') : 'none' };
}

/**
 * One sentence on the whole audit, the same in every finding about it: which Regions were read
 * completely, in part, not at all (and not enabled), so no message claims "the others were read"
 * when they were not.
 */
export function auditOverview(states: readonly RegionState[], failedAccounts: readonly string[]): string {
  const accounts = new Set(states.map((s) => s.accountId));
  const name = (s: RegionState): string => (accounts.size > 1 || s.accountId !== undefined ? `${s.region} (account ${s.accountId ?? '?'})` : s.region);
  const group = (state: RegionState['state']): string[] =>
    states.filter((s) => s.state === state && !(s.accountId !== undefined && failedAccounts.includes(s.accountId))).map(name);
  const complete = group('complete');
  const parts = [`Regions read completely: ${complete.length > 0 ? complete.join(', ') : 'none'}`];
  const partial = group('partial');
  if (partial.length > 0) parts.push(`in part: ${partial.join(', ')}`);
  const unread = [...group('unread'), ...failedAccounts.map((a) => `every Region of account ${a}`)];
  if (unread.length > 0) parts.push(`not at all: ${unread.join(', ')}`);
  const notEnabled = group('not-enabled');
  if (notEnabled.length > 0) parts.push(`not enabled: ${notEnabled.join(', ')}`);
  return `${parts.join('; ')}.`;
}
