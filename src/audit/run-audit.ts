// The composition root for `batchlint audit`: accounts x regions -> read -> model (complete, one per
// region) -> the same rules as for files -> findings. Regions run concurrently under one limit; a
// region or an account that fails becomes a finding and the others complete.
import pLimit from 'p-limit';
import { LintModel } from '../engine/lint-model.js';
import { renderMessage, runRules, type RuleSettings } from '../engine/run-rules.js';
import { compareFindings, type Finding } from '../engine/finding.js';
import { settleFindings } from '../engine/settle-findings.js';
import type { ConfigSuppression, SuppressedFinding } from '../engine/suppressions.js';
import type { BatchResource } from '../model/resource.js';
import { redactSecrets } from '../engine/redact.js';
import type { Rule } from '../engine/rule.js';
import { RULES } from '../../rules/index.js';
import { AUDIT_READ_FAILED, AUDIT_REGION_NOT_ENABLED } from './audit-rules.js';
import type { CredentialsProvider } from './aws-credentials.js';
import type { BatchReader } from './batch-sdk-client.js';
import { liveResources } from './live-resources.js';
import { readRegion } from './read-region.js';
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
}

/** How the audit reaches AWS; the CLI passes the SDK, tests may pass anything that speaks the API. */
export interface AuditConnections {
  caller: CredentialsProvider;
  assumeRole(roleArn: string): Promise<CredentialsProvider>;
  reader(region: string, credentials: CredentialsProvider): Promise<BatchReader>;
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
  regionsRead: number;
  regionsFailed: number;
}

interface RegionOutcome {
  region: string;
  account?: AuditAccount;
  snapshot?: BatchSnapshot;
  resources: BatchResource[];
  findings: Finding[];
  error?: unknown;
}

/** The first line of an error, named, without anything credential-shaped, short enough for a message. */
export function errorReason(error: unknown): string {
  const e = (error ?? {}) as { name?: unknown; message?: unknown; code?: unknown };
  const code = typeof e.code === 'string' ? e.code : undefined;
  const name = typeof e.name === 'string' && e.name !== 'Error' && e.name !== 'AggregateError' ? e.name : code ?? 'Error';
  const message = (typeof e.message === 'string' ? e.message : String(error)).split('\n')[0]?.trim() ?? '';
  const text = message === '' || message === name ? name : `${name}: ${message}`;
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
  return {
    ruleId: rule.id,
    severity: rule.severity,
    category: rule.category,
    message: redactSecrets(renderMessage(rule.messages[messageId] ?? messageId, data)),
    resource: null,
    location: { file: null, line: null, column: null, endLine: null, endColumn: null, arn: null, address: null, ...(region ? { region } : {}) },
    path: [],
  };
}

export async function runAudit(plan: AuditPlan, connections: AuditConnections, onProgress?: (progress: AuditProgress) => void): Promise<AuditResult> {
  const limit = pLimit(Math.max(1, plan.concurrency));
  const rules = plan.rules ?? RULES;
  const targets: (AuditAccount | undefined)[] = plan.accounts ? [...plan.accounts] : [undefined];
  const progress: AuditProgress = { regionsDone: 0, regionsTotal: targets.length * plan.regions.length, resourcesRead: 0 };
  const report = (): void => onProgress?.({ ...progress });

  const auditRegion = async (region: string, account: AuditAccount | undefined, credentials: CredentialsProvider): Promise<RegionOutcome> => {
    let reader: BatchReader | undefined;
    let counted = 0;
    try {
      reader = await connections.reader(region, credentials);
      const snapshot = await readRegion(reader.api, {
        allRevisions: plan.allRevisions,
        onProgress: (read) => {
          progress.resourcesRead += read - counted;
          counted = read;
          report();
        },
      });
      const resources = liveResources(snapshot, region);
      // The region's listing is complete: a queue that names a compute environment missing from it is wrong.
      const findings = runRules(new LintModel(resources, [], true), rules, plan.settings);
      return { region, account, snapshot, resources, findings };
    } catch (error) {
      return { region, account, resources: [], findings: [], error };
    } finally {
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
          const failure = auditFinding(AUDIT_READ_FAILED, 'account', { role: account.roleArn, account: account.accountId, reason: errorReason(error) }, undefined);
          return { failures: [failure], outcomes: [] as RegionOutcome[] };
        }
      }
      const outcomes = await Promise.all(plan.regions.map((region) => limit(() => auditRegion(region, account, credentials))));
      return { failures: [] as Finding[], outcomes };
    }),
  );

  const findings: Finding[] = [];
  const resources: BatchResource[] = [];
  const snapshot = emptySnapshot();
  let regionsRead = 0;
  let regionsFailed = 0;
  for (const { failures, outcomes } of perAccount) {
    findings.push(...failures);
    const someRegionAccepted = outcomes.some((o) => o.error === undefined);
    for (const outcome of outcomes) {
      if (outcome.error === undefined && outcome.snapshot) {
        regionsRead++;
        findings.push(...outcome.findings);
        resources.push(...outcome.resources);
        for (const key of SNAPSHOT_KEYS) snapshot[key].push(...outcome.snapshot[key]);
        continue;
      }
      regionsFailed++;
      const data = { where: where(outcome.region, outcome.account), reason: errorReason(outcome.error) };
      const notEnabled = plan.allRegions && someRegionAccepted && credentialsRejected(outcome.error);
      findings.push(notEnabled ? auditFinding(AUDIT_REGION_NOT_ENABLED, 'notEnabled', data, outcome.region) : auditFinding(AUDIT_READ_FAILED, 'region', data, outcome.region));
    }
  }
  // The same last step as for files: `batchlint:ignore` tags and config ignores, then fingerprints (by ARN).
  const settled = settleFindings(findings, { resources, directives: new Map(), configSuppressions: plan.configSuppressions ?? [], rules, settings: plan.settings, cwd: process.cwd() });
  return { findings: settled.findings.sort(compareFindings), suppressed: settled.suppressed, snapshot, resources: countResources(snapshot), regionsRead, regionsFailed };
}
