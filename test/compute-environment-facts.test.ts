// The typed facts of compute environments, job queues and scheduling policies: each certainty
// (known, unknown with its literal parts and possible values, maybe absent, absent, invalid) per
// fact, the expansion of instance types through the run's instance catalog, a queue's environments in
// the order Batch tries them, and the rules whose behaviour the facts changed on purpose (issue 14:
// presence rules fire on present-but-unknown values, value rules decide when every possible value agrees).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeEnvironmentFactsOf, isUnmanaged, provisionedAs, saysManaged } from '../dist/src/model/facts/compute-environment-facts.js';
import { jobQueueFactsOf } from '../dist/src/model/facts/job-queue-facts.js';
import { schedulingPolicyFactsOf } from '../dist/src/model/facts/scheduling-policy-facts.js';
import { certainly, entriesOf } from '../dist/src/model/facts/fact.js';
import { unknownValue } from '../dist/src/model/values.js';
import { expandEnvironmentFacts } from '../dist/src/catalog/expand-instance-types.js';
import { instanceCatalogFromJson } from '../dist/src/catalog/instance-catalog.js';
import { environmentInstanceTypes } from '../dist/src/catalog/environment-instance-types.js';
import { pricedEnvironmentTypes } from '../dist/src/cost/environment-prices.js';
import { bundledPriceCatalog } from '../dist/src/pricing/price-catalog.js';
import { lintPaths } from '../dist/src/lint-files.js';
import { runRules } from '../dist/src/engine/run-rules.js';
import { RULES_BY_ID } from '../dist/rules/index.js';
import { ruleTester } from './helpers/rule-tester.js';

describe('compute environment facts', () => {
  it('reads each certainty, with the path of the field', () => {
    const facts = computeEnvironmentFactsOf({
      computeEnvironmentName: 'ce',
      state: 'disabled',
      computeResources: {
        type: 'spot', // one case rule for every enum: Terraform and the console accept lower case
        allocationStrategy: unknownValue('!Ref Strategy', undefined, ['best_fit', 'BEST_FIT_PROGRESSIVE']),
        instanceTypes: ['c5', unknownValue('var.type')],
        maxvCpus: 'lots',
        minvCpus: '4',
        ec2KeyPair: unknownValue('!If [HasKey, !Ref Key, !Ref AWS::NoValue]'),
        spotIamFleetRole: unknownValue('!Sub arn:aws:iam::${AWS::AccountId}:role/fleet', ['arn:aws:iam::', null, ':role/fleet']),
        tags: { team: 'data', 'aws:cloudformation:stack-name': 's' },
      },
    });
    const cr = facts.resources;
    expect(cr.provisioning).toEqual({ certainty: 'known', value: 'SPOT', path: ['computeResources', 'type'] });
    expect(provisionedAs(facts, 'SPOT')).toBe(true);
    expect(facts.state).toMatchObject({ certainty: 'known', value: 'DISABLED' });
    // Unknown with the values it can take, read with the field's reader (upper-cased).
    expect(cr.allocationStrategy).toMatchObject({ certainty: 'unknown', origin: '!Ref Strategy', possible: ['BEST_FIT', 'BEST_FIT_PROGRESSIVE'] });
    expect(certainly(cr.allocationStrategy, (s) => s.startsWith('BEST_FIT'))).toBe(true);
    // A known list whose second entry is unknown: the entry keeps its own path.
    const entries = entriesOf(cr.instanceTypes);
    expect(entries.map((e) => e.certainty)).toEqual(['known', 'unknown']);
    expect(entries[1]).toMatchObject({ origin: 'var.type', path: ['computeResources', 'instanceTypes', 1] });
    // Numbers as AWS reads them; a value of the wrong type is present but invalid.
    expect(cr.minvCpus).toMatchObject({ certainty: 'known', value: 4 });
    expect(cr.maxvCpus).toMatchObject({ certainty: 'unknown', invalid: true });
    expect(cr.ec2KeyPair.certainty).toBe('maybeAbsent');
    expect(cr.spotIamFleetRole).toMatchObject({ certainty: 'unknown', parts: ['arn:aws:iam::', null, ':role/fleet'] });
    expect(cr.bidPercentage).toEqual({ certainty: 'absent', path: ['computeResources', 'bidPercentage'] });
    expect(cr.tags.certainty === 'known' && cr.tags.value.map((t) => [t.key, t.system])).toEqual([['team', false], ['aws:cloudformation:stack-name', true]]);
    // No `type`: AWS's default is MANAGED, but only a written MANAGED "says" so.
    expect(isUnmanaged(facts)).toBe(false);
    expect(saysManaged(facts)).toBe(false);
  });

  it('reads launch templates, ec2Configuration, EKS and update policy; an unknown computeResources leaves every field absent', () => {
    const facts = computeEnvironmentFactsOf({
      type: 'MANAGED',
      eksConfiguration: { eksClusterArn: 'arn:aws:eks:us-east-1:1:cluster/c', kubernetesNamespace: 'batch' },
      updatePolicy: { terminateJobsOnUpdate: false, jobExecutionTimeoutMinutes: 30 },
      computeResources: {
        type: 'EC2',
        launchTemplate: { launchTemplateName: 'lt', version: '$Latest', overrides: [{ launchTemplateId: 'lt-1', targetInstanceTypes: ['c5.large'] }, 'x'] },
        ec2Configuration: [{ imageType: 'EKS_AL2023', imageKubernetesVersion: '1.30' }],
      },
    });
    const lt = facts.resources.launchTemplate;
    expect(lt.certainty).toBe('known');
    if (lt.certainty !== 'known') return;
    expect(lt.value.name).toMatchObject({ certainty: 'known', value: 'lt', path: ['computeResources', 'launchTemplate', 'launchTemplateName'] });
    const overrides = entriesOf(lt.value.overrides);
    expect(overrides.map((o) => o.isObject)).toEqual([true, false]);
    expect(entriesOf(overrides[0]!.targetInstanceTypes)[0]).toMatchObject({ value: 'c5.large', path: ['computeResources', 'launchTemplate', 'overrides', 0, 'targetInstanceTypes', 0] });
    expect(entriesOf(facts.resources.ec2Configuration)[0]!.imageKubernetesVersion).toMatchObject({ value: '1.30' });
    expect(facts.eksConfiguration.certainty).toBe('known');
    expect(facts.updatePolicy.certainty === 'known' && facts.updatePolicy.value.jobExecutionTimeoutMinutes).toMatchObject({ value: 30 });

    const fromVariable = computeEnvironmentFactsOf({ type: 'MANAGED', computeResources: unknownValue('var.compute') });
    expect(fromVariable.computeResources.certainty).toBe('unknown');
    expect(fromVariable.resources.provisioning).toEqual({ certainty: 'absent', path: ['computeResources', 'type'] });
  });

  it('is read once per resource record', () => {
    const data = { type: 'MANAGED', computeResources: { type: 'EC2' } };
    expect(computeEnvironmentFactsOf(data)).toBe(computeEnvironmentFactsOf(data));
    expect(computeEnvironmentFactsOf({ ...data })).not.toBe(computeEnvironmentFactsOf(data));
  });
});

// A catalog of its own: the c5 family (two sizes and metal), one Graviton type and one GPU type.
const TINY_CATALOG = instanceCatalogFromJson(
  JSON.stringify({
    _meta: { snapshotDate: '2026-01-01', sources: [], collected: 'test' },
    regions: ['us-east-1'],
    gpuModels: ['nvidia:t4'],
    accelerators: [],
    types: [
      ['c5.large', 2, 4096, 0, 0, -1, 0, -1, 1],
      ['c5.xlarge', 4, 8192, 0, 0, -1, 0, -1, 1],
      ['c5.metal', 96, 196608, 0, 0, -1, 0, -1, 1],
      ['m6g.large', 2, 8192, 1, 0, -1, 0, -1, 1],
      ['g4dn.xlarge', 4, 16384, 0, 1, 0, 0, -1, 1],
    ],
    unspecified: [],
  }),
);

describe('instance types through the catalog', () => {
  const expand = (computeResources: unknown, type = 'MANAGED') => expandEnvironmentFacts(computeEnvironmentFactsOf({ type, computeResources }), { catalog: TINY_CATALOG });

  it('expands families (without metal), exact types and keywords; unknown entries stay unresolved', () => {
    const e = expand({ type: 'EC2', instanceTypes: ['c5', 'g4dn.xlarge', 'default_arm64', unknownValue('var.extra'), 'zz9'] })!;
    expect(e.entries.map((x) => [x.entry, x.kind, x.types.map((t) => t.name)])).toEqual([
      ['c5', 'family', ['c5.large', 'c5.xlarge']],
      ['g4dn.xlarge', 'type', ['g4dn.xlarge']],
      ['default_arm64', 'keyword', ['m6g.large']],
      ['zz9', 'unresolved', []],
    ]);
    expect(e.unresolved).toEqual(['var.extra', 'zz9']);
    expect(new Set(e.types.map((t) => t.architecture))).toEqual(new Set(['x86_64', 'arm64']));
  });

  it('an absent or empty list is the implicit default_x86_64; Fargate, unmanaged and unknown blocks launch nothing of their own', () => {
    expect(expand({ type: 'EC2' })).toMatchObject({ implicitDefault: true });
    expect(expand({ type: 'EC2', instanceTypes: unknownValue('var.types') })).toMatchObject({ implicitDefault: false, unresolved: ['var.types'] });
    expect(expand({ type: 'fargate_spot' })).toBeUndefined();
    expect(expand({ type: 'EC2' }, 'UNMANAGED')).toBeUndefined();
    expect(expandEnvironmentFacts(computeEnvironmentFactsOf({ computeResources: unknownValue('var.compute') }))).toBeUndefined();
  });
});

const dir = mkdtempSync(join(tmpdir(), 'batchlint-ce-facts-'));
async function load(name: string, text: string, options: Record<string, unknown> = {}) {
  writeFileSync(join(dir, name), text);
  return lintPaths([name], { cwd: dir, ...options });
}

describe('lint and cost read the same instance facts', () => {
  const CE = 'computeEnvironmentName: warm\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  minvCpus: 16\n  maxvCpus: 64\n  instanceTypes: [c5]\n  subnets: [subnet-1]\n';

  it('the catalog the run is given expands the environment for the rules and for the cost figures alike', async () => {
    const settings = { only: new Set(['min-vcpus-always-on']) };
    const withTiny = await load('warm.yaml', CE, { settings, instanceCatalog: TINY_CATALOG });
    const bundled = await load('warm.yaml', CE, { settings });
    // The tiny catalog's c5 has only .large and .xlarge: 16 vCPUs are four c5.xlarge.
    expect(withTiny.findings.map((f) => f.message)).toEqual([expect.stringContaining('4 x c5.xlarge')]);
    expect(bundled.findings.map((f) => f.message)).toEqual([expect.not.stringContaining('c5.xlarge')]);
    const ce = withTiny.model.byKind.computeEnvironment[0]!;
    const cost = pricedEnvironmentTypes(ce, 'us-east-1', bundledPriceCatalog(), TINY_CATALOG)!;
    expect(cost.priced.map((p) => p.type.name).sort()).toEqual(['c5.large', 'c5.xlarge']);
    // One expansion per environment and catalog, shared by whoever asks.
    expect(environmentInstanceTypes(ce, TINY_CATALOG, { region: 'us-east-1' })).toBe(environmentInstanceTypes(ce, TINY_CATALOG, { region: 'us-east-1' }));
  });
});

describe('job queue and scheduling policy facts', () => {
  it('reads the order entries, time-limit actions and policy of a queue; the graph tries environments by order', async () => {
    const facts = jobQueueFactsOf({
      jobQueueName: 'q',
      state: 'ENABLED',
      priority: 10,
      jobQueueType: 'ecs',
      schedulingPolicyArn: unknownValue('!Ref Policy'),
      computeEnvironmentOrder: [{ order: 2, computeEnvironment: 'b' }, { order: 1, computeEnvironment: unknownValue('!GetAtt A.ComputeEnvironmentArn') }],
      jobStateTimeLimitActions: [{ reason: 'CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY', state: 'RUNNABLE', maxTimeSeconds: 600, action: 'cancel' }],
    });
    expect(facts.jobQueueType).toMatchObject({ value: 'ECS' });
    expect(facts.priority).toMatchObject({ value: 10 });
    expect(facts.schedulingPolicyArn).toMatchObject({ certainty: 'unknown', origin: '!Ref Policy' });
    expect(entriesOf(facts.computeEnvironmentOrder).map((e) => [e.index, e.order.certainty === 'known' && e.order.value, e.computeEnvironment.certainty])).toEqual([[0, 2, 'known'], [1, 1, 'unknown']]);
    expect(entriesOf(facts.jobStateTimeLimitActions)[0]).toMatchObject({ action: { value: 'CANCEL' }, maxTimeSeconds: { value: 600 }, path: ['jobStateTimeLimitActions', 0] });

    const { model } = await load(
      'queue.json',
      JSON.stringify({
        computeEnvironments: ['a', 'b', 'c'].map((n) => ({ computeEnvironmentName: n, type: 'MANAGED', computeResources: { type: 'EC2', maxvCpus: 4 } })),
        jobQueues: [{ jobQueueName: 'q', priority: 1, computeEnvironmentOrder: [{ order: 3, computeEnvironment: 'a' }, { order: 1, computeEnvironment: 'c' }, { order: 2, computeEnvironment: 'b' }] }],
      }),
      { rules: [] },
    );
    const node = model.graph.queueNode(model.byKind.jobQueue[0]!)!;
    expect(node.environments.map((l) => [l.environment?.name, l.index])).toEqual([['c', 1], ['b', 2], ['a', 0]]);
  });

  it('reads share identifiers and weights of a fair-share policy', () => {
    const facts = schedulingPolicyFactsOf({ name: 'p', fairsharePolicy: { shareDecaySeconds: 3600, computeReservation: 10, shareDistribution: [{ shareIdentifier: 'A*', weightFactor: 0.5 }, { shareIdentifier: unknownValue('var.team') }] } });
    expect(facts.fairsharePolicy.certainty).toBe('known');
    if (facts.fairsharePolicy.certainty !== 'known') return;
    expect(facts.fairsharePolicy.value.shareDecaySeconds).toMatchObject({ value: 3600 });
    expect(facts.fairsharePolicy.value.computeReservation).toMatchObject({ value: 10 });
    const shares = entriesOf(facts.fairsharePolicy.value.shareDistribution);
    expect(shares.map((s) => [s.shareIdentifier.certainty, s.weightFactor.certainty])).toEqual([['known', 'known'], ['unknown', 'absent']]);
    expect(schedulingPolicyFactsOf({ name: 'p' }).fairsharePolicy.certainty).toBe('absent');
  });
});

// Presence versus value (issue 14), each failing on the rules as they read raw fields before.
const SPOT_TEMPLATE = (instanceTypes: string) => `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  InstanceType: { Type: String }
Resources:
  Ce:
    Type: AWS::Batch::ComputeEnvironment
    Properties:
      Type: MANAGED
      ComputeResources:
        Type: SPOT
        AllocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED
        MaxvCpus: 64
        Subnets: [subnet-1]
        InstanceTypes: ${instanceTypes}
`;

ruleTester.run(RULES_BY_ID.get('spot-single-instance-type')!, {
  valid: [{ code: SPOT_TEMPLATE('[!Ref InstanceType, c6i.large]'), filename: 'two.yaml', name: 'two entries, one unknown' }],
  invalid: [
    { code: SPOT_TEMPLATE('[!Ref InstanceType]'), filename: 'one-unknown.yaml', name: 'a list whose one entry is a parameter is one instance type', errors: [{ messageId: 'single', line: 14, column: 30 }] },
    {
      code: 'variable "instance_type" {}\nresource "aws_batch_compute_environment" "ce" {\n  type = "MANAGED"\n  compute_resources {\n    type = "SPOT"\n    allocation_strategy = "SPOT_PRICE_CAPACITY_OPTIMIZED"\n    instance_type = [var.instance_type]\n    max_vcpus = 64\n    subnets = ["subnet-1"]\n  }\n}\n',
      filename: 'main.tf',
      name: 'a Terraform variable as the only instance type',
      errors: [{ messageId: 'single', line: 7, column: 22 }],
    },
  ],
});

describe('value rules decide when every possible value agrees', () => {
  const CE = 'computeEnvironmentName: spot\ntype: MANAGED\ncomputeResources:\n  type: SPOT\n  allocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED\n  bidPercentage: 40\n  maxvCpus: 64\n  instanceTypes: [c5, m5]\n  subnets: [subnet-1]\n';

  /** Loads the environment, sets one field to a parameter that may take `possible`, and runs one rule. */
  async function runWith(ruleId: string, key: string, possible: unknown[]) {
    const { model } = await load(`${ruleId}-${key}.yaml`, CE, { rules: [] });
    const ce = model.byKind.computeEnvironment[0]!;
    (ce.data.computeResources as Record<string, unknown>)[key] = unknownValue(`!Ref ${key}`, undefined, possible);
    return runRules(model, [RULES_BY_ID.get(ruleId)!], { only: new Set([ruleId]), severity: new Map([[ruleId, 'warning' as const]]) }).map((f) => f.message);
  }

  it('spot-max-bid-percentage: every allowed bid above the maximum is reported, naming them; one within it is not', async () => {
    expect(await runWith('spot-max-bid-percentage', 'bidPercentage', [120, 150])).toEqual([expect.stringContaining('bidPercentage 120 or 150 is above the allowed maximum of 100%')]);
    expect(await runWith('spot-max-bid-percentage', 'bidPercentage', [90, 150])).toEqual([]);
    expect(await runWith('spot-max-bid-percentage', 'bidPercentage', [])).toEqual([]);
  });

  it('spot-allocation-strategy: every allowed strategy BEST_FIT*, reported; one capacity-optimized among them, silent', async () => {
    expect(await runWith('spot-allocation-strategy', 'allocationStrategy', ['BEST_FIT', 'best_fit_progressive'])).toEqual([expect.stringContaining('allocationStrategy BEST_FIT or BEST_FIT_PROGRESSIVE on a Spot environment')]);
    expect(await runWith('spot-allocation-strategy', 'allocationStrategy', ['BEST_FIT', 'SPOT_CAPACITY_OPTIMIZED'])).toEqual([]);
  });
});
