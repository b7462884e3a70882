// `batchlint audit` as users run it: the built CLI in a child process, the real SDK, a loopback Batch
// (and STS) server. The child runs asynchronously so the servers in this process can answer it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../dist/src/cli/main.js';
import { ROOT, runCliAsync } from './helpers/cli.js';
import { sampleAccount, startBatchServer, type BatchServer, type Fault } from './helpers/batch-server.js';
import { startStsServer } from './helpers/sts-server.js';

const ACCESS_KEY = 'AKIAAUDITCLITEST0001';
const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYCLIKEY0001';
const PASSWORD = 'Hunter2-not-a-real-password';
const TMP = mkdtempSync(join(tmpdir(), 'batchlint-audit-'));
const EMPTY_CONFIG = join(TMP, 'empty-aws-config');
writeFileSync(EMPTY_CONFIG, '');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A clean AWS environment: nothing inherited from the machine running the tests. */
function awsEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AWS_')) env[k] = v;
  return {
    ...env,
    NO_COLOR: '1',
    AWS_ACCESS_KEY_ID: ACCESS_KEY,
    AWS_SECRET_ACCESS_KEY: SECRET_KEY,
    AWS_CONFIG_FILE: EMPTY_CONFIG,
    AWS_SHARED_CREDENTIALS_FILE: EMPTY_CONFIG,
    AWS_EC2_METADATA_DISABLED: 'true',
    ...extra,
  };
}

function run(args: string[], env: NodeJS.ProcessEnv = awsEnv(), cwd = TMP): Promise<Run> {
  return runCliAsync(args, { cwd, env, inheritEnv: false });
}

let servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function batchServer(faults: Fault[] = [], accountOf: (key: string) => string = () => '111111111111'): Promise<BatchServer> {
  const server = await startBatchServer({ data: (region, key) => sampleAccount(region, accountOf(key)), faults });
  servers.push(server);
  return server;
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  resource: { kind: string; name: string } | null;
  location: { file: string | null; line: number | null; arn: string | null; region?: string };
}

const identity = (f: JsonFinding) => `${f.ruleId} ${f.resource?.kind} ${f.resource?.name} ${f.location.arn}`;

describe('batchlint audit', () => {
  it('audits regions, reports by ARN and region, and --save writes what was read', async () => {
    const server = await batchServer();
    writeFileSync(join(TMP, 'snapshot.json'), 'an older file, world-readable', { mode: 0o644 });
    const audit = await run(['audit', '--region', 'us-east-1,eu-west-1', '--endpoint-url', server.url, '--format', 'json', '--save', 'snapshot.json', '--fail-on', 'warning']);
    expect(audit.stderr).toBe('');
    expect(audit.code).toBe(1);
    const report = JSON.parse(audit.stdout) as { findings: JsonFinding[]; summary: { resources: number } };
    expect(report.summary.resources).toBe(2 * 11);
    const privileged = report.findings.filter((f) => f.ruleId === 'privileged-container');
    expect(privileged.map((f) => [f.location.arn, f.location.region, f.location.file, f.location.line])).toEqual([
      ['arn:aws:batch:eu-west-1:111111111111:job-definition/etl:3', 'eu-west-1', null, null],
      ['arn:aws:batch:us-east-1:111111111111:job-definition/etl:3', 'us-east-1', null, null],
    ]);

    const saved = join(TMP, 'snapshot.json');
    expect(statSync(saved).mode & 0o777).toBe(0o600);
    // Saved as read (docs/audit.md says why): the user's own data, environment values included.
    expect(readFileSync(saved, 'utf8')).toContain(PASSWORD);
    const bundle = JSON.parse(readFileSync(saved, 'utf8')) as Record<string, Record<string, unknown>[]>;
    expect(Object.keys(bundle)).toEqual(['jobDefinitions', 'computeEnvironments', 'jobQueues', 'schedulingPolicies']);
    expect(bundle.jobDefinitions!.map((jd) => jd.jobDefinitionArn)).toEqual([
      'arn:aws:batch:us-east-1:111111111111:job-definition/etl:3',
      'arn:aws:batch:us-east-1:111111111111:job-definition/report:1',
      'arn:aws:batch:eu-west-1:111111111111:job-definition/etl:3',
      'arn:aws:batch:eu-west-1:111111111111:job-definition/report:1',
    ]);

  });

  it('--save of a region gives the same findings offline with batchlint lint', async () => {
    const server = await batchServer();
    // eu-west-1: the bundled price catalog makes the cross-resource cost rule fire there too.
    const audit = await run(['audit', '--region', 'eu-west-1', '--endpoint-url', server.url, '--format', 'json', '--save', 'region.json', '--fail-on', 'warning']);
    expect(audit.stderr).toBe('');
    const found = (JSON.parse(audit.stdout) as { findings: JsonFinding[] }).findings;
    const lint = await run(['lint', 'region.json', '--format', 'json', '--fail-on', 'warning']);
    expect(lint.stderr).toBe('');
    expect(lint.code).toBe(audit.code);
    const relinted = (JSON.parse(lint.stdout) as { findings: JsonFinding[] }).findings;
    expect(relinted.length).toBeGreaterThan(10);
    expect(relinted.map(identity).sort()).toEqual(found.map(identity).sort());
    expect(relinted.every((f) => f.location.file === 'region.json' && typeof f.location.line === 'number')).toBe(true);
  });

  it('--save of two Regions gives the same findings offline (resources are never paired across Regions)', async () => {
    const server = await batchServer();
    const audit = await run(['audit', '--region', 'eu-west-1', '--region', 'us-east-1', '--endpoint-url', server.url, '--format', 'json', '--save', 'two-regions.json', '--fail-on', 'none']);
    expect(audit.stderr).toBe('');
    const found = (JSON.parse(audit.stdout) as { findings: JsonFinding[] }).findings;
    const lint = await run(['lint', 'two-regions.json', '--format', 'json', '--fail-on', 'none']);
    const relinted = (JSON.parse(lint.stdout) as { findings: JsonFinding[] }).findings;
    expect(new Set(found.map((f) => f.location.region))).toEqual(new Set(['eu-west-1', 'us-east-1']));
    expect(relinted.map(identity).sort()).toEqual(found.map(identity).sort());
  });

  it('a reference to a resource missing from an audited Region is an error, not a note', async () => {
    const server = await startBatchServer({
      data: (region, key) => {
        const account = sampleAccount(region, '111111111111');
        void key;
        const queue = structuredClone(account.jobQueues![0]!) as Record<string, unknown>;
        queue.jobQueueName = 'jq-dangling';
        queue.jobQueueArn = `arn:aws:batch:${region}:111111111111:job-queue/jq-dangling`;
        queue.computeEnvironmentOrder = [{ order: 1, computeEnvironment: `arn:aws:batch:${region}:111111111111:compute-environment/deleted-ce` }];
        return { ...account, jobQueues: [...account.jobQueues!, queue] };
      },
      faults: [],
    });
    servers.push(server);
    const audit = await run(['audit', '--region', 'eu-west-1', '--endpoint-url', server.url, '--format', 'json', '--fail-on', 'none']);
    const dangling = (JSON.parse(audit.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.ruleId === 'unresolved-reference');
    expect(dangling.map((f) => [f.severity, f.resource?.name])).toEqual([['error', 'jq-dangling']]);
    expect(dangling[0]!.message).toContain('does not exist in the audited account and Region');
  });

  it('honours the config file and baselines like lint does', async () => {
    const server = await batchServer();
    const dir = mkdtempSync(join(tmpdir(), 'batchlint-audit-config-'));
    const base = ['audit', '--region', 'eu-west-1', '--endpoint-url', server.url, '--format', 'json', '--fail-on', 'note'];
    const plain = (JSON.parse((await run(base, awsEnv(), dir)).stdout) as { findings: JsonFinding[] }).findings;
    const someRule = plain[0]!.ruleId;
    writeFileSync(join(dir, '.batchlint.yaml'), `rules:\n  ${someRule}: off\n`);
    const configured = (JSON.parse((await run(base, awsEnv(), dir)).stdout) as { findings: JsonFinding[] }).findings;
    expect(configured.some((f) => f.ruleId === someRule)).toBe(false);
    expect(configured.length).toBeGreaterThan(0);
    const written = await run([...base, '--write-baseline', 'baseline.json'], awsEnv(), dir);
    expect(written.code).toBe(0);
    const again = await run([...base, '--baseline', 'baseline.json'], awsEnv(), dir);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { findings: JsonFinding[] }).findings).toEqual([]);
    const broken = await run([...base, '--config', 'missing.yaml'], awsEnv(), dir);
    expect(broken.code).toBe(2);
  });

  it('never prints credentials or secret values, and keeps stderr free of the SDK\'s Node version warning', async () => {
    const server = await batchServer();
    const text = await run(['audit', '--region', 'us-east-1', '--endpoint-url', server.url]);
    const json = await run(['audit', '--region', 'us-east-1', '--endpoint-url', server.url, '--format', 'json']);
    for (const out of [text, json]) {
      expect(out.stderr).toBe('');
      for (const secret of [SECRET_KEY, ACCESS_KEY, PASSWORD]) expect(out.stdout).not.toContain(secret);
    }
    const sarif = await run(['audit', '--region', 'us-east-1', '--endpoint-url', server.url, '--format', 'sarif']);
    expect(sarif.stderr).toBe('');
    for (const secret of [SECRET_KEY, ACCESS_KEY, PASSWORD]) expect(sarif.stdout).not.toContain(secret);
    const results = (JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string }[] }[] }).runs[0]!.results;
    expect(results.some((r) => r.ruleId === 'privileged-container')).toBe(true);
    expect(text.stdout).toContain('arn:aws:batch:us-east-1:111111111111:job-definition/etl:3');
    expect(text.stdout).toMatch(/secret-in-environment/);
  });

  it('the SDK does print that warning on this Node when not silenced (so the check above means something)', async () => {
    const script = "import('@aws-sdk/client-batch').then(({ BatchClient }) => new BatchClient({ region: 'us-east-1' }))";
    const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, env: awsEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise((resolve) => child.on('close', resolve));
    const major = Number(process.versions.node.split('.')[0]);
    expect(stderr.includes('NodeVersionSupportWarning')).toBe(major < 22);
  });

  it('takes the region from the SDK chain, and a failing region is an error finding while the others complete', async () => {
    const server = await batchServer([{ region: 'eu-west-1', status: 403, errorType: 'AccessDeniedException', message: 'User is not authorized to perform: batch:DescribeComputeEnvironments', times: Infinity }]);
    const home = await run(['audit', '--endpoint-url', server.url, '--format', 'json'], awsEnv({ AWS_REGION: 'ap-southeast-2' }));
    expect(home.stderr).toBe('');
    expect(new Set(server.calls.map((c) => c.region))).toEqual(new Set(['ap-southeast-2']));
    // The latest etl revision runs privileged: an error, so the default --fail-on error fails the run.
    expect((JSON.parse(home.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toContain('privileged-container');
    expect(home.code).toBe(1);

    const failing = await run(['audit', '--region', 'eu-west-1', '--region', 'us-east-1', '--endpoint-url', server.url]);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/error\s+Cannot read AWS Batch in eu-west-1: AccessDeniedException: User is not authorized .*audit-read-failed/);
    expect(failing.stdout).toContain('arn:aws:batch:us-east-1:111111111111:job-definition/etl:3');
  });

  it('a Region that never answers costs a bounded time (--timeout) and is one finding; stderr carries no SDK warning', async () => {
    const server = await batchServer([{ region: 'eu-west-1', silent: true, times: Infinity }]);
    const out = await run(['audit', '--region', 'us-east-1,eu-west-1', '--endpoint-url', server.url, '--timeout', '1'], awsEnv({ AWS_MAX_ATTEMPTS: '2' }));
    expect(out.stderr).toBe('');
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/error\s+Cannot read AWS Batch in eu-west-1: TimeoutError: a request has exceeded the configured 1000 ms requestTimeout, after 2 attempts\. Nothing was read there\. Regions read completely: us-east-1; not at all: eu-west-1\./);
    expect(out.stdout).toContain('arn:aws:batch:us-east-1:111111111111:job-definition/etl:3');
    expect(new Set(server.calls.map((c) => c.operation))).toEqual(new Set(['DescribeComputeEnvironments', 'DescribeJobQueues', 'DescribeJobDefinitions', 'ListSchedulingPolicies', 'DescribeSchedulingPolicies']));
  });

  it('every fifth answer truncated: the same report as a clean run', async () => {
    const clean = await batchServer();
    const args = (url: string) => ['audit', '--region', 'us-east-1,eu-west-1', '--endpoint-url', url, '--format', 'json', '--fail-on', 'warning'];
    const expected = await run(args(clean.url));
    const garbled = await startBatchServer({ data: (region) => sampleAccount(region, '111111111111'), faults: [{ body: 'truncated', every: 5, times: Infinity }], pageSize: 1 });
    servers.push(garbled);
    const out = await run(args(garbled.url));
    expect(garbled.calls.filter((c) => c.fault === 'truncated').length).toBeGreaterThanOrEqual(4);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(expected.code);
    expect(out.stdout).toBe(expected.stdout);
  });

  it('assumes a role in each of --accounts through STS and reports per account', async () => {
    const sts = await startStsServer((roleArn) => (roleArn.includes('333333333333') ? undefined : { accessKeyId: `ASIA${roleArn.slice(13, 25)}00000`, secretAccessKey: 'assumed-secret-value-0001', sessionToken: 'assumed-session-token-0001' }));
    servers.push(sts);
    const server = await batchServer([], (key) => key.slice(4, 16));
    writeFileSync(join(TMP, 'accounts.txt'), '# audited nightly\n111111111111\n222222222222 333333333333\n');
    const out = await run(['audit', '--accounts', 'accounts.txt', '--role-name', 'BatchAudit', '--region', 'us-east-1', '--endpoint-url', server.url, '--format', 'json'], awsEnv({ AWS_ENDPOINT_URL_STS: sts.url }));
    expect(out.stderr).toBe('');
    expect(out.code).toBe(1);
    const findings = (JSON.parse(out.stdout) as { findings: JsonFinding[] }).findings;
    expect(new Set(findings.filter((f) => f.location.arn).map((f) => f.location.arn!.split(':')[4]))).toEqual(new Set(['111111111111', '222222222222']));
    expect(findings.filter((f) => f.ruleId === 'audit-read-failed').map((f) => f.message)).toEqual([
      expect.stringMatching(/^Cannot assume arn:aws:iam::333333333333:role\/BatchAudit: AccessDenied/),
    ]);
    expect(sts.calls.map((c) => c.roleArn).sort()).toEqual(['111111111111', '222222222222', '333333333333'].map((a) => `arn:aws:iam::${a}:role/BatchAudit`));
    expect(out.stdout).not.toMatch(/assumed-secret|assumed-session/);
  });

  it.each([
    [['--region', 'us-east-1', '--all-regions'], /--region and --all-regions exclude each other/],
    [['--region', 'useast1'], /--region: "useast1" is not a region code/],
    [['--region', 'us-east-1', '--accounts', '111111111111'], /--accounts needs --role-name or --role-arn-template/],
    [['--region', 'us-east-1', '--role-name', 'X'], /--role-name and --role-arn-template need --accounts/],
    [['--region', 'us-east-1', '--accounts', '111111111111', '--role-arn-template', 'arn:aws:iam::1:role/X'], /must contain \{account\}/],
    [['--region', 'us-east-1', '--accounts', 'missing.txt', '--role-name', 'X'], /--accounts: cannot read "missing.txt": ENOENT/],
    [['--region', 'us-east-1', '--endpoint-url', 'ftp://x'], /--endpoint-url: use an http/],
    [[], /no region: pass --region or --all-regions/],
    [['--region', 'us-east-1', '--timeout', 'soon'], /--timeout: a number of seconds from 0\.1 to 3600/],
    [['--region', 'us-east-1', '--region-timeout', '0'], /--region-timeout: a number of seconds from 0\.1 to 86400/],
  ])('usage error (exit 2) for %j', async (args, message) => {
    const out = await run(['audit', ...args]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stdout).toBe('');
  });

  it('exits 2 without credentials, and says so without inventing any', async () => {
    const env = awsEnv({ AWS_REGION: 'us-east-1' });
    delete env.AWS_ACCESS_KEY_ID;
    delete env.AWS_SECRET_ACCESS_KEY;
    const out = await run(['audit', '--endpoint-url', 'http://127.0.0.1:1'], env);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^batchlint: no usable AWS credentials/);
  });

  it('lint and --version do not load the AWS SDK', async () => {
    const script = `
      const { main } = await import(${JSON.stringify(join(ROOT, 'dist/src/cli/main.js'))});
      const io = { stdout: () => {}, stderr: () => {}, isTTY: false, env: process.env, cwd: ${JSON.stringify(ROOT)} };
      await main(['--version'], io);
      await main(['lint', 'examples', '--format', 'json'], io);
      const { createRequire } = await import('node:module');
      const loaded = Object.keys(createRequire(import.meta.url).cache).filter((k) => k.includes('@aws-sdk'));
      console.log(JSON.stringify(loaded));`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env: awsEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    await new Promise((resolve) => child.on('close', resolve));
    expect(JSON.parse(stdout)).toEqual([]);
  });
});

describe('progress', () => {
  const saved: Record<string, string | undefined> = {};
  beforeAll(() => {
    for (const [k, v] of Object.entries(awsEnv())) if (k.startsWith('AWS_')) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
  });
  afterAll(() => {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  });

  async function inProcess(isTTY: boolean, url: string): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY, env: { NO_COLOR: '1' }, cwd: TMP };
    const code = await main(['audit', '--region', 'us-east-1,us-west-2', '--endpoint-url', url, '--fail-on', 'none'], io);
    return { code, stdout, stderr };
  }

  it('shows regions and resources read on a terminal, and nothing otherwise', async () => {
    const server = await batchServer();
    const tty = await inProcess(true, server.url);
    expect(tty.code).toBe(0);
    // Read, not linted: 2 regions x (3 environments + 3 queues + 4 ACTIVE revisions + 3 policies).
    expect(tty.stderr).toContain('\r\x1b[2Kaudit: 2/2 regions, 26 resources read');
    expect(tty.stderr.endsWith('\r\x1b[2K')).toBe(true);
    const piped = await inProcess(false, server.url);
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toBe(tty.stdout);
  });
});
