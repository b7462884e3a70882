// A loopback server speaking the AWS Batch restJson1 protocol for the five read operations the
// audit uses (POST /v1/<operation lowercased>, JSON in and out, errors named by x-amzn-errortype),
// so the real BatchClient can be pointed at it with `endpoint`. It pages in small pages with
// nextToken, injects faults (throttling and server errors, truncated or malformed bodies, slow and
// silent answers), and records every call with its signature.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Json = Record<string, unknown>;

export interface BatchAccountData {
  computeEnvironments?: Json[];
  jobQueues?: Json[];
  jobDefinitions?: Json[];
  schedulingPolicies?: Json[];
}

export interface RecordedCall {
  operation: string;
  /** The fault applied to this call, if any (`status`, `truncated`, `malformed`, `delay`, `silent`). */
  fault?: string;
  path: string;
  /** From the SigV4 credential scope of the authorization header. */
  region?: string;
  accessKeyId?: string;
  authorization?: string;
  securityToken?: string;
  body: Json;
  status: number;
}

/**
 * One injected fault. Either an error answer (`status` + `errorType`), or a 200 whose body is cut
 * short or is not JSON (`body`), or an answer held back (`delayMs`: then answered normally; `silent`:
 * never answered, the connection stays open until the server closes).
 */
export interface Fault {
  /** Operation name (DescribeJobDefinitions...) or any operation when omitted. */
  operation?: string;
  region?: string;
  status?: number;
  errorType?: string;
  message?: string;
  /** `truncated`: the real answer cut in the middle of a string; `malformed`: an HTML page with status 200. */
  body?: 'truncated' | 'malformed';
  delayMs?: number;
  silent?: boolean;
  /** The first `after` matching calls are answered normally (default 0). */
  after?: number;
  /** Only every n-th matching call (the 5th, 10th...) is hit; every matching call when omitted. */
  every?: number;
  /** How many matching calls fail; Infinity for every one. */
  times: number;
}

export interface BatchServerOptions {
  /** What the account behind an access key holds in a region. */
  data(region: string, accessKeyId: string): BatchAccountData;
  /** Items per page, whatever maxResults asks (default 2: always fewer than the client's maxResults). */
  pageSize?: number;
  faults?: Fault[];
}

export interface BatchServer {
  url: string;
  calls: RecordedCall[];
  close(): Promise<void>;
}

const OPERATIONS: Record<string, string> = {
  '/v1/describecomputeenvironments': 'DescribeComputeEnvironments',
  '/v1/describejobqueues': 'DescribeJobQueues',
  '/v1/describejobdefinitions': 'DescribeJobDefinitions',
  '/v1/listschedulingpolicies': 'ListSchedulingPolicies',
  '/v1/describeschedulingpolicies': 'DescribeSchedulingPolicies',
};

/** `AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/batch/aws4_request, SignedHeaders=..., Signature=...` */
export function credentialScope(authorization: string | undefined): { accessKeyId?: string; region?: string; service?: string } {
  const m = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(authorization ?? '');
  return m ? { accessKeyId: m[1], region: m[2], service: m[3] } : {};
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: Json, errorType?: string): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'x-amzn-requestid': `req-${Math.random().toString(16).slice(2)}`,
    ...(errorType ? { 'x-amzn-errortype': errorType } : {}),
  });
  res.end(JSON.stringify(body));
}

function page(items: Json[], body: Json, op: string, pageSize: number): { items: Json[]; nextToken?: string } {
  const max = typeof body.maxResults === 'number' ? body.maxResults : 100;
  const size = Math.min(max, pageSize);
  let offset = 0;
  if (typeof body.nextToken === 'string') {
    const decoded = JSON.parse(Buffer.from(body.nextToken, 'base64url').toString('utf8')) as { op: string; offset: number };
    if (decoded.op !== op) throw new Error('token of another operation');
    offset = decoded.offset;
  }
  const slice = items.slice(offset, offset + size);
  const next = offset + size < items.length ? Buffer.from(JSON.stringify({ op, offset: offset + size })).toString('base64url') : undefined;
  return next ? { items: slice, nextToken: next } : { items: slice };
}

function byNameOrArn(items: Json[], wanted: unknown, nameKey: string, arnKey: string): Json[] {
  if (!Array.isArray(wanted) || wanted.length === 0) return items;
  return items.filter((i) => wanted.includes(i[nameKey]) || wanted.includes(i[arnKey]));
}

export async function startBatchServer(options: BatchServerOptions): Promise<BatchServer> {
  const calls: RecordedCall[] = [];
  const faults = (options.faults ?? []).map((f) => ({ ...f, seen: 0 }));
  const pageSize = options.pageSize ?? 2;
  /** Answers held back forever by a `silent` fault, ended when the server closes. */
  const held = new Set<ServerResponse>();

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const path = (req.url ?? '').split('?')[0] ?? '';
      const operation = OPERATIONS[path] ?? `UNKNOWN ${req.method} ${path}`;
      const authorization = req.headers.authorization;
      const { accessKeyId, region } = credentialScope(authorization);
      let body: Json = {};
      try {
        body = raw === '' ? {} : (JSON.parse(raw) as Json);
      } catch {
        body = { unparsable: raw };
      }
      const call: RecordedCall = { operation, path, body, status: 200, ...(region ? { region } : {}), ...(accessKeyId ? { accessKeyId } : {}), ...(authorization ? { authorization } : {}) };
      const token = req.headers['x-amz-security-token'];
      if (typeof token === 'string') call.securityToken = token;
      calls.push(call);
      const fail = (status: number, type: string, message: string): void => {
        call.status = status;
        send(res, status, { message }, type);
      };

      if (req.method !== 'POST' || !OPERATIONS[path]) return fail(404, 'UnknownOperationException', 'not an operation this server knows');
      if (!authorization || !accessKeyId || !region) return fail(403, 'MissingAuthenticationTokenException', 'unsigned request');
      const fault = faults.find((f) => {
        if (f.times <= 0 || (f.operation && f.operation !== operation) || (f.region && f.region !== region)) return false;
        f.seen++;
        const n = f.seen - (f.after ?? 0);
        return n > 0 && (f.every === undefined || n % f.every === 0);
      });
      if (fault) fault.times--;
      if (fault?.status !== undefined) {
        call.fault = 'status';
        const type = fault.errorType ?? 'ServerException';
        return fail(fault.status, type, fault.message ?? `${type} injected by the test`);
      }
      if (fault?.silent) {
        call.fault = 'silent';
        held.add(res);
        return;
      }
      if (fault?.delayMs !== undefined) {
        call.fault = 'delay';
        await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      }

      const answer = (status: number, out: Json): void => {
        if (fault?.body === undefined) return send(res, status, out);
        call.fault = fault.body;
        const text = JSON.stringify(out);
        // Cut inside the first string value after the opening brace, as a dropped connection or a
        // proxy's size limit would leave it: "Unterminated string" for JSON.parse.
        const cut = fault.body === 'truncated' ? text.slice(0, Math.max(text.indexOf('"', text.indexOf(':')) + 2, 3)) : '<html><body>502 Bad Gateway</body></html>';
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(cut) });
        res.end(cut);
      };

      const data = options.data(region, accessKeyId);
      switch (operation) {
        case 'DescribeComputeEnvironments': {
          const p = page(byNameOrArn(data.computeEnvironments ?? [], body.computeEnvironments, 'computeEnvironmentName', 'computeEnvironmentArn'), body, operation, pageSize);
          return answer(200, { computeEnvironments: p.items, ...(p.nextToken ? { nextToken: p.nextToken } : {}) });
        }
        case 'DescribeJobQueues': {
          const p = page(byNameOrArn(data.jobQueues ?? [], body.jobQueues, 'jobQueueName', 'jobQueueArn'), body, operation, pageSize);
          return answer(200, { jobQueues: p.items, ...(p.nextToken ? { nextToken: p.nextToken } : {}) });
        }
        case 'DescribeJobDefinitions': {
          let items = data.jobDefinitions ?? [];
          if (typeof body.status === 'string') items = items.filter((jd) => jd.status === body.status);
          if (typeof body.jobDefinitionName === 'string') items = items.filter((jd) => jd.jobDefinitionName === body.jobDefinitionName);
          const p = page(items, body, operation, pageSize);
          return answer(200, { jobDefinitions: p.items, ...(p.nextToken ? { nextToken: p.nextToken } : {}) });
        }
        case 'ListSchedulingPolicies': {
          const p = page((data.schedulingPolicies ?? []).map((sp) => ({ arn: sp.arn })), body, operation, pageSize);
          return answer(200, { schedulingPolicies: p.items, ...(p.nextToken ? { nextToken: p.nextToken } : {}) });
        }
        case 'DescribeSchedulingPolicies': {
          const arns = Array.isArray(body.arns) ? body.arns : [];
          if (arns.length === 0 || arns.length > 100) return fail(400, 'ClientException', 'arns: between 1 and 100 entries');
          return answer(200, { schedulingPolicies: (data.schedulingPolicies ?? []).filter((sp) => arns.includes(sp.arn)) });
        }
      }
    })().catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { message: String(error) }, 'ServerException');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * A small account in real describe shapes: more of each kind than one page holds, three ACTIVE
 * revisions of one job definition (the latest privileged), an INACTIVE revision that must never be
 * read, a compute environment that keeps instances running, and a password in a connection string.
 */
export function sampleAccount(region: string, account: string): BatchAccountData {
  const arn = (kind: string, name: string): string => `arn:aws:batch:${region}:${account}:${kind}/${name}`;
  const container = (extra: Json): Json => ({
    image: `${account}.dkr.ecr.${region}.amazonaws.com/etl:1`,
    command: ['python', 'run.py'],
    jobRoleArn: `arn:aws:iam::${account}:role/etl-job`,
    executionRoleArn: `arn:aws:iam::${account}:role/etl-exec`,
    resourceRequirements: [
      { type: 'VCPU', value: '2' },
      { type: 'MEMORY', value: '4096' },
    ],
    environment: [{ name: 'DATABASE_URL', value: 'postgres://etl:Hunter2-not-a-real-password@db.internal:5432/etl' }],
    volumes: [],
    mountPoints: [],
    ulimits: [],
    secrets: [],
    ...extra,
  });
  const jobDefinition = (name: string, revision: number, status: string, extra: Json): Json => ({
    jobDefinitionName: name,
    jobDefinitionArn: arn('job-definition', `${name}:${revision}`),
    revision,
    status,
    type: 'container',
    parameters: {},
    retryStrategy: { attempts: 3, evaluateOnExit: [{ onStatusReason: 'Host EC2*', action: 'RETRY' }, { onReason: '*', action: 'EXIT' }] },
    timeout: { attemptDurationSeconds: 3600 },
    containerProperties: container(extra),
    tags: {},
    propagateTags: false,
    platformCapabilities: ['EC2'],
    containerOrchestrationType: 'ECS',
  });
  const computeEnvironment = (name: string, minvCpus: number): Json => ({
    computeEnvironmentName: name,
    computeEnvironmentArn: arn('compute-environment', name),
    ecsClusterArn: `arn:aws:ecs:${region}:${account}:cluster/AWSBatch-${name}`,
    tags: {},
    type: 'MANAGED',
    state: 'ENABLED',
    status: 'VALID',
    statusReason: 'ComputeEnvironment Healthy',
    computeResources: {
      type: 'EC2',
      allocationStrategy: 'BEST_FIT_PROGRESSIVE',
      minvCpus,
      maxvCpus: 256,
      desiredvCpus: minvCpus,
      instanceTypes: ['m6i', 'c6i'],
      subnets: ['subnet-0abc'],
      securityGroupIds: ['sg-0abc'],
      instanceRole: `arn:aws:iam::${account}:instance-profile/ecsInstanceRole`,
      tags: {},
      launchTemplate: { launchTemplateName: 'batch-lt', version: '$Latest' },
      ec2Configuration: [{ imageType: 'ECS_AL2023' }],
    },
    serviceRole: `arn:aws:iam::${account}:role/aws-service-role/batch.amazonaws.com/AWSServiceRoleForBatch`,
    updatePolicy: { terminateJobsOnUpdate: false, jobExecutionTimeoutMinutes: 30 },
    containerOrchestrationType: 'ECS',
    uuid: '00000000-0000-0000-0000-000000000001',
  });
  const jobQueue = (name: string, environments: string[]): Json => ({
    jobQueueName: name,
    jobQueueArn: arn('job-queue', name),
    state: 'ENABLED',
    status: 'VALID',
    statusReason: 'JobQueue Healthy',
    priority: 1,
    computeEnvironmentOrder: environments.map((ce, i) => ({ order: i + 1, computeEnvironment: arn('compute-environment', ce) })),
    tags: {},
    jobQueueType: 'ECS',
    jobStateTimeLimitActions: [{ reason: 'CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY', state: 'RUNNABLE', maxTimeSeconds: 1800, action: 'CANCEL' }],
  });
  const policy = (name: string): Json => ({
    name,
    arn: arn('scheduling-policy', name),
    fairsharePolicy: { shareDecaySeconds: 3600, computeReservation: 10, shareDistribution: [{ shareIdentifier: 'team', weightFactor: 1 }] },
    tags: {},
  });
  return {
    computeEnvironments: [computeEnvironment('ce-a', 0), computeEnvironment('ce-b', 0), computeEnvironment('ce-always-on', 16)],
    jobQueues: [jobQueue('jq-a', ['ce-a']), jobQueue('jq-b', ['ce-b']), jobQueue('jq-c', ['ce-a', 'ce-always-on'])],
    jobDefinitions: [
      jobDefinition('etl', 2, 'ACTIVE', {}),
      jobDefinition('retired', 1, 'INACTIVE', { privileged: true }),
      jobDefinition('etl', 3, 'ACTIVE', { privileged: true }),
      jobDefinition('report', 1, 'ACTIVE', {}),
      jobDefinition('etl', 1, 'ACTIVE', {}),
    ],
    schedulingPolicies: [policy('fair-a'), policy('fair-b'), policy('fair-c')],
  };
}
