// Rule options and rules that are off by default, through the engine as the CLI drives it:
// settings.severity turns a rule on (or changes its level), settings.options are merged over the
// rule's defaultOptions and change what it reports.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { runRules } from '../dist/src/engine/run-rules.js';
import { RULES } from '../dist/rules/index.js';

const COMPUTE_ENVIRONMENTS = `
computeEnvironments:
  - computeEnvironmentName: spot-bid-90
    type: MANAGED
    computeResources:
      type: SPOT
      allocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED
      bidPercentage: 90
      instanceTypes: [m6i, c6i]
      maxvCpus: 64
      subnets: [subnet-0a1b2c3d]
  - computeEnvironmentName: spot-bid-45
    type: MANAGED
    computeResources:
      type: SPOT
      allocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED
      bidPercentage: 45
      instanceTypes: [m6i, c6i]
      maxvCpus: 64
      subnets: [subnet-0a1b2c3d]
  - computeEnvironmentName: spot-market
    type: MANAGED
    computeResources:
      type: SPOT
      allocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED
      instanceTypes: [m6i, c6i]
      maxvCpus: 64
      subnets: [subnet-0a1b2c3d]
  - computeEnvironmentName: ondemand-progressive
    type: MANAGED
    computeResources:
      type: EC2
      allocationStrategy: BEST_FIT_PROGRESSIVE
      instanceTypes: [m6i]
      maxvCpus: 64
      subnets: [subnet-0a1b2c3d]
  - computeEnvironmentName: ondemand-best-fit
    type: MANAGED
    computeResources:
      type: EC2
      allocationStrategy: BEST_FIT
      instanceTypes: [m6i]
      maxvCpus: 64
      subnets: [subnet-0a1b2c3d]
      launchTemplate: { launchTemplateName: hardened, version: $Default }
`;

let dir: string;
let model: Awaited<ReturnType<typeof lintPaths>>['model'];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'batchlint-options-'));
  writeFileSync(join(dir, 'compute.yaml'), COMPUTE_ENVIRONMENTS);
  model = (await lintPaths(['compute.yaml'], { cwd: dir })).model;
  expect(model.resources).toHaveLength(5);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Settings = Parameters<typeof runRules>[2];

/** The resources a rule reports, as "name: message", under the given settings. */
function hitsOf(id: string, settings: Settings = {}): string[] {
  return runRules(model, RULES, settings)
    .filter((f) => f.ruleId === id)
    .map((f) => `${f.resource?.name}: ${f.message}`);
}

const on = (id: string, level: 'error' | 'warning' | 'note' = 'warning'): Settings => ({ severity: new Map([[id, level]]) });

describe('rules that are off by default', () => {
  it.each([
    ['compute-environment-without-launch-template', ['spot-bid-90', 'spot-bid-45', 'spot-market', 'ondemand-progressive']],
    ['compute-environment-allocation-strategy-allowed', ['ondemand-best-fit']],
    ['spot-max-bid-percentage', []],
  ])('%s runs only when configured', (id, expected) => {
    expect(RULES.find((r) => r.id === id)?.enabledByDefault).toBe(false);
    expect(hitsOf(id)).toEqual([]);
    expect(hitsOf(id, on(id)).map((h) => h.split(':')[0])).toEqual(expected);
  });

  it('runs when selected with --rule (settings.only) too', () => {
    const hits = hitsOf('compute-environment-without-launch-template', { only: new Set(['compute-environment-without-launch-template']) });
    expect(hits).toHaveLength(4);
  });

  it('reports at the configured severity', () => {
    const findings = runRules(model, RULES, on('compute-environment-without-launch-template', 'error')).filter((f) => f.ruleId === 'compute-environment-without-launch-template');
    expect(findings).toHaveLength(4);
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(['error']));
  });
});

describe('rule options change what is reported', () => {
  it('spot-max-bid-percentage: maxBidPercentage sets the ceiling, and an empty bid counts as 100%', () => {
    const settings: Settings = { ...on('spot-max-bid-percentage'), options: new Map([['spot-max-bid-percentage', { maxBidPercentage: 80 }]]) };
    expect(hitsOf('spot-max-bid-percentage', settings)).toEqual([
      'spot-bid-90: bidPercentage 90 is above the allowed maximum of 80% of On-Demand; lower it to 80 or less.',
      'spot-market: No bidPercentage, so Batch lets Spot cost up to 100% of On-Demand, above the allowed maximum of 80%; set computeResources.bidPercentage to 80 or less.',
    ]);
    const looser: Settings = { ...on('spot-max-bid-percentage'), options: new Map([['spot-max-bid-percentage', { maxBidPercentage: 95 }]]) };
    expect(hitsOf('spot-max-bid-percentage', looser).map((h) => h.split(':')[0])).toEqual(['spot-market']);
  });

  it('compute-environment-allocation-strategy-allowed: allowedStrategies replaces the default list', () => {
    const settings: Settings = {
      ...on('compute-environment-allocation-strategy-allowed'),
      options: new Map([['compute-environment-allocation-strategy-allowed', { allowedStrategies: ['BEST_FIT', 'SPOT_PRICE_CAPACITY_OPTIMIZED'] }]]),
    };
    expect(hitsOf('compute-environment-allocation-strategy-allowed', settings)).toEqual([
      'ondemand-progressive: allocationStrategy BEST_FIT_PROGRESSIVE is not one of the allowed strategies (BEST_FIT, SPOT_PRICE_CAPACITY_OPTIMIZED); change it to one of them.',
    ]);
  });

  it('spot-bid-percentage: lowBidPercentage moves the line between "capped" and "low"', () => {
    const byDefault = hitsOf('spot-bid-percentage');
    expect(byDefault).toHaveLength(2);
    expect(byDefault.find((h) => h.startsWith('spot-bid-45'))).toMatch(/below the typical Spot price/);
    expect(byDefault.find((h) => h.startsWith('spot-bid-90'))).toMatch(/saves nothing/);
    const lower = hitsOf('spot-bid-percentage', { options: new Map([['spot-bid-percentage', { lowBidPercentage: 40 }]]) });
    expect(lower.find((h) => h.startsWith('spot-bid-45'))).toMatch(/saves nothing/);
  });
});
