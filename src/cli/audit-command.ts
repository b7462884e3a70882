// `batchlint audit`: flags -> plan -> run-audit -> the same report path as `lint`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CATALOG } from '../../rules/index.js';
import { looksLikeAccountList, parseAccountIds, roleArnFor } from '../audit/audit-accounts.js';
import { assumedRoleCredentials, callerCredentials } from '../audit/aws-credentials.js';
import { batchReader, defaultRegion, retrySettings } from '../audit/batch-sdk-client.js';
import { isRegionCode, partitionRegions } from '../audit/partition-regions.js';
import { errorReason, runAudit, type AuditAccount, type AuditProgress } from '../audit/run-audit.js';
import { writeSnapshotFile } from '../audit/saved-bundle.js';
import type { Io } from './io.js';
import { writeReport, type ReportFlags } from './report-output.js';
import { reportTargets } from './report-targets.js';
import { ruleSettingsFromFlags } from './rule-selection.js';
import { configFromFlag } from './config-flag.js';
import { filterByBaseline, readBaselineFlag, writeBaselineFlag } from './baseline-flags.js';
import { configSuppressions, mergeRuleSettings } from '../config/config-settings.js';
import { UsageError } from './usage-error.js';

export interface AuditFlags extends ReportFlags {
  region?: string[];
  allRegions?: boolean;
  profile?: string;
  endpointUrl?: string;
  allRevisions?: boolean;
  save?: string;
  accounts?: string;
  roleName?: string;
  roleArnTemplate?: string;
  concurrency?: string;
  timeout?: string;
  regionTimeout?: string;
  rule?: string[];
  disable?: string[];
  /** A config file; false with --no-config. */
  config?: string | false;
  baseline?: string;
  writeBaseline?: string;
}

function checkEndpoint(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--endpoint-url: "${url}" is not a URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new UsageError('--endpoint-url: use an http:// or https:// URL');
  return url;
}

function concurrencyOf(value: string | undefined): number {
  const n = Number(value ?? '8');
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError('--concurrency: a whole number from 1 to 64');
  return n;
}

/** Seconds (fractions allowed) as milliseconds, within bounds that keep a timer meaningful. */
function secondsOf(flag: string, value: string | undefined, fallback: number, max: number): number {
  const n = Number(value ?? String(fallback));
  if (value?.trim() === '' || !Number.isFinite(n) || n < 0.1 || n > max) throw new UsageError(`${flag}: a number of seconds from 0.1 to ${max}`);
  return Math.round(n * 1000);
}

async function regionsOf(flags: AuditFlags): Promise<string[]> {
  if (flags.allRegions && flags.region?.length) throw new UsageError('--region and --all-regions exclude each other');
  const explicit = flags.region ?? [];
  for (const region of explicit) if (!isRegionCode(region)) throw new UsageError(`--region: "${region}" is not a region code (like us-east-1)`);
  if (explicit.length > 0) return [...new Set(explicit)];
  const home = await defaultRegion(flags.profile);
  if (flags.allRegions) return [...partitionRegions(home)];
  if (!home) throw new UsageError('no region: pass --region or --all-regions, or set AWS_REGION or a region in the profile');
  return [home];
}

function accountsOf(flags: AuditFlags, io: Io, region: string): AuditAccount[] | undefined {
  const roleFlags = flags.roleName !== undefined || flags.roleArnTemplate !== undefined;
  if (flags.accounts === undefined) {
    if (roleFlags) throw new UsageError('--role-name and --role-arn-template need --accounts');
    return undefined;
  }
  if (!roleFlags) throw new UsageError('--accounts needs --role-name or --role-arn-template');
  if (flags.roleName !== undefined && flags.roleArnTemplate !== undefined) throw new UsageError('use --role-name or --role-arn-template, not both');
  if (flags.roleArnTemplate !== undefined && !flags.roleArnTemplate.includes('{account}')) throw new UsageError('--role-arn-template must contain {account}');
  let text = flags.accounts;
  if (!looksLikeAccountList(flags.accounts)) {
    try {
      text = readFileSync(resolve(io.cwd, flags.accounts), 'utf8');
    } catch (error) {
      throw new UsageError(`--accounts: cannot read "${flags.accounts}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  const { ids, invalid } = parseAccountIds(text);
  if (invalid.length > 0) throw new UsageError(`--accounts: not a 12-digit account id: ${invalid.slice(0, 5).map((v) => `"${v.slice(0, 40)}"`).join(', ')}`);
  if (ids.length === 0) throw new UsageError('--accounts: no account ids');
  const role = { ...(flags.roleName !== undefined ? { name: flags.roleName } : {}), ...(flags.roleArnTemplate !== undefined ? { template: flags.roleArnTemplate } : {}) };
  return ids.map((accountId) => ({ accountId, roleArn: roleArnFor(accountId, role, region) }));
}

/** One status line, rewritten in place; only on a terminal, never in logs or pipes. */
function progressLine(io: Io): { update(p: AuditProgress): void; done(): void } {
  if (!io.isTTY) return { update: () => undefined, done: () => undefined };
  let shown = false;
  return {
    update(p) {
      shown = true;
      io.stderr(`\r\x1b[2Kaudit: ${p.regionsDone}/${p.regionsTotal} regions, ${p.resourcesRead} resources read`);
    },
    done() {
      if (shown) io.stderr('\r\x1b[2K');
    },
  };
}

export async function runAuditCommand(flags: AuditFlags, io: Io): Promise<number> {
  reportTargets(flags.format, flags.output); // a usage error in the outputs stops the run before any AWS call
  const config = await configFromFlag(flags.config, io);
  const chosen = mergeRuleSettings(config, ruleSettingsFromFlags(flags.rule, flags.disable));
  // A Region read whole is the complete set: a reference to something missing from it is a real
  // error, not the "not verified here" note it is for files (unless the user set its level).
  const settings = { ...chosen, severity: new Map([['unresolved-reference', 'error' as const], ...(chosen.severity ?? [])]) };
  const baseline = flags.baseline !== undefined ? await readBaselineFlag(flags.baseline, io) : undefined;
  const endpoint = flags.endpointUrl !== undefined ? checkEndpoint(flags.endpointUrl) : undefined;
  const concurrency = concurrencyOf(flags.concurrency);
  const requestTimeoutMs = secondsOf('--timeout', flags.timeout, 20, 3600);
  const regionTimeoutMs = secondsOf('--region-timeout', flags.regionTimeout, 600, 86_400);
  const regions = await regionsOf(flags);
  const accounts = accountsOf(flags, io, regions[0] ?? 'us-east-1');
  const retry = retrySettings(io.env);

  const caller = await callerCredentials(flags.profile);
  try {
    await caller();
  } catch (error) {
    throw new UsageError(`no usable AWS credentials (${errorReason(error)}); configure them as for the AWS CLI, or pass --profile`);
  }

  const progress = progressLine(io);
  const result = await runAudit(
    { regions, allRegions: Boolean(flags.allRegions), ...(accounts ? { accounts } : {}), concurrency, allRevisions: Boolean(flags.allRevisions), settings, configSuppressions: configSuppressions(config), regionTimeoutMs, cwd: io.cwd },
    {
      caller,
      assumeRole: (roleArn) => assumedRoleCredentials(caller, roleArn, regions[0] ?? 'us-east-1', retry, requestTimeoutMs),
      reader: (region, credentials, signal) => batchReader({ region, credentials, retry, requestTimeoutMs, signal, ...(endpoint ? { endpoint } : {}) }),
    },
    (p) => progress.update(p),
  );
  progress.done();

  if (flags.save) {
    try {
      writeSnapshotFile(resolve(io.cwd, flags.save), result.snapshot);
    } catch (error) {
      throw new UsageError(`cannot write "${flags.save}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  if (flags.writeBaseline !== undefined) {
    await writeBaselineFlag(flags.writeBaseline, result.findings, io);
    writeReport(result.findings, { files: 0, resources: result.resources }, flags, io, CATALOG, result.suppressed);
    return 0; // every current finding is in the baseline just written
  }
  const reported = filterByBaseline(result.findings, baseline).findings;
  return writeReport(reported, { files: 0, resources: result.resources }, flags, io, CATALOG, result.suppressed);
}
