// Every shape people keep Batch configurations in is recognised by content, with positions.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { ROOT } from './helpers/cli.js';

const SAMPLES = join(ROOT, 'fixtures/samples/api');

describe('API-shape inputs', () => {
  it('reads create/register inputs, describe outputs, bundles, multi-document YAML and lists', async () => {
    const result = await lintPaths(['.'], { cwd: SAMPLES });
    const found = result.model.resources.map((r) => `${r.source.document.file} ${r.kind} ${r.name}`).sort();
    expect(found).toEqual([
      'bundle-multi-document.yaml jobDefinition bundled-described:2',
      'bundle-multi-document.yaml jobDefinition bundled-register',
      'bundle-multi-document.yaml jobQueue bundled-queue',
      'bundle-multi-document.yaml schedulingPolicy bundled-policy',
      'create-compute-environment.json computeEnvironment sample-ce',
      'create-job-queue.yaml jobQueue sample-queue',
      'create-scheduling-policy.json schedulingPolicy sample-policy',
      'describe-compute-environments.yaml computeEnvironment sample-described-ce',
      'describe-job-definitions.json jobDefinition sample-described:7',
      'describe-job-queues.json jobQueue sample-described-queue',
      'describe-scheduling-policies.yaml schedulingPolicy sample-described-policy',
      'list-of-resources.json computeEnvironment listed-ce',
      'list-of-resources.json jobQueue listed-queue',
      'register-job-definition.cli-input.yaml jobDefinition sample-register-yaml',
      'register-job-definition.json jobDefinition sample-register',
    ]);
    expect(result.skipped).toEqual([]);
    // Describe shapes validate: no schema finding on any sample.
    expect(result.findings.filter((f) => f.category === 'schema' || f.category === 'run')).toEqual([]);
  });

  it('keeps the ARN of described resources on their findings', async () => {
    const result = await lintPaths(['describe-job-definitions.json'], { cwd: SAMPLES });
    const finding = result.findings.find((f) => f.ruleId === 'missing-timeout');
    expect(finding?.location).toMatchObject({ file: 'describe-job-definitions.json', line: 4, column: 7, arn: 'arn:aws:batch:us-east-1:123456789012:job-definition/sample-described:7' });
  });

  it('locates the same finding at the same line and column in JSON and YAML', async () => {
    const result = await lintPaths(['register-job-definition.json', 'register-job-definition.cli-input.yaml'], { cwd: SAMPLES });
    const at = (file: string): string | undefined => {
      const f = result.findings.find((x) => x.ruleId === 'missing-timeout' && x.location.file === file);
      return f && `${f.location.line}:${f.location.column}-${f.location.endLine}:${f.location.endColumn}`;
    };
    expect(at('register-job-definition.json')).toBe('2:3-2:22');
    expect(at('register-job-definition.cli-input.yaml')).toBe('2:1-2:18');
  });
});
