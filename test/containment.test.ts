// A stage that throws (a loader, the resource graph, suppressions) is a bug, and one finding: the file
// it was reading is skipped, every other file is still linted, and the exit code stays 0/1/2.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOADERS, lintPaths } from '../dist/src/lint-files.js';
import { LintModel } from '../dist/src/graph/lint-model.js';
import { runRules } from '../dist/src/engine/run-rules.js';
import { defineRule } from '../dist/src/engine/rule.js';
import type { DocumentLoader } from '../dist/src/loaders/document-loader.js';
import type { BatchResource } from '../dist/src/model/resource.js';
import { estimateCosts } from '../dist/src/cost/estimate-costs.js';
import { bundledPriceCatalog } from '../dist/src/pricing/price-catalog.js';
import { runCli } from './helpers/cli.js';

const GOOD_JOB = JSON.stringify({ jobDefinitionName: 'good-job', type: 'container', containerProperties: { image: 'busybox', privileged: true } });

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'batchlint-contain-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Throws on documents that have a `boom` key, after yielding nothing; recognises nothing else. */
const explodingLoader: DocumentLoader = {
  name: 'exploding',
  load(value) {
    if (typeof value === 'object' && value !== null && 'boom' in value) throw new Error(`loader bug near AKIAIOSFODNN7EXAMPLE (${String((value as { boom: unknown }).boom)})`);
    return { recognised: false, resources: [], problems: [] };
  },
};

describe('a loader that throws', () => {
  it('is one internal finding on its file, naming the loader; the other files are still linted', async () => {
    const dir = workspace({ 'a-bad.json': '{"boom": 1, "jobDefinitionName": "lost", "type": "container"}', 'b-good.json': GOOD_JOB });
    const result = await lintPaths(['a-bad.json', 'b-good.json'], { cwd: dir, loaders: [explodingLoader, ...DEFAULT_LOADERS] });
    const internal = result.findings.filter((f) => f.category === 'internal');
    expect(internal).toHaveLength(1);
    expect(internal[0]).toMatchObject({ ruleId: 'internal', severity: 'error', location: { file: 'a-bad.json', line: 1, column: 1 } });
    expect(internal[0]!.message).toMatch(/^Internal error in the exploding loader stage: loader bug near \*+ \(1\)\. The file was skipped/);
    expect(internal[0]!.message).not.toContain('AKIA');
    // Nothing of the failed file reaches the model; the good file is linted as usual.
    expect(result.model.resources.map((r) => r.name)).toEqual(['good-job']);
    expect(result.findings.some((f) => f.location.file === 'b-good.json' && f.ruleId === 'privileged-container')).toBe(true);
  });

  it('is reported even when --rule selects other rules', async () => {
    const dir = workspace({ 'bad.json': '{"boom": 2}' });
    const result = await lintPaths(['bad.json'], { cwd: dir, loaders: [explodingLoader], settings: { only: new Set(['privileged-container']) } });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['internal']);
  });

  it('a loader that yields a resource of no known kind is contained the same way', async () => {
    const bogus: DocumentLoader = {
      name: 'bogus',
      load(value, document) {
        if (typeof value !== 'object' || value === null || !('bogus' in value)) return { recognised: false, resources: [], problems: [] };
        return { recognised: true, resources: [{ kind: 'constructor', name: 'x', data: {}, source: { document, path: [] } } as unknown as BatchResource], problems: [] };
      },
    };
    const dir = workspace({ 'bogus.json': '{"bogus": true}', 'good.json': GOOD_JOB });
    const result = await lintPaths(['bogus.json', 'good.json'], { cwd: dir, loaders: [bogus, ...DEFAULT_LOADERS] });
    expect(result.findings.filter((f) => f.category === 'internal').map((f) => [f.location.file, f.message])).toEqual([
      ['bogus.json', 'Internal error in the bogus loader stage: a resource of no known kind (constructor). The file was skipped; the other files were still linted. Please report this.'],
    ]);
    expect(result.model.resources.map((r) => r.name)).toEqual(['good-job']);
  });
});

describe('a resource graph that cannot be built', () => {
  it('is one internal finding naming the stage, not one per rule that reads it; other rules still report', async () => {
    const dir = workspace({ 'good.json': GOOD_JOB });
    const { model } = await lintPaths(['good.json'], { cwd: dir, rules: [] });
    // A pairing whose job definition reference is not a string makes the graph's reference lookup throw.
    const broken = new LintModel(model.resources, [{ jobDefinition: { toString: 1 } as unknown as string, jobQueue: 'q', origin: 'config' }]);
    expect(() => broken.graph).toThrow(/resource graph failed/);
    const readsGraph = (id: string) =>
      defineRule({
        id,
        title: 'Reads the graph',
        category: 'wiring',
        severity: 'warning',
        description: 'Reads the graph.',
        helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/',
        docs: { rationale: 'test', fix: 'test' },
        appliesTo: ['jobDefinition'],
        messages: { seen: 'seen' },
        check(resource, context) {
          context.report({ messageId: 'seen', data: {}, path: [] });
          context.model.graph.pairingsOf(resource as BatchResource<'jobDefinition'>);
        },
      });
    const plain = defineRule({ ...readsGraph('plain'), check: (_r, context) => context.report({ messageId: 'seen', data: {}, path: [] }) });
    const findings = runRules(broken, [readsGraph('first-graph-rule'), readsGraph('second-graph-rule'), plain], {});
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['internal', 'plain']);
    const internal = findings.find((f) => f.ruleId === 'internal')!;
    expect(internal.message).toMatch(/^Internal error in the resource graph stage: .+\. The run went on without it\. Please report this\.$/);
    expect(internal.location.file).toBeNull();
  });
});

describe('the CLI', () => {
  it('lints the good file next to inputs that used to stop the run, and exits 1, not 2', () => {
    const dir = workspace({
      'proto.tf': 'resource "constructor" "x" {}\nresource "toString" "y" {}\nresource "aws_batch_job_definition" "__proto__" {\n  name = "p"\n  type = "container"\n}\n',
      'select.yaml': 'Resources:\n  __proto__:\n    Type: AWS::Batch::JobDefinition\n    Properties:\n      Type: container\n      ContainerProperties:\n        Image: !Select [{toString: 1}, [a, b]]\n        Command: [!Select [!Ref AWS::NoValue, [a]]]\n  constructor:\n    Type: hasOwnProperty\n',
      'good.json': GOOD_JOB,
    });
    const run = runCli(['lint', 'proto.tf', 'select.yaml', 'good.json', '--format', 'json'], { cwd: dir });
    expect(run.stderr).not.toContain('internal error');
    expect(run.code).toBe(1);
    const findings = (JSON.parse(run.stdout) as { findings: { ruleId: string; category: string; location: { file: string } }[] }).findings;
    expect(findings.filter((f) => f.category === 'internal')).toEqual([]);
    expect(findings.some((f) => f.location.file === 'good.json' && f.ruleId === 'privileged-container')).toBe(true);
    expect(new Set(findings.map((f) => f.location.file))).toEqual(new Set(['proto.tf', 'select.yaml', 'good.json']));
  });
});

describe('the cost advisor', () => {
  const bundle = JSON.stringify({
    computeEnvironments: [{ computeEnvironmentName: 'ce', type: 'MANAGED', computeResources: { type: 'EC2', maxvCpus: 64, instanceTypes: ['c5.large'], subnets: ['s'], instanceRole: 'r' } }],
    jobQueues: [{ jobQueueName: 'q', priority: 1, computeEnvironmentOrder: [{ order: 1, computeEnvironment: 'ce' }] }],
    jobDefinitions: [
      { jobDefinitionName: 'ok', type: 'container', containerProperties: { image: 'x', resourceRequirements: [{ type: 'VCPU', value: '1' }, { type: 'MEMORY', value: '1024' }] } },
      { jobDefinitionName: 'odd', type: 'container', containerProperties: { image: 'x', resourceRequirements: [{ type: 'VCPU', value: '1' }, { type: 'MEMORY', value: '1024' }] } },
    ],
  });

  it('prices every other job definition when one cannot be priced, and names the stage and the job', async () => {
    const dir = workspace({ 'bundle.json': bundle });
    const { model } = await lintPaths(['bundle.json'], { cwd: dir, rules: [] });
    // Stands in for a bug reached by one job definition's data: reading its timeout throws.
    const resources = model.resources.map((r) => {
      if (r.name !== 'odd') return r;
      const data = new Proxy(r.data as object, {
        getOwnPropertyDescriptor(target, key) {
          if (key === 'timeout') throw new Error('placement bug');
          return Reflect.getOwnPropertyDescriptor(target, key);
        },
      });
      return { ...r, data } as BatchResource;
    });
    const report = estimateCosts(new LintModel(resources, model.pairings), { catalog: bundledPriceCatalog(), workloads: [], livePricing: false });
    expect(report.estimates.map((e) => e.jobDefinition)).toEqual(['ok']);
    expect(report.failures).toEqual([{ stage: 'cost estimate', jobDefinition: 'odd', message: 'placement bug' }]);
  });

  it('reports a resource graph that cannot be built once, whatever the number of job definitions', async () => {
    const dir = workspace({ 'bundle.json': bundle });
    const { model } = await lintPaths(['bundle.json'], { cwd: dir, rules: [] });
    const broken = new LintModel(model.resources, [{ jobDefinition: { toString: 1 } as unknown as string, jobQueue: 'q', origin: 'config' }]);
    const report = estimateCosts(broken, { catalog: bundledPriceCatalog(), workloads: [], livePricing: false });
    expect(report.estimates).toEqual([]);
    expect(report.failures?.map((f) => [f.stage, f.jobDefinition])).toEqual([['resource graph', null]]);
  });

  it('a report without failures has no failures field (the JSON output is unchanged)', async () => {
    const dir = workspace({ 'bundle.json': bundle });
    const { model } = await lintPaths(['bundle.json'], { cwd: dir, rules: [] });
    const report = estimateCosts(model, { catalog: bundledPriceCatalog(), workloads: [], livePricing: false });
    expect(report.estimates.map((e) => e.jobDefinition).sort()).toEqual(['odd', 'ok']);
    expect('failures' in report).toBe(false);
  });
});
