// The resource graph: references by name, ARN and template logical id; scheduling policies; and
// which queues a job definition goes to (config workloads, templates, else by platform).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { LintModel } from '../dist/src/graph/lint-model.js';
import { refersTo, regionOfArn } from '../dist/src/graph/resource-reference.js';
import { ROOT } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'batchlint-graph-'));
async function load(text: unknown, options: Record<string, unknown> = {}) {
  const file = join(dir, `in-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(text));
  return lintPaths([file], { cwd: dir, rules: [], ...options });
}

const ARN = 'arn:aws:batch:eu-west-1:123456789012';
const input = {
  jobDefinitions: [
    { jobDefinitionName: 'etl', revision: 1, jobDefinitionArn: `${ARN}:job-definition/etl:1`, type: 'container', containerProperties: { image: 'x' } },
    { jobDefinitionName: 'etl', revision: 2, jobDefinitionArn: `${ARN}:job-definition/etl:2`, type: 'container', containerProperties: { image: 'x' } },
    { jobDefinitionName: 'web', type: 'container', platformCapabilities: ['FARGATE'], containerProperties: { image: 'x' } },
    { jobDefinitionName: 'pod', type: 'container', eksProperties: { podProperties: { containers: [{ image: 'x' }] } } },
  ],
  computeEnvironments: [
    { computeEnvironmentName: 'ec2', computeEnvironmentArn: `${ARN}:compute-environment/ec2`, type: 'MANAGED', computeResources: { type: 'EC2', maxvCpus: 4 } },
    { computeEnvironmentName: 'fg', type: 'MANAGED', computeResources: { type: 'FARGATE', maxvCpus: 4 } },
    { computeEnvironmentName: 'eks', type: 'MANAGED', eksConfiguration: { eksClusterArn: 'arn:aws:eks:eu-west-1:1:cluster/c', kubernetesNamespace: 'b' }, computeResources: { type: 'EC2', maxvCpus: 4 } },
  ],
  jobQueues: [
    { jobQueueName: 'by-arn', priority: 1, schedulingPolicyArn: `${ARN}:scheduling-policy/fair`, computeEnvironmentOrder: [{ order: 2, computeEnvironment: `${ARN}:compute-environment/ec2` }, { order: 1, computeEnvironment: 'missing' }] },
    { jobQueueName: 'by-name', priority: 1, computeEnvironmentOrder: [{ order: 1, computeEnvironment: 'ec2' }] },
    { jobQueueName: 'fargate', priority: 1, computeEnvironmentOrder: [{ order: 1, computeEnvironment: 'fg' }] },
    { jobQueueName: 'kube', priority: 1, computeEnvironmentOrder: [{ order: 1, computeEnvironment: 'eks' }] },
  ],
  schedulingPolicies: [{ name: 'fair', arn: `${ARN}:scheduling-policy/fair`, fairsharePolicy: {} }],
};

describe('references', () => {
  it('match by name, ARN, name:revision and ARN without revision', async () => {
    const { model } = await load(input);
    const [etl1, etl2] = model.byKind.jobDefinition;
    expect(refersTo('etl', etl1!)).toBe(true);
    expect(refersTo('etl:2', etl1!)).toBe(false);
    expect(refersTo(`${ARN}:job-definition/etl`, etl2!)).toBe(true);
    expect(model.graph.resolveJobDefinition('etl')).toBe(etl2); // latest revision
    expect(model.graph.resolveJobDefinition('etl:1')).toBe(etl1);
    expect(regionOfArn(`${ARN}:job-queue/q`)).toBe('eu-west-1');
  });

  it('link queues to environments in order, by ARN or name, and keep unresolved ones', async () => {
    const { model } = await load(input);
    const [byArn, byName] = model.graph.queues;
    expect(byArn!.environments.map((l) => [l.order, l.reference, l.environment?.name])).toEqual([[1, 'missing', undefined], [2, `${ARN}:compute-environment/ec2`, 'ec2']]);
    expect(byName!.environments[0]!.environment?.name).toBe('ec2');
    expect(byArn!.policy?.policy?.name).toBe('fair');
    expect(model.graph.queuesUsing(model.byKind.computeEnvironment[0]!).map((q) => q.queue.name)).toEqual(['by-arn', 'by-name']);
  });

  it('link template resources by logical id (Ref) and read Step Functions pairings', async () => {
    const result = await lintPaths(['fixtures/platform-mismatch/bad/step-functions-fargate-on-ec2.yaml'], { cwd: ROOT, rules: [] });
    const graph = result.model.graph;
    expect(graph.queues[0]!.environments[0]!.environment?.name).toBe('ec2-env');
    expect(graph.declaredPairings.map((p) => [p.jobDefinition.name, p.queue.queue.name, p.origin])).toEqual([['fargate-job', 'ec2-queue', 'step-functions']]);
  });
});

describe('pairings', () => {
  it('without declarations: every queue of the job definition\'s platform', async () => {
    const { model } = await load(input);
    const queuesOf = (name: string) => model.graph.pairingsOf(model.graph.resolveJobDefinition(name)!).map((p) => `${p.queue.queue.name}:${p.origin}`);
    expect(queuesOf('etl')).toEqual(['by-arn:platform', 'by-name:platform']);
    expect(queuesOf('web')).toEqual(['fargate:platform']);
    expect(queuesOf('pod')).toEqual(['kube:platform']);
  });

  it('a config workload applies to every file that defines the job definition, at its latest revision', async () => {
    const sub = mkdtempSync(join(tmpdir(), 'batchlint-graph-workload-'));
    const jd = (revision: number) => ({ jobDefinitionName: 'etl', revision, type: 'container', containerProperties: { image: 'x' } });
    writeFileSync(join(sub, 'dev.json'), JSON.stringify({ jobDefinitions: [jd(1), jd(2)], computeEnvironments: [{ computeEnvironmentName: 'ce', type: 'MANAGED', computeResources: { type: 'EC2', maxvCpus: 4 } }], jobQueues: [{ jobQueueName: 'q', priority: 1, computeEnvironmentOrder: [{ order: 1, computeEnvironment: 'ce' }] }, { jobQueueName: 'other', priority: 1, computeEnvironmentOrder: [{ order: 1, computeEnvironment: 'ce' }] }] }));
    writeFileSync(join(sub, 'prod.json'), JSON.stringify({ jobDefinitions: [jd(7)] }));
    const { model } = await lintPaths(['.'], { cwd: sub, rules: [], pairings: [{ jobDefinition: 'etl', jobQueue: 'q', origin: 'config' }] });
    const paired = model.graph.declaredPairings.map((p) => `${p.jobDefinition.source.document.file}:${p.jobDefinition.name}->${p.queue.queue.name}`).sort();
    expect(paired).toEqual(['dev.json:etl:2->q', 'prod.json:etl:7->q']);
    // etl:1 is an older revision: SubmitJob by name takes the latest, so it is not paired.
    const old = model.byKind.jobDefinition.find((r) => r.name === 'etl:1')!;
    expect(model.graph.pairingsOf(old).map((p) => p.origin)).toEqual(['platform', 'platform']);
  });

  it('never pair or link across Regions or accounts (a multi-Region audit bundle)', async () => {
    const arn = (region: string, account: string, rest: string) => `arn:aws:batch:${region}:${account}:${rest}`;
    const region = (name: string, r: string, account = '111111111111') => ({
      jobDefinitions: [{ jobDefinitionName: 'etl', revision: 3, jobDefinitionArn: arn(r, account, 'job-definition/etl:3'), type: 'container', containerProperties: { image: 'x' } }],
      computeEnvironments: [{ computeEnvironmentName: 'ce', computeEnvironmentArn: arn(r, account, 'compute-environment/ce'), type: 'MANAGED', computeResources: { type: 'EC2', maxvCpus: 4 } }],
      jobQueues: [{ jobQueueName: name, jobQueueArn: arn(r, account, `job-queue/${name}`), priority: 1, computeEnvironmentOrder: [{ order: 1, computeEnvironment: 'ce' }] }],
    });
    const a = region('q-us', 'us-east-1');
    const b = region('q-eu', 'eu-west-1');
    const c = region('q-other-account', 'us-east-1', '222222222222');
    const { model } = await load({
      jobDefinitions: [...a.jobDefinitions, ...b.jobDefinitions, ...c.jobDefinitions],
      computeEnvironments: [...a.computeEnvironments, ...b.computeEnvironments, ...c.computeEnvironments],
      jobQueues: [...a.jobQueues, ...b.jobQueues, ...c.jobQueues],
    });
    for (const jd of model.byKind.jobDefinition) {
      const pairs = model.graph.pairingsOf(jd);
      expect(pairs.map((p) => p.queue.queue.arn!.split(':').slice(3, 5).join(':')), jd.arn).toEqual([jd.arn!.split(':').slice(3, 5).join(':')]);
    }
    for (const node of model.graph.queues) {
      expect(node.environments[0]!.environment?.arn?.split(':').slice(3, 5)).toEqual(node.queue.arn!.split(':').slice(3, 5));
    }
  });

  it('config workloads replace the inference for that job definition; unresolved ones are kept', async () => {
    const pairings = [
      { jobDefinition: 'etl', jobQueue: 'by-name', origin: 'config' },
      { jobDefinition: 'web', jobQueue: 'nowhere', origin: 'config' },
    ];
    const { model } = await load(input, { pairings });
    const graph = model.graph;
    expect(graph.pairingsOf(graph.resolveJobDefinition('etl')!).map((p) => `${p.queue.queue.name}:${p.origin}`)).toEqual(['by-name:config']);
    expect(graph.pairingsOf(graph.resolveJobDefinition('web')!)).toEqual([]);
    expect(graph.unresolvedPairings.map((u) => [u.pairing.jobQueue, u.jobDefinition?.name])).toEqual([['nowhere', 'web']]);
  });

  it('the graph is built once per model, on first use', () => {
    const model = new LintModel([]);
    expect(model.graph).toBe(model.graph);
    expect(model.graph.queues).toEqual([]);
  });
});

describe('findings name their pairing and respect ambiguity', () => {
  const twoQueues = (memory: number) => ({
    jobDefinitions: [{ jobDefinitionName: 'j', type: 'container', containerProperties: { image: 'x', resourceRequirements: [{ type: 'VCPU', value: '2' }, { type: 'MEMORY', value: String(memory) }] } }],
    computeEnvironments: [
      { computeEnvironmentName: 'small', type: 'MANAGED', computeResources: { type: 'EC2', maxvCpus: 16, instanceTypes: ['m5.large'] } },
      { computeEnvironmentName: 'big', type: 'MANAGED', computeResources: { type: 'EC2', maxvCpus: 16, instanceTypes: ['m5.xlarge'] } },
    ],
    jobQueues: [
      { jobQueueName: 'small-q', priority: 1, computeEnvironmentOrder: [{ order: 1, computeEnvironment: 'small' }] },
      { jobQueueName: 'big-q', priority: 1, computeEnvironmentOrder: [{ order: 1, computeEnvironment: 'big' }] },
    ],
  });
  const unplaceable = async (memory: number, options: Record<string, unknown> = {}) => {
    const file = join(dir, `two-${memory}-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify(twoQueues(memory)));
    const result = await lintPaths([file], { cwd: dir, ...options });
    return result.findings.filter((f) => f.ruleId === 'unplaceable-job').map((f) => f.message);
  };

  it('inferred pairings: reported only when no queue of the platform holds the job', async () => {
    expect(await unplaceable(9000)).toEqual([]); // big-q holds it
    const none = await unplaceable(40000);
    expect(none).toHaveLength(1);
    expect(none[0]).toContain('every EC2 queue in the input: small-q, big-q (assumed: no pairing is declared)');
  });

  it('declared pairings: each is checked, and the finding says where it comes from', async () => {
    const hits = await unplaceable(9000, { pairings: [{ jobDefinition: 'j', jobQueue: 'small-q', origin: 'config' }] });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toContain("queue small-q (from the config's workloads)");
  });
});
