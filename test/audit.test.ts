// The audit's reading path with the real BatchClient pointed at a loopback Batch server: pagination,
// throttling, only read operations, signed requests, failing regions and accounts.
import { afterEach, describe, expect, it } from 'vitest';
import { runAudit } from '../dist/src/audit/run-audit.js';
import { readRegion, latestRevisions } from '../dist/src/audit/read-region.js';
import { batchReader } from '../dist/src/audit/batch-sdk-client.js';
import { assumedRoleCredentials, sharedCredentials } from '../dist/src/audit/aws-credentials.js';
import { parseAccountIds, roleArnFor, looksLikeAccountList } from '../dist/src/audit/audit-accounts.js';
import { READ_ACTIONS } from '../dist/src/audit/batch-read-api.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/cli.js';
import { sampleAccount, startBatchServer, type BatchServer, type Fault } from './helpers/batch-server.js';
import { startStsServer, type StsServer } from './helpers/sts-server.js';

const ACCOUNT = '111111111111';
const ACCESS_KEY = 'AKIDAUDITTEST0000001';
const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYAUDITKEY01'; // 40 characters, shaped like a real one
const caller = sharedCredentials(async () => ({ accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY }));
const RETRY = { maxAttempts: 6, retryMode: 'standard' as const };
const READ_OPERATIONS = ['DescribeComputeEnvironments', 'DescribeJobQueues', 'DescribeJobDefinitions', 'ListSchedulingPolicies', 'DescribeSchedulingPolicies'];

let servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function batchServer(faults: Fault[] = [], accountOf: (key: string) => string = () => ACCOUNT): Promise<BatchServer> {
  const server = await startBatchServer({ data: (region, key) => sampleAccount(region, accountOf(key)), faults });
  servers.push(server);
  return server;
}

function connections(endpointOf: (region: string) => string) {
  return {
    caller,
    assumeRole: (roleArn: string) => assumedRoleCredentials(caller, roleArn, 'us-east-1', RETRY),
    reader: (region: string, credentials: () => Promise<{ accessKeyId: string; secretAccessKey: string }>) => batchReader({ region, credentials, endpoint: endpointOf(region), retry: RETRY }),
  };
}

const plan = (regions: string[], extra: Record<string, unknown> = {}) => ({ regions, allRegions: false, concurrency: 4, allRevisions: false, settings: {}, cwd: process.cwd(), ...extra });
const names = (records: Record<string, unknown>[], key: string) => records.map((r) => r[key]);

describe('reading a region', () => {
  it('follows every nextToken, also when pages are shorter than maxResults', async () => {
    const server = await batchServer();
    const result = await runAudit(plan(['us-east-1']), connections(() => server.url));

    expect(result.regionsFailed).toBe(0);
    expect(names(result.snapshot.computeEnvironments, 'computeEnvironmentName')).toEqual(['ce-a', 'ce-always-on', 'ce-b']);
    expect(names(result.snapshot.jobQueues, 'jobQueueName')).toEqual(['jq-a', 'jq-b', 'jq-c']);
    expect(names(result.snapshot.schedulingPolicies, 'name')).toEqual(['fair-a', 'fair-b', 'fair-c']);
    // The server pages by 2 while the client asks for 100: a short page is not the last page.
    const listing = server.calls.filter((c) => c.operation !== 'DescribeSchedulingPolicies');
    for (const call of listing) expect(call.body.maxResults).toBe(100);
    const byOp = (op: string) => server.calls.filter((c) => c.operation === op);
    expect(byOp('DescribeComputeEnvironments')).toHaveLength(2);
    expect(byOp('DescribeJobQueues')).toHaveLength(2);
    expect(byOp('DescribeJobDefinitions')).toHaveLength(2); // 4 ACTIVE revisions
    expect(byOp('ListSchedulingPolicies')).toHaveLength(2);
    expect(byOp('DescribeSchedulingPolicies')).toHaveLength(1);
    expect(byOp('DescribeSchedulingPolicies')[0]!.body.arns).toHaveLength(3);
    for (const op of ['DescribeComputeEnvironments', 'DescribeJobQueues', 'DescribeJobDefinitions', 'ListSchedulingPolicies']) {
      const calls = byOp(op);
      expect(calls[0]!.body.nextToken).toBeUndefined();
      expect(typeof calls[1]!.body.nextToken).toBe('string');
    }
  });

  it('reads ACTIVE job definitions only and keeps the latest revision of each name, or all with allRevisions', async () => {
    const server = await batchServer();
    const latest = await runAudit(plan(['us-east-1']), connections(() => server.url));
    expect(server.calls.filter((c) => c.operation === 'DescribeJobDefinitions').every((c) => c.body.status === 'ACTIVE')).toBe(true);
    expect(latest.snapshot.jobDefinitions.map((jd) => `${jd.jobDefinitionName}:${jd.revision}`)).toEqual(['etl:3', 'report:1']);

    const all = await runAudit(plan(['us-east-1'], { allRevisions: true }), connections(() => server.url));
    expect(all.snapshot.jobDefinitions.map((jd) => `${jd.jobDefinitionName}:${jd.revision}`)).toEqual(['etl:1', 'etl:2', 'etl:3', 'report:1']);
  });

  it('documents exactly the actions it calls as the minimal IAM policy', () => {
    const doc = readFileSync(join(ROOT, 'docs/audit.md'), 'utf8');
    const policy = JSON.parse(/```json\n(\{\n  "Version"[\s\S]*?)```/.exec(doc)![1]!) as { Statement: { Effect: string; Action: string[]; Resource: string }[] };
    expect(policy.Statement).toEqual([{ Sid: 'BatchlintAuditReadOnly', Effect: 'Allow', Action: [...READ_ACTIONS], Resource: '*' }]);
    expect(READ_ACTIONS.map((a) => a.replace('batch:', ''))).toEqual(READ_OPERATIONS);
  });

  it('calls only the five read operations, every one signed for batch in the region', async () => {
    const server = await batchServer();
    await runAudit(plan(['us-east-1', 'eu-west-1'], { allRevisions: true }), connections(() => server.url));
    expect(server.calls.length).toBeGreaterThan(10);
    expect([...new Set(server.calls.map((c) => c.operation))].sort()).toEqual([...READ_OPERATIONS].sort());
    for (const call of server.calls) {
      expect(call.authorization).toMatch(new RegExp(`^AWS4-HMAC-SHA256 Credential=${ACCESS_KEY}/\\d{8}/${call.region}/batch/aws4_request, SignedHeaders=\\S+, Signature=[0-9a-f]{64}$`));
      expect(call.authorization).not.toContain(SECRET_KEY);
    }
    expect(new Set(server.calls.map((c) => c.region))).toEqual(new Set(['us-east-1', 'eu-west-1']));
  });

  it('retries throttling (429 TooManyRequestsException) and 5xx answers and still reads everything', async () => {
    const server = await batchServer([
      { operation: 'DescribeJobDefinitions', status: 429, errorType: 'TooManyRequestsException', message: 'Too Many Requests', times: 2 },
      { operation: 'DescribeJobQueues', status: 503, errorType: 'ServiceUnavailableException', times: 1 },
      { operation: 'ListSchedulingPolicies', status: 500, errorType: 'ServerException', times: 1 },
    ]);
    const result = await runAudit(plan(['us-east-1']), connections(() => server.url));
    expect(result.regionsFailed).toBe(0);
    expect(result.findings.filter((f) => f.ruleId.startsWith('audit-'))).toEqual([]);
    expect(result.resources).toBe(3 + 3 + 2 + 3);
    const statuses = (op: string) => server.calls.filter((c) => c.operation === op).map((c) => c.status);
    expect(statuses('DescribeJobDefinitions')).toEqual([429, 429, 200, 200]);
    expect(statuses('DescribeJobQueues')).toEqual([503, 200, 200]);
    expect(statuses('ListSchedulingPolicies')).toEqual([500, 200, 200]);
  });

  it('stops on a server that hands back the same nextToken forever', async () => {
    const stuck = { items: [], nextToken: 'again' };
    const api = {
      describeComputeEnvironments: async () => ({ computeEnvironments: [], nextToken: stuck.nextToken }),
      describeJobQueues: async () => ({ jobQueues: [] }),
      describeJobDefinitions: async () => ({ jobDefinitions: [] }),
      listSchedulingPolicies: async () => ({ schedulingPolicies: [] }),
      describeSchedulingPolicies: async () => ({ schedulingPolicies: [] }),
    };
    const read = await readRegion(api);
    expect(read.kinds.computeEnvironments.complete).toBe(false);
    expect(String(read.kinds.computeEnvironments.failure?.error)).toMatch(/DescribeComputeEnvironments returned the same nextToken twice/);
    // A listing that does not advance says nothing of the others: they are still read.
    expect([read.kinds.jobQueues.complete, read.kinds.jobDefinitions.complete, read.kinds.schedulingPolicies.complete]).toEqual([true, true, true]);
  });

  it('picks the highest revision per job definition name', () => {
    const picked = latestRevisions([
      { jobDefinitionName: 'a', revision: 9 },
      { jobDefinitionName: 'a', revision: 10 },
      { jobDefinitionName: 'b', revision: 1 },
    ]);
    expect(picked.map((jd) => `${jd.jobDefinitionName}:${jd.revision}`).sort()).toEqual(['a:10', 'b:1']);
  });
});

describe('findings from a live account', () => {
  it('runs the same rules and locates findings by ARN (revision included) and region, with no file', async () => {
    const server = await batchServer();
    const result = await runAudit(plan(['eu-west-1']), connections(() => server.url));
    const privileged = result.findings.filter((f) => f.ruleId === 'privileged-container');
    expect(privileged).toHaveLength(1);
    expect(privileged[0]!.resource).toEqual({ kind: 'jobDefinition', name: 'etl:3' });
    expect(privileged[0]!.location).toEqual({
      file: null, line: null, column: null, endLine: null, endColumn: null,
      arn: `arn:aws:batch:eu-west-1:${ACCOUNT}:job-definition/etl:3`, address: null, region: 'eu-west-1',
    });
    const alwaysOn = result.findings.filter((f) => f.ruleId === 'min-vcpus-always-on');
    expect(alwaysOn.map((f) => f.location.arn)).toEqual([`arn:aws:batch:eu-west-1:${ACCOUNT}:compute-environment/ce-always-on`]);
    // Live data in describe shapes is schema-valid: no schema finding, and no rule crashes on it.
    expect(result.findings.filter((f) => f.ruleId.startsWith('schema-') || f.category === 'internal')).toEqual([]);
    // The INACTIVE privileged revision is never linted.
    expect(result.findings.some((f) => f.resource?.name.startsWith('retired'))).toBe(false);
  });

  it('honours the batchlint:ignore tag on live resources and fingerprints findings by ARN', async () => {
    const server = await startBatchServer({
      data: (region) => {
        const data = sampleAccount(region, ACCOUNT);
        const etl3 = data.jobDefinitions!.find((jd) => jd.revision === 3 && jd.jobDefinitionName === 'etl')!;
        etl3.tags = { 'batchlint:ignore': 'privileged-container' };
        return data;
      },
    });
    servers.push(server);
    const result = await runAudit(plan(['us-east-1', 'us-west-2']), connections(() => server.url));
    expect(result.findings.filter((f) => f.ruleId === 'privileged-container')).toEqual([]);
    expect(result.suppressed.map((f) => [f.ruleId, f.location.arn, f.suppressions[0]!.origin])).toEqual([
      ['privileged-container', `arn:aws:batch:us-east-1:${ACCOUNT}:job-definition/etl:3`, 'tag'],
      ['privileged-container', `arn:aws:batch:us-west-2:${ACCOUNT}:job-definition/etl:3`, 'tag'],
    ]);
    const prints = result.findings.map((f) => f.fingerprint);
    expect(prints.every((p) => typeof p === 'string' && /^[0-9a-f]{32}:1$/.test(p))).toBe(true);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('never puts a credential or a secret value into a finding', async () => {
    const server = await batchServer([{ region: 'us-west-2', status: 403, errorType: 'AccessDeniedException', message: `User AKIAIOSFODNN7EXAMPLE with secret ${SECRET_KEY} is not authorized`, times: Infinity }]);
    const result = await runAudit(plan(['us-east-1', 'us-west-2']), connections(() => server.url));
    const text = JSON.stringify(result.findings);
    expect(text).not.toContain('Hunter2-not-a-real-password');
    expect(text).not.toContain(SECRET_KEY);
    expect(text).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(text).toContain('AccessDeniedException');
  });
});

describe('failures', () => {
  it('a region that denies access, and one whose endpoint is unreachable, do not lose the others', async () => {
    const server = await batchServer([{ region: 'eu-west-1', status: 403, errorType: 'AccessDeniedException', message: 'not authorized to perform batch:DescribeComputeEnvironments', times: Infinity }]);
    const result = await runAudit(
      plan(['us-east-1', 'eu-west-1', 'ap-south-1', 'us-west-2']),
      connections((region) => (region === 'ap-south-1' ? 'http://127.0.0.1:1' : server.url)),
    );
    expect(result.regionsRead).toBe(2);
    expect(result.regionsFailed).toBe(2);
    const failures = result.findings.filter((f) => f.ruleId === 'audit-read-failed');
    expect(failures.map((f) => [f.severity, f.location.region])).toEqual([
      ['error', 'eu-west-1'],
      ['error', 'ap-south-1'],
    ]);
    expect(failures[0]!.message).toMatch(/^Cannot read AWS Batch in eu-west-1: AccessDeniedException: not authorized/);
    expect(failures[1]!.message).toMatch(/^Cannot read AWS Batch in ap-south-1: .*ECONNREFUSED/);
    const regionsWithResources = new Set(result.findings.filter((f) => f.location.arn).map((f) => f.location.region));
    expect(regionsWithResources).toEqual(new Set(['us-east-1', 'us-west-2']));
    // Denied is not retried: a client error is final. Each kind is still asked for once (a policy may allow some actions).
    expect(server.calls.filter((c) => c.region === 'eu-west-1').map((c) => c.operation)).toEqual(['DescribeComputeEnvironments', 'DescribeJobQueues', 'DescribeJobDefinitions', 'ListSchedulingPolicies']);
    // Nothing claims that other Regions were read when the message is about which were.
    expect(failures[0]!.message).toContain('Regions read completely: us-east-1, us-west-2; not at all: eu-west-1, ap-south-1.');
  });

  it('with --all-regions, an opt-in region that rejects working credentials is a note, not an error', async () => {
    const faults: Fault[] = [{ region: 'af-south-1', status: 400, errorType: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.', times: Infinity }];
    const server = await batchServer(faults);
    const all = await runAudit(plan(['us-east-1', 'af-south-1'], { allRegions: true }), connections(() => server.url));
    expect(all.findings.filter((f) => f.ruleId.startsWith('audit-')).map((f) => [f.ruleId, f.severity, f.location.region])).toEqual([['audit-region-not-enabled', 'note', 'af-south-1']]);

    const named = await runAudit(plan(['us-east-1', 'af-south-1']), connections(() => server.url));
    expect(named.findings.filter((f) => f.ruleId.startsWith('audit-')).map((f) => [f.ruleId, f.severity])).toEqual([['audit-read-failed', 'error']]);
  });
});

describe('many accounts', () => {
  let sts: StsServer | undefined;
  afterEach(async () => {
    await sts?.close();
    sts = undefined;
    delete process.env.AWS_ENDPOINT_URL_STS;
  });

  it('assumes a role in each account through STS; an account that cannot be assumed does not stop the others', async () => {
    sts = await startStsServer((roleArn) => {
      const account = /::(\d{12}):role\//.exec(roleArn)?.[1];
      if (account === '333333333333') return undefined;
      return { accessKeyId: `ASIA${account}00000`, secretAccessKey: `secret-${account}`, sessionToken: `token-${account}` };
    });
    process.env.AWS_ENDPOINT_URL_STS = sts.url;
    const server = await batchServer([], (key) => key.slice(4, 16));
    const accounts = ['111111111111', '222222222222', '333333333333'].map((accountId) => ({ accountId, roleArn: roleArnFor(accountId, { name: 'BatchAudit' }, 'us-east-1') }));
    const result = await runAudit(plan(['us-east-1', 'us-west-2'], { accounts, concurrency: 3 }), connections(() => server.url));

    expect(sts.calls.map((c) => [c.action, c.roleArn, c.roleSessionName, c.accessKeyId]).sort()).toEqual(
      accounts.map((a) => ['AssumeRole', `arn:aws:iam::${a.accountId}:role/BatchAudit`, 'batchlint-audit', ACCESS_KEY]).sort(),
    );
    // Each account's regions were read with that account's session, once assumed (not once per region).
    expect(new Set(server.calls.map((c) => `${c.accessKeyId}@${c.region}`))).toEqual(new Set(['ASIA11111111111100000@us-east-1', 'ASIA11111111111100000@us-west-2', 'ASIA22222222222200000@us-east-1', 'ASIA22222222222200000@us-west-2']));
    expect(server.calls.every((c) => c.securityToken === `token-${c.accessKeyId!.slice(4, 16)}`)).toBe(true);
    expect(result.regionsRead).toBe(4);
    const accountsWithFindings = new Set(result.findings.filter((f) => f.location.arn).map((f) => f.location.arn!.split(':')[4]));
    expect(accountsWithFindings).toEqual(new Set(['111111111111', '222222222222']));
    const denied = result.findings.filter((f) => f.ruleId === 'audit-read-failed');
    expect(denied).toHaveLength(1);
    expect(denied[0]!.message).toMatch(/^Cannot assume arn:aws:iam::333333333333:role\/BatchAudit: AccessDenied: .*No region of account 333333333333 was audited/);
    expect(JSON.stringify(result.findings)).not.toMatch(/secret-\d|token-\d/);
  });

  it('parses account lists and files, and builds role ARNs', () => {
    expect(parseAccountIds('111111111111, 222222222222\n# prod\n333333333333 # shared\n111111111111\nabc')).toEqual({ ids: ['111111111111', '222222222222', '333333333333'], invalid: ['abc'] });
    expect(looksLikeAccountList('111111111111,222222222222')).toBe(true);
    expect(looksLikeAccountList('accounts.txt')).toBe(false);
    expect(roleArnFor('111111111111', { name: 'Audit' }, 'cn-north-1')).toBe('arn:aws-cn:iam::111111111111:role/Audit');
    expect(roleArnFor('111111111111', { template: 'arn:aws:iam::{account}:role/ops/Audit' }, 'us-east-1')).toBe('arn:aws:iam::111111111111:role/ops/Audit');
  });
});

describe('--save snapshots', () => {
  it('are the same bytes whatever order the API lists resources in, so two snapshots diff cleanly', async () => {
    const { serializeSnapshot } = await import('../dist/src/audit/saved-bundle.js');
    const reversed = (region: string) => {
      const data = sampleAccount(region, ACCOUNT);
      return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, [...(v ?? [])].reverse()]));
    };
    const a = await batchServer();
    const b = await startBatchServer({ data: (region) => reversed(region) });
    servers.push(b);
    const first = await runAudit(plan(['us-east-1']), connections(() => a.url));
    const second = await runAudit(plan(['us-east-1']), connections(() => b.url));
    expect(serializeSnapshot(second.snapshot)).toBe(serializeSnapshot(first.snapshot));
  });
});
