// The whole infrastructure-as-code fixture set through the built CLI, as users run it: every rule
// that applies fires at the right line and address, and no finding comes from an intrinsic or an
// unknown value (no schema finding, no crash).
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

interface JsonFinding { ruleId: string; category: string; severity: string; location: { file: string; line: number; column: number; address: string | null } }

describe('batchlint lint fixtures/iac', () => {
  const result = runCli(['lint', 'fixtures/iac', '--format', 'json']);
  const findings = (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
  const where = (ruleId: string): string[] => findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.location.file}:${f.location.line}:${f.location.column} ${f.location.address}`).sort();

  it('reads templates, plans and .tf sources', () => {
    const files = new Set(findings.map((f) => f.location.file));
    expect([...files].sort()).toEqual([
      'fixtures/iac/cdk.out/BatchStack.template.json',
      'fixtures/iac/cloudformation/batch-stack.yaml',
      'fixtures/iac/cloudformation/fargate-stack.json',
      'fixtures/iac/terraform/module/plan.json',
      'fixtures/iac/terraform/root/main.tf',
      'fixtures/iac/terraform/root/plan.json',
    ]);
  });

  it('fires privileged-container, missing-timeout and min-vcpus-always-on where they apply', () => {
    expect(where('privileged-container')).toEqual([
      'fixtures/iac/cloudformation/batch-stack.yaml:109:21 EtlJob',
      'fixtures/iac/cloudformation/fargate-stack.json:94:25 ThumbnailJob',
      'fixtures/iac/terraform/module/plan.json:117:47 module.training.aws_batch_job_definition.train',
      'fixtures/iac/terraform/root/main.tf:53:5 aws_batch_job_definition.etl',
      'fixtures/iac/terraform/root/plan.json:74:37 aws_batch_job_definition.etl',
    ]);
    expect(where('missing-timeout')).toEqual([
      'fixtures/iac/cdk.out/BatchStack.template.json:107:5 JobDefn3E4E5ABF',
      'fixtures/iac/terraform/root/main.tf:47:3 aws_batch_job_definition.etl',
      'fixtures/iac/terraform/root/plan.json:78:13 aws_batch_job_definition.etl',
    ]);
    expect(where('min-vcpus-always-on')).toEqual([
      'fixtures/iac/cloudformation/batch-stack.yaml:68:19 SpotCE',
      'fixtures/iac/terraform/root/main.tf:26:5 aws_batch_compute_environment.spot',
      'fixtures/iac/terraform/root/plan.json:43:30 aws_batch_compute_environment.spot',
    ]);
  });

  it('raises no schema finding, crash or error because of an intrinsic or a value unknown until apply', () => {
    expect(findings.filter((f) => ['run', 'schema', 'internal'].includes(f.category))).toEqual([]);
    // The only errors are the deliberate privileged containers listed above (an error since the
    // default gate blocks them), so the run fails on them alone.
    expect(findings.filter((f) => f.severity === 'error' && f.ruleId !== 'privileged-container')).toEqual([]);
    expect(result.code).toBe(1);
  });
});
