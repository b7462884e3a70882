// Terraform plans (root module and child module) and .tf sources: mapping, unknown-after-apply,
// addresses, wiring and positions.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { isUnknown } from '../dist/src/model/values.js';
import { evaluateExpressionText as readHclLiteral } from '../dist/src/loaders/terraform/tf-evaluate.js';
import { ROOT } from './helpers/cli.js';
import { dataOf } from './helpers/loose-data.js';

type Found = { ruleId: string; category: string; location: { file: string | null; line: number | null; column: number | null; address: string | null } };
const at = (findings: Found[], ruleId: string): string[] => findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.location.address}@${f.location.line}:${f.location.column}`).sort();
const noSchemaOrCrash = (findings: Found[]): Found[] => findings.filter((f) => ['run', 'schema', 'internal'].includes(f.category));

describe('Terraform plan JSON', () => {
  it('root module: API-shaped resources, findings at the plan line with the Terraform address', async () => {
    const result = await lintPaths(['fixtures/iac/terraform/root/plan.json'], { cwd: ROOT });
    const byAddress = new Map(result.model.resources.map((r) => [r.address, r]));
    expect([...byAddress.keys()].sort()).toEqual(['aws_batch_compute_environment.spot', 'aws_batch_job_definition.etl', 'aws_batch_job_queue.etl']);
    const ce = byAddress.get('aws_batch_compute_environment.spot')!;
    expect(dataOf(ce).computeResources?.instanceTypes).toEqual(['c6i', 'm6i']); // instance_type
    expect(isUnknown(dataOf(ce).computeResources?.ec2Configuration)).toBe(true); // after_unknown
    const jd = byAddress.get('aws_batch_job_definition.etl')!;
    expect(dataOf(jd).retryStrategy?.evaluateOnExit?.[0]).toEqual({ action: 'RETRY', onStatusReason: 'Host EC2*' }); // block -> object, nulls dropped
    expect(dataOf(jd).containerProperties?.privileged).toBe(true); // JSON string
    // The queue's compute environment is known only after apply: wired to the plan's environment by name.
    expect(dataOf(byAddress.get('aws_batch_job_queue.etl')!).computeEnvironmentOrder).toEqual([{ order: 1, computeEnvironment: 'etl-spot' }]);
    expect(at(result.findings, 'privileged-container')).toEqual(['aws_batch_job_definition.etl@74:37']);
    expect(at(result.findings, 'min-vcpus-always-on')).toEqual(['aws_batch_compute_environment.spot@43:30']);
    expect(at(result.findings, 'missing-timeout')).toEqual(['aws_batch_job_definition.etl@78:13']);
    expect(noSchemaOrCrash(result.findings)).toEqual([]); // arn, status, revision... are known after apply
  });

  it('child module: module addresses, EKS blocks, scheduling policy, an ARN from outside the plan', async () => {
    const result = await lintPaths(['fixtures/iac/terraform/module/plan.json'], { cwd: ROOT });
    const byAddress = new Map(result.model.resources.map((r) => [r.address, r]));
    expect([...byAddress.keys()].sort()).toEqual([
      'module.training.aws_batch_compute_environment.gpu',
      'module.training.aws_batch_job_definition.train',
      'module.training.aws_batch_job_queue.training',
      'module.training.aws_batch_scheduling_policy.fairshare',
    ]);
    const jd = byAddress.get('module.training.aws_batch_job_definition.train')!;
    expect(dataOf(jd).eksProperties?.podProperties?.containers?.[0]?.resources?.limits).toEqual({ cpu: '4', memory: '16384Mi', 'nvidia.com/gpu': '1' });
    expect(dataOf(byAddress.get('module.training.aws_batch_scheduling_policy.fairshare')!).fairsharePolicy?.shareDistribution?.[1]).toEqual({ shareIdentifier: 'prod*', weightFactor: 0.5 });
    expect(dataOf(byAddress.get('module.training.aws_batch_job_queue.training')!).computeEnvironmentOrder).toEqual([
      { order: 1, computeEnvironment: 'gpu-ondemand' },
      { order: 2, computeEnvironment: 'arn:aws:batch:us-east-1:123456789012:compute-environment/shared-spot' },
    ]);
    expect(at(result.findings, 'privileged-container')).toEqual(['module.training.aws_batch_job_definition.train@117:47']);
    expect(noSchemaOrCrash(result.findings)).toEqual([]);
    // The environment outside the plan is never an error (the privileged container above is).
    expect(result.findings.filter((f) => f.severity === 'error' && f.ruleId !== 'privileged-container')).toEqual([]);
  });

  it('reads the provider\'s older compute_environments list and a name known only after apply', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'batchlint-tf-'));
    const plan = {
      format_version: '1.2',
      planned_values: { root_module: { resources: [
        { address: 'aws_batch_job_queue.q', mode: 'managed', type: 'aws_batch_job_queue', name: 'q', values: { compute_environments: ['arn:aws:batch:us-east-1:123456789012:compute-environment/a'], priority: 1, state: 'ENABLED' } },
        { address: 'aws_batch_job_definition.j', mode: 'managed', type: 'aws_batch_job_definition', name: 'j', values: { type: 'container', timeout: [{ attempt_duration_seconds: 30 }] } },
      ] } },
      resource_changes: [{ address: 'aws_batch_job_definition.j', change: { after_unknown: { name: true, container_properties: true } } }],
    };
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan, null, 2));
    const result = await lintPaths(['plan.json'], { cwd: dir });
    const queue = result.model.resources.find((r) => r.kind === 'jobQueue')!;
    expect(dataOf(queue).computeEnvironmentOrder).toEqual([{ order: 1, computeEnvironment: 'arn:aws:batch:us-east-1:123456789012:compute-environment/a' }]);
    const jd = result.model.resources.find((r) => r.kind === 'jobDefinition')!;
    expect(jd.name).toBe('aws_batch_job_definition.j');
    expect(isUnknown(dataOf(jd).containerProperties)).toBe(true);
    // A real problem is still found: the API schema applies to the known values.
    expect(result.findings.filter((f) => f.category === 'schema').map((f) => `${f.ruleId}@${f.location.line}`)).toEqual(['schema-range@28']); // attempt_duration_seconds: 30 (at least 60)
  });
});

describe('.tf sources (hcl2json)', () => {
  it('reads jsonencode literals, blocks and references, with the line of each finding', async () => {
    const result = await lintPaths(['fixtures/iac/terraform/root/main.tf'], { cwd: ROOT });
    const byAddress = new Map(result.model.resources.map((r) => [r.address, r]));
    expect(dataOf(byAddress.get('aws_batch_job_queue.etl')!).computeEnvironmentOrder).toEqual([{ computeEnvironment: 'etl-spot', order: 1 }]);
    expect(isUnknown(dataOf(byAddress.get('aws_batch_compute_environment.spot')!).computeResources?.subnets)).toBe(true); // var.subnet_ids
    expect(at(result.findings, 'privileged-container')).toEqual(['aws_batch_job_definition.etl@53:5']);
    expect(at(result.findings, 'min-vcpus-always-on')).toEqual(['aws_batch_compute_environment.spot@26:5']);
    expect(at(result.findings, 'missing-timeout')).toEqual(['aws_batch_job_definition.etl@47:3']); // the `name` argument
    expect(noSchemaOrCrash(result.findings)).toEqual([]);
  });

  it('reports invalid HCL as a parse error, not a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'batchlint-tf-'));
    writeFileSync(join(dir, 'broken.tf'), 'resource "aws_batch_job_queue" "q" {\n  priority = \n');
    const result = await lintPaths(['broken.tf'], { cwd: dir });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['parse-error']);
    expect(result.findings[0]!.message).toMatch(/^Invalid HCL/);
  });

  it('reads HCL literals and leaves expressions unknown', () => {
    expect(readHclLiteral('{\n  image = "busybox"\n  n = 2, ok = true\n  list = [{ type = "VCPU", value = "1" }]\n  "quoted-key": null\n}')).toEqual({ image: 'busybox', n: 2, ok: true, list: [{ type: 'VCPU', value: '1' }], 'quoted-key': null });
    const withRefs = readHclLiteral('{ image = var.image, cmd = ["a", "${var.b}"], t = tostring(5) }') as Record<string, unknown>;
    expect(isUnknown(withRefs.image)).toBe(true);
    expect(isUnknown((withRefs.cmd as unknown[])[1])).toBe(true);
    expect(withRefs.t).toBe('5'); // functions are evaluated (tf-functions.ts)
    expect(isUnknown(readHclLiteral('{ a = '))).toBe(true);
  });
});
