// The live audit under faults, with the real BatchClient against a loopback Batch server: throttling,
// 5xx, truncated and malformed bodies, slow and silent answers, pages of 1. What could be read is
// reported, only read operations are sent, the messages say exactly which Regions were read, and
// every run ends because the deadlines hold (short ones here; no timing is asserted).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runAudit, type AuditResult } from '../dist/src/audit/run-audit.js';
import { readRegion } from '../dist/src/audit/read-region.js';
import { batchReader } from '../dist/src/audit/batch-sdk-client.js';
import { sharedCredentials } from '../dist/src/audit/aws-credentials.js';
import { roleArnFor } from '../dist/src/audit/audit-accounts.js';
import { sampleAccount, startBatchServer, type BatchServer, type Fault } from './helpers/batch-server.js';

const ACCOUNT = '111111111111';
const caller = sharedCredentials(async () => ({ accessKeyId: 'AKIDAUDITFAULTS00001', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYFAULTS001' }));
const READ_OPERATIONS = new Set(['DescribeComputeEnvironments', 'DescribeJobQueues', 'DescribeJobDefinitions', 'ListSchedulingPolicies', 'DescribeSchedulingPolicies']);
/** Every resource of sampleAccount one Region holds: 3 environments, 3 queues, 2 latest job definitions, 3 policies. */
const PER_REGION = 3 + 3 + 2 + 3;

let servers: BatchServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function batchServer(faults: Fault[] = [], pageSize = 1): Promise<BatchServer> {
  const server = await startBatchServer({ data: (region) => sampleAccount(region, ACCOUNT), faults, pageSize });
  servers.push(server);
  return server;
}

interface Limits {
  maxAttempts?: number;
  requestTimeoutMs?: number;
  regionTimeoutMs?: number;
}

function audit(regions: string[], endpointOf: (region: string) => string, limits: Limits = {}, extra: Record<string, unknown> = {}): Promise<AuditResult> {
  const retry = { maxAttempts: limits.maxAttempts ?? 6, retryMode: 'standard' as const };
  return runAudit(
    { regions, allRegions: false, concurrency: 4, allRevisions: false, settings: {}, cwd: process.cwd(), ...(limits.regionTimeoutMs ? { regionTimeoutMs: limits.regionTimeoutMs } : {}), ...extra },
    {
      caller,
      assumeRole: async () => caller,
      reader: (region, credentials, signal) => batchReader({ region, credentials, endpoint: endpointOf(region), retry, requestTimeoutMs: limits.requestTimeoutMs ?? 5_000, signal }),
    },
  );
}

const auditFindings = (result: AuditResult) => result.findings.filter((f) => f.ruleId.startsWith('audit-'));
const onlyReads = (server: BatchServer) => expect(server.calls.filter((c) => !READ_OPERATIONS.has(c.operation))).toEqual([]);
const arns = (result: AuditResult) => [...new Set(result.findings.map((f) => f.location.arn).filter((a): a is string => a !== null))].sort();

describe('garbled answers are retried like throttles', () => {
  it('every fifth answer truncated, pages of 1: both Regions read whole, nothing lost', async () => {
    const reference = await batchServer();
    const expected = await audit(['us-east-1', 'eu-west-1'], () => reference.url);

    const server = await batchServer([{ body: 'truncated', every: 5, times: Infinity }]);
    const result = await audit(['us-east-1', 'eu-west-1'], () => server.url);

    expect(server.calls.filter((c) => c.fault === 'truncated').length).toBeGreaterThanOrEqual(4);
    expect(auditFindings(result)).toEqual([]);
    expect([result.regionsRead, result.regionsPartial, result.regionsFailed]).toEqual([2, 0, 0]);
    expect(result.resources).toBe(2 * PER_REGION);
    expect(result.snapshot).toEqual(expected.snapshot);
    expect(result.findings.map((f) => f.fingerprint)).toEqual(expected.findings.map((f) => f.fingerprint));
    onlyReads(server);
  });

  it('malformed bodies, throttling (400 ThrottlingException and 429) and 5xx together: everything read', async () => {
    const server = await batchServer([
      { operation: 'DescribeComputeEnvironments', body: 'malformed', times: 2 },
      { operation: 'DescribeJobQueues', status: 400, errorType: 'ThrottlingException', message: 'Rate exceeded', times: 2 },
      { operation: 'DescribeJobDefinitions', status: 429, errorType: 'TooManyRequestsException', times: 1 },
      { operation: 'ListSchedulingPolicies', status: 502, errorType: 'BadGateway', times: 1 },
      { operation: 'DescribeSchedulingPolicies', body: 'truncated', times: 1 },
    ]);
    const result = await audit(['us-west-2'], () => server.url);
    expect(auditFindings(result)).toEqual([]);
    expect(result.resources).toBe(PER_REGION);
    expect(server.calls.map((c) => c.fault).filter(Boolean).sort()).toEqual(['malformed', 'malformed', 'status', 'status', 'status', 'status', 'truncated']);
    onlyReads(server);
  });

  it('a listing garbled on every attempt: bounded attempts, that kind reported as read in part, the rest linted', async () => {
    const server = await batchServer([{ region: 'eu-west-1', operation: 'DescribeJobDefinitions', body: 'truncated', after: 1, times: Infinity }]);
    const result = await audit(['us-east-1', 'eu-west-1'], () => server.url, { maxAttempts: 3 });

    // Page 1 of the job definitions reads, page 2 is cut on each of its 3 attempts.
    const jd = server.calls.filter((c) => c.region === 'eu-west-1' && c.operation === 'DescribeJobDefinitions');
    expect(jd.map((c) => c.fault ?? 'ok')).toEqual(['ok', 'truncated', 'truncated', 'truncated']);
    expect(jd.slice(1).map((c) => c.body.nextToken)).toEqual([jd[1]!.body.nextToken, jd[1]!.body.nextToken, jd[1]!.body.nextToken]);
    expect([result.regionsRead, result.regionsPartial, result.regionsFailed]).toEqual([1, 1, 0]);

    const [failure, ...others] = auditFindings(result);
    expect(others).toEqual([]);
    expect(failure!.location.region).toBe('eu-west-1');
        expect(failure!.message).toMatch(/^AWS Batch in eu-west-1 was read only in part: job definitions \(DescribeJobDefinitions: unreadable response body \(SyntaxError: Unterminated string in JSON at position \d+\), after 3 attempts; 1 read before that\)\. Read in full there: compute environments \(3\), job queues \(3\), scheduling policies \(3\)\. What was read is linted, without the checks of references between resources\. Regions read completely: us-east-1; in part: eu-west-1\.$/);
    // The kinds read in eu-west-1 are linted there.
    expect(arns(result).some((a) => a.startsWith(`arn:aws:batch:eu-west-1:${ACCOUNT}:compute-environment/`))).toBe(true);
    expect(result.snapshot.computeEnvironments.filter((ce) => String(ce.computeEnvironmentArn).includes('eu-west-1'))).toHaveLength(3);
    // Read in part, references are not checked: no "does not exist" error from what was not read.
    expect(result.findings.filter((f) => f.ruleId === 'unresolved-reference')).toEqual([]);
    onlyReads(server);
  });
});

describe('deadlines', () => {
  it('a Region that accepts connections and never answers costs attempts x --timeout, becomes one finding, and the others complete', async () => {
    const server = await batchServer([{ region: 'eu-west-1', silent: true, times: Infinity }]);
    const result = await audit(['us-east-1', 'eu-west-1', 'us-west-2'], () => server.url, { maxAttempts: 2, requestTimeoutMs: 1_000 });

    expect([result.regionsRead, result.regionsPartial, result.regionsFailed]).toEqual([2, 0, 1]);
    const failures = auditFindings(result);
    expect(failures.map((f) => [f.ruleId, f.location.region])).toEqual([['audit-read-failed', 'eu-west-1']]);
    expect(failures[0]!.message).toMatch(/^Cannot read AWS Batch in eu-west-1: TimeoutError: a request has exceeded the configured 1000 ms requestTimeout, after 2 attempts\. Nothing was read there\. Regions read completely: us-east-1, us-west-2; not at all: eu-west-1\.$/);
    // The endpoint does not answer: the other kinds are not tried, each would wait as long.
    expect(server.calls.filter((c) => c.region === 'eu-west-1').map((c) => c.operation)).toEqual(['DescribeComputeEnvironments', 'DescribeComputeEnvironments']);
    expect(result.resources).toBe(2 * PER_REGION);
    onlyReads(server);
  });

  it('slow answers within --timeout are waited for', async () => {
    const server = await batchServer([{ delayMs: 150, every: 2, times: Infinity }]);
    const result = await audit(['ap-south-1'], () => server.url, { requestTimeoutMs: 3_000 });
    expect(server.calls.some((c) => c.fault === 'delay')).toBe(true);
    expect(auditFindings(result)).toEqual([]);
    expect(result.resources).toBe(PER_REGION);
  });

  it('the Region deadline stops a Region mid-listing; what was read is kept and nothing more is sent', async () => {
    // 14 calls of 250 ms each would take 3.5 s: the 0.9 s deadline passes mid-listing.
    const server = await batchServer([{ delayMs: 250, times: Infinity }]);
    const result = await audit(['eu-west-1'], () => server.url, { requestTimeoutMs: 5_000, regionTimeoutMs: 900 });

    const failure = auditFindings(result)[0]!;
    expect(failure.location.region).toBe('eu-west-1');
    expect(failure.message).toMatch(/RegionDeadline: the Region was not read within --region-timeout \(0\.9 s\)/);
    // Whatever was read before the deadline is kept and linted (a Region read in part), or nothing was.
    expect(result.regionsRead).toBe(0);
    expect(result.resources > 0 ? [result.regionsPartial, result.regionsFailed] : [result.regionsFailed, result.regionsPartial]).toEqual([1, 0]);
    expect(result.findings.filter((f) => f.location.arn).length > 0).toBe(result.resources > 0);
    // Fewer calls than the whole Region needs (14 with pages of 1), and none after the deadline.
    const calls = server.calls.length;
    expect(calls).toBeLessThan(14);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(server.calls).toHaveLength(calls);
  });

  it('a reader that ignores the abort signal is still left behind at the deadline', async () => {
    const never = () => new Promise<never>(() => undefined);
    const api = { describeComputeEnvironments: never, describeJobQueues: never, describeJobDefinitions: never, listSchedulingPolicies: never, describeSchedulingPolicies: never };
    const deadline = new AbortController();
    setTimeout(() => deadline.abort(new Error('deadline')), 50);
    const read = await readRegion(api, { signal: deadline.signal });
    expect(read.kinds.computeEnvironments.failure?.error).toEqual(new Error('deadline'));
    expect([read.kinds.jobQueues.notTried, read.kinds.jobDefinitions.notTried, read.kinds.schedulingPolicies.notTried]).toEqual([true, true, true]);
  });
});

describe('messages say exactly which Regions were read', () => {
  it('never claims other Regions were audited when none was', async () => {
    const server = await batchServer([{ status: 403, errorType: 'AccessDeniedException', message: 'not authorized', times: Infinity }]);
    const result = await audit(['us-east-1', 'eu-west-1'], () => server.url);
    const messages = auditFindings(result).map((f) => f.message);
    expect(messages).toHaveLength(2);
    for (const m of messages) {
      expect(m).not.toMatch(/other regions were audited/i);
      expect(m).toContain('Regions read completely: none; not at all: us-east-1, eu-west-1.');
    }
  });

  it('an account whose role cannot be assumed does not claim that other accounts were audited', async () => {
    const server = await batchServer();
    const accounts = [{ accountId: '222222222222', roleArn: roleArnFor('222222222222', { name: 'Audit' }, 'us-east-1') }];
    const result = await runAudit(
      { regions: ['us-east-1'], allRegions: false, concurrency: 2, allRevisions: false, settings: {}, cwd: process.cwd(), accounts },
      {
        caller,
        assumeRole: async () => async () => Promise.reject(Object.assign(new Error('not allowed'), { name: 'AccessDenied' })),
        reader: (region, credentials, signal) => batchReader({ region, credentials, endpoint: server.url, retry: { maxAttempts: 1, retryMode: 'standard' }, signal }),
      },
    );
    const [failure] = auditFindings(result);
    expect(failure!.message).toBe('Cannot assume arn:aws:iam::222222222222:role/Audit: AccessDenied: not allowed. No region of account 222222222222 was audited. Regions read completely: none; not at all: every Region of account 222222222222.');
    expect(server.calls).toEqual([]);
  });
});

describe('the SDK stays quiet', () => {
  it('logs nothing to the console while requests time out and bodies fail to parse', async () => {
    const server = await batchServer([
      { region: 'eu-west-1', silent: true, times: Infinity },
      { region: 'us-east-1', body: 'truncated', every: 3, times: Infinity },
    ]);
    const spies = (['warn', 'error', 'log', 'info', 'debug'] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => undefined));
    const emitted: unknown[] = [];
    const onWarning = (w: unknown) => emitted.push(w);
    process.on('warning', onWarning);
    try {
      await audit(['us-east-1', 'eu-west-1'], () => server.url, { maxAttempts: 2, requestTimeoutMs: 300 });
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
      expect(emitted).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('the SDK does warn on the console about a slow request when given no logger (so the check above means something)', async () => {
    const server = await batchServer([{ silent: true, times: Infinity }]);
    const { BatchClient, DescribeJobQueuesCommand } = await import('@aws-sdk/client-batch');
    const client = new BatchClient({ region: 'us-east-1', endpoint: server.url, credentials: { accessKeyId: 'AKID', secretAccessKey: 'x' }, maxAttempts: 1, requestHandler: { requestTimeout: 100 } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const abort = new AbortController();
      const sent = client.send(new DescribeJobQueuesCommand({}), { abortSignal: abort.signal }).catch(() => undefined);
      await vi.waitFor(() => expect(warn).toHaveBeenCalled(), { timeout: 5_000 });
      abort.abort();
      await sent;
      expect(String(warn.mock.calls[0]![0])).toMatch(/requestTimeout/);
    } finally {
      warn.mockRestore();
      client.destroy();
    }
  });
});
