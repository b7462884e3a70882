// `batchlint cost` and `batchlint pricing update` as users run them: the built CLI as a process,
// report formats, usage errors, and the live paths against loopback AWS endpoints (the SDK's own
// AWS_ENDPOINT_URL_PRICING / AWS_ENDPOINT_URL_EC2 variables point it there).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCliAsync } from './helpers/cli.js';
import { startPricingServer, type PricingServer } from './helpers/pricing-server.js';
import { startEc2Server, type Ec2Server, type SpotRecord } from './helpers/ec2-server.js';

const work = mkdtempSync(join(tmpdir(), 'batchlint-cost-cli-'));
const PRICES = JSON.parse(readFileSync(join(ROOT, 'data/price-catalog.json'), 'utf8')) as { date: string; ec2: { onDemand: Record<string, Record<string, number>> } };
const M5_LARGE = PRICES.ec2.onDemand['us-east-1']!['m5.large']!;

const CONFIG = {
  jobDefinitions: [
    {
      jobDefinitionName: 'etl',
      type: 'container',
      containerProperties: { image: 'x', resourceRequirements: [{ type: 'VCPU', value: '2' }, { type: 'MEMORY', value: '4096' }] },
      timeout: { attemptDurationSeconds: 1800 },
      retryStrategy: { attempts: 3, evaluateOnExit: [{ onStatusReason: 'Host EC2*', action: 'RETRY' }, { onReason: '*', action: 'EXIT' }] },
    },
  ],
  computeEnvironments: [
    { computeEnvironmentName: 'od', type: 'MANAGED', computeResources: { type: 'EC2', minvCpus: 0, maxvCpus: 64, instanceTypes: ['m5.large'], subnets: ['s'], instanceRole: 'r' } },
    { computeEnvironmentName: 'spot', type: 'MANAGED', computeResources: { type: 'SPOT', allocationStrategy: 'SPOT_PRICE_CAPACITY_OPTIMIZED', minvCpus: 0, maxvCpus: 64, instanceTypes: ['m5.large'], subnets: ['s'], instanceRole: 'r' } },
  ],
  jobQueues: [{ jobQueueName: 'q', priority: 1, computeEnvironmentOrder: [{ order: 1, computeEnvironment: 'spot' }, { order: 2, computeEnvironment: 'od' }] }],
};
writeFileSync(join(work, 'batch.json'), JSON.stringify(CONFIG));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('batchlint cost', () => {
  it('JSON: the documented shape, figures from the catalog, the catalog named', async () => {
    const r = await runCliAsync(['cost', 'batch.json', '--no-config', '--duration', '30m', '--jobs-per-month', '200', '--array-size', '5', '-f', 'json'], { cwd: work });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { catalog: { source: string; date: string }; estimates: Record<string, unknown>[]; recommendations: { kind: string }[] };
    expect(report.catalog.date).toBe(PRICES.date);
    expect(report.estimates.map((e) => [e.computeEnvironment, e.capacity])).toEqual([['spot', 'spot'], ['od', 'on-demand']]);
    const od = report.estimates[1]!;
    expect(Object.keys(od).slice(0, 12)).toEqual(['jobDefinition', 'jobQueue', 'computeEnvironment', 'region', 'capacity', 'instanceType', 'jobsPerInstance', 'durationSeconds', 'costPerJobUsd', 'worstCasePerSubmissionUsd', 'monthlyUsd', 'allocationStrategy']);
    expect(od).toMatchObject({ jobDefinition: 'etl', jobQueue: 'q', region: 'us-east-1', instanceType: 'm5.large', jobsPerInstance: 1, durationSeconds: 1800 });
    expect(od.costPerJobUsd as number).toBeCloseTo(M5_LARGE / 2, 6);
    expect(od.worstCasePerSubmissionUsd as number).toBeCloseTo((M5_LARGE / 2) * 3 * 5, 6);
    expect(od.monthlyUsd as number).toBeCloseTo((M5_LARGE / 2) * 5 * 200, 4);
    expect(report.recommendations.map((x) => x.kind)).toContain('use-spot');
  });

  it('text and Markdown show the table, the notes, the recommendations and the catalog date', async () => {
    const text = await runCliAsync(['cost', 'batch.json', '--no-config', '--duration', '30m'], { cwd: work });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Cost estimate \(prices: .*2026-07-20\)/);
    expect(text.stdout).toMatch(/etl\s+q\s+od\s+on-demand m5\.large\s+1\s+30m\s+\$0\.048/);
    expect(text.stdout).toContain('Recommendations:');
    expect(text.stdout).toMatch(/estimate: On-Demand less the typical/);
    const md = await runCliAsync(['cost', 'batch.json', '--no-config', '--duration', '30m', '--format', 'markdown'], { cwd: work });
    expect(md.stdout).toMatch(/^## batchlint cost estimate/);
    expect(md.stdout).toContain('| job definition | queue | environment | capacity |');
    expect(md.stdout).toMatch(/\| etl \| q \| od \| on-demand m5\.large \| 1 \| 30m \| \$0\.048 \|/);
    expect(md.stdout).toContain('### Recommendations');
  });

  it.each([
    [['--duration', 'soon'], /--duration must be like 90s/],
    [['--array-size', '0'], /--array-size must be 1 to 10000/],
    [['--jobs-per-month', '-3'], /--jobs-per-month must be a number/],
    [['--refresh-pricing'], /--refresh-pricing needs --live-pricing/],
    [['--catalog', 'missing.json'], /cannot read price catalog "[^"]*missing\.json": ENOENT/],
  ])('usage error for %j', async (args, message) => {
    const r = await runCliAsync(['cost', 'batch.json', '--no-config', ...args], { cwd: work });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('live pricing through the CLI', () => {
  let pricing: PricingServer;
  let ec2: Ec2Server;
  let cacheHome: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    const item = JSON.parse(readFileSync(join(ROOT, 'fixtures/pricing-api/ec2-getproducts-priceitem-m5.large-us-east-1.json'), 'utf8')) as { product: { attributes: Record<string, string> }; terms: { OnDemand: Record<string, { priceDimensions: Record<string, { pricePerUnit: { USD: string } }> }> } };
    item.product.attributes.regionCode = 'us-east-1';
    for (const t of Object.values(item.terms.OnDemand)) for (const d of Object.values(t.priceDimensions)) d.pricePerUnit.USD = '0.1000000000';
    const fargate = (JSON.parse(readFileSync(join(ROOT, 'fixtures/pricing-api/ecs-fargate-getproducts-response-us-east-1.json'), 'utf8')) as { PriceList: string[] }).PriceList.map((s) => JSON.parse(s) as { product: { attributes: Record<string, string> } });
    pricing = await startPricingServer([item, ...fargate], { pageSize: 3 });
    const spot: SpotRecord[] = [
      { AvailabilityZone: 'us-east-1a', InstanceType: 'm5.large', ProductDescription: 'Linux/UNIX', SpotPrice: '0.030000', Timestamp: '2026-11-25T01:00:00Z' },
      { AvailabilityZone: 'us-east-1b', InstanceType: 'm5.large', ProductDescription: 'Linux/UNIX', SpotPrice: '0.040000', Timestamp: '2026-11-25T02:00:00Z' },
      { AvailabilityZone: 'us-east-1b', InstanceType: 'm5.large', ProductDescription: 'Linux/UNIX', SpotPrice: '0.090000', Timestamp: '2026-11-20T02:00:00Z' },
    ];
    ec2 = await startEc2Server(spot, { pageSize: 2 });
    cacheHome = mkdtempSync(join(tmpdir(), 'batchlint-cli-cache-'));
    env = { AWS_ENDPOINT_URL_PRICING: pricing.url, AWS_ENDPOINT_URL_EC2: ec2.url, AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_REGION: 'us-east-1', XDG_CACHE_HOME: cacheHome, AWS_CONFIG_FILE: join(cacheHome, 'none'), AWS_SHARED_CREDENTIALS_FILE: join(cacheHome, 'none'),
      // Unset, so the test shows batchlint itself keeps the SDK's Node-version warning off stderr.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: undefined };
  });
  afterAll(async () => {
    await pricing.close();
    await ec2.close();
    rmSync(cacheHome, { recursive: true, force: true });
  });

  it('--live-pricing prices from the APIs, caches them, and keeps stderr free of SDK warnings', async () => {
    const r = await runCliAsync(['cost', 'batch.json', '--no-config', '--duration', '30m', '--live-pricing', '-f', 'json'], { cwd: work, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { catalog: { source: string }; estimates: { capacity: string; costPerJobUsd: number; priceBasis: string }[] };
    expect(report.catalog.source).toMatch(/^AWS Price List Query API .*\(live\)/);
    const [spot, od] = report.estimates;
    expect(od).toMatchObject({ capacity: 'on-demand', costPerJobUsd: 0.05, priceBasis: 'on-demand-list' }); // $0.10/h x 30 min
    // Latest per zone: 0.03 (1a) and 0.04 (1b, not the older 0.09); the highest zone prices the job.
    expect(spot).toMatchObject({ capacity: 'spot', costPerJobUsd: 0.02, priceBasis: 'spot-market' }); // $0.04/h x 30 min
    const requests = pricing.requests.length;
    const again = await runCliAsync(['cost', 'batch.json', '--no-config', '--live-pricing', '-f', 'json'], { cwd: work, env });
    expect(again.code).toBe(0);
    expect(pricing.requests.length).toBe(requests);
    await runCliAsync(['cost', 'batch.json', '--no-config', '--live-pricing', '--refresh-pricing', '-f', 'json'], { cwd: work, env });
    expect(pricing.requests.length).toBeGreaterThan(requests);
  });

  it('pricing update writes a catalog that cost --catalog uses offline', async () => {
    const r = await runCliAsync(['pricing', 'update', '--region', 'us-east-1', '--output', 'prices.json'], { cwd: work, env });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^wrote prices\.json: 1 On-Demand and 1 Spot prices, Fargate in 1 region\(s\)\n$/);
    const catalog = JSON.parse(readFileSync(join(work, 'prices.json'), 'utf8')) as { format: string; ec2: { onDemand: unknown; spot: Record<string, Record<string, { zones: object }>> } };
    expect(catalog.format).toBe('batchlint-price-catalog/1');
    expect(catalog.ec2.onDemand).toEqual({ 'us-east-1': { 'm5.large': 0.1 } });
    expect(catalog.ec2.spot['us-east-1']!['m5.large']!.zones).toEqual({ 'us-east-1a': 0.03, 'us-east-1b': 0.04 });
    const offline = await runCliAsync(['cost', 'batch.json', '--no-config', '--duration', '30m', '--catalog', 'prices.json', '-f', 'json'], { cwd: work, env: { AWS_ENDPOINT_URL_PRICING: 'http://127.0.0.1:9' } });
    expect(offline.code).toBe(0);
    const report = JSON.parse(offline.stdout) as { estimates: { costPerJobUsd: number }[] };
    expect(report.estimates.map((e) => e.costPerJobUsd)).toEqual([0.02, 0.05]);
  });

  it('a region that is not a region code is a usage error', async () => {
    const r = await runCliAsync(['pricing', 'update', '--region', 'Virginia'], { cwd: work, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"Virginia" is not a region code/);
  });
});

describe('Fargate outside us-east-1', () => {
  it('is priced at the estimated regional rate (us-east-1 x the Region\'s EC2 ratio), labelled an estimate', async () => {
    const { runInProcess } = await import('./helpers/in-process-cli.js');
    const r = await runInProcess(ROOT, ['cost', 'fixtures/cost/fargate-eu-west-1.yaml', '--region', 'eu-west-1', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { estimates: { priceBasis: string | null; costPerJobUsd: number | null; notes: string[] }[] };
    const [row] = report.estimates;
    expect(row?.priceBasis).toBe('fargate-estimate');
    // 10 minutes (the timeout) of 1 vCPU and 2 GiB at us-east-1 x 1.1294: (0.04048 + 2 x 0.004445) x 1.1294 / 6.
    expect(row?.costPerJobUsd).toBeCloseTo(((0.04048 + 2 * 0.004445) * 1.1294) / 6, 4);
    expect(row?.notes.join('\n')).toMatch(/estimate: no listed Fargate rate for eu-west-1 .* x 1\.1294/);
  });
});

describe('lint and cost read the same prices', () => {
  it('--catalog F prices the cost rules of lint as it prices cost', async () => {
    const { runInProcess } = await import('./helpers/in-process-cli.js');
    // m5.4xlarge at $2/h in the file (the bundled catalog says $0.768): the idle floor of minvCpus 16 is one of them.
    const args = ['examples/compute.yaml', '--catalog', 'fixtures/cost/m5-price-catalog.json'];
    const lint = await runInProcess(ROOT, ['lint', ...args, '--rule', 'min-vcpus-always-on', '--format', 'json']);
    const finding = (JSON.parse(lint.stdout) as { findings: { message: string }[] }).findings[0]!;
    expect(finding.message).toContain('at least $1,460 a month: 1 x m5.4xlarge');
    const cost = await runInProcess(ROOT, ['cost', ...args, '--format', 'json']);
    const floors = (JSON.parse(cost.stdout) as { idleFloors: { computeEnvironment: string; instanceType: string | null; monthlyUsd: number | null }[] }).idleFloors;
    expect(floors.find((f) => f.computeEnvironment === 'ondemand-ce')).toMatchObject({ instanceType: 'm5.4xlarge', monthlyUsd: 1460 });
    // Without the file both use the bundled price.
    const bundled = await runInProcess(ROOT, ['lint', 'examples/compute.yaml', '--rule', 'min-vcpus-always-on', '--format', 'json']);
    expect(bundled.stdout).toContain('at least $560.64 a month');
  });

  it('a --catalog file that is not a price catalog is a usage error for lint too', async () => {
    const { runInProcess } = await import('./helpers/in-process-cli.js');
    const r = await runInProcess(ROOT, ['lint', 'examples/compute.yaml', '--catalog', 'package.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^batchlint: /);
  });
});
