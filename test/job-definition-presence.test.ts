// Presence versus value on job definitions (issue 14), through the facts every job-definition rule
// reads (src/model/facts/job-definition-facts.ts). Each case here failed before the facts:
// - secret-in-environment: a credential-named plain environment entry whose value is unknown is a
//   credential in plain text whatever it holds (the name decides);
// - privileged-container: privileged from a value whose every possibility is true is privileged;
// - public-registry-image: a partly known image decides on its literal head, only when that head
//   holds a whole first path component;
// - spot-job-without-reclaim-retry: an unknown retryStrategy may retry, so Fargate Spot is silent.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { runRules } from '../dist/src/engine/run-rules.js';
import { RULES_BY_ID } from '../dist/rules/index.js';
import { ruleTester } from './helpers/rule-tester.js';
import { makeUnknown } from './helpers/with-unknown.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const rule = (id: string) => RULES_BY_ID.get(id)!;

const cfnEnvironment = (value: string, parameters = '  DbPassword: { Type: String, NoEcho: true }\n') => `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
${parameters}Conditions:
  HasPassword: !Not [!Equals [!Ref DbPassword, ""]]
Resources:
  Job:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      ContainerProperties:
        Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/etl:1.0
        Environment:
          - Name: DB_PASSWORD
            Value: ${value}
`;

const tfEnvironment = (value: string) => `variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_batch_job_definition" "etl" {
  name = "etl"
  type = "container"
  container_properties = jsonencode({
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/etl:1.0"
    environment = [
      { name = "DB_PASSWORD", value = ${value} }
    ]
  })
}
`;

// A value written with an intrinsic function is reported at its nearest positioned parent (the
// entry, the container), as for every rule on CloudFormation intrinsics.
ruleTester.run(rule('secret-in-environment'), {
  invalid: [
    { name: 'CloudFormation !Ref to a parameter', filename: 'template.yaml', code: cfnEnvironment('!Ref DbPassword'), errors: [{ messageId: 'byName', line: 15, column: 25 }] },
    { name: 'Terraform var.db_password', filename: 'main.tf', code: tfEnvironment('var.db_password'), errors: [{ messageId: 'byName', line: 12, column: 31 }] },
  ],
  valid: [
    { name: 'CloudFormation Fn::If that may drop the value', filename: 'template.yaml', code: cfnEnvironment('!If [HasPassword, !Ref DbPassword, !Ref "AWS::NoValue"]') },
    { name: 'CloudFormation ARN of a secret', filename: 'template.yaml', code: cfnEnvironment('!GetAtt DbSecret.Arn') },
    { name: 'Terraform ARN of a secret', filename: 'main.tf', code: tfEnvironment('aws_secretsmanager_secret.db.arn') },
    { name: 'Terraform conditional that may be null', filename: 'main.tf', code: tfEnvironment('var.db_password != "" ? var.db_password : null') },
  ],
});

const image = (value: string) => `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Repo: { Type: String }
  Tag: { Type: String }
Resources:
  Job:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      ContainerProperties:
        Image: ${value}
`;

ruleTester.run(rule('public-registry-image'), {
  invalid: [
    { name: 'public.ecr.aws/${Repo}', filename: 'template.yaml', code: image('!Sub "public.ecr.aws/${Repo}:1.0"'), errors: [{ messageId: 'publicImage', line: 11, column: 21 }] },
    { name: 'library/${Repo} on Docker Hub', filename: 'template.yaml', code: image('!Sub "library/${Repo}:1.0"'), errors: [{ messageId: 'publicImage', line: 11, column: 21 }] },
  ],
  valid: [
    // The unknown first part may be a registry host: no decision.
    { name: '${Repo}/etl', filename: 'template.yaml', code: image('!Sub "${Repo}/etl:1.0"') },
    { name: '${AWS::AccountId}.dkr.ecr...', filename: 'template.yaml', code: image('!Sub "${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/etl:1.0"') },
    // No `/` in the literal head: the unknown tail could still make `ubuntu:...` a host with a port.
    { name: 'ubuntu:${Tag}', filename: 'template.yaml', code: image('!Sub "ubuntu:${Tag}"') },
  ],
});

describe('privileged-container decides on every possible value', () => {
  it.each([
    [[true], 1],
    [[true, 'true'], 1],
    [[true, false], 0],
    [undefined, 0],
  ])('privileged unknown with possible values %j: %i finding', async (possible, count) => {
    const id = 'privileged-container';
    const settings = { only: new Set([id]) };
    const { model } = await lintPaths([join('bad', 'everywhere.yaml')], { cwd: join(ROOT, 'fixtures', id), settings });
    const resource = model.resources.find((r) => r.name === 'priv-single')!;
    makeUnknown(resource, ['containerProperties', 'privileged'], '!Ref Privileged', possible);
    expect(runRules(model, [rule(id)], settings).filter((f) => f.resource?.name === 'priv-single')).toHaveLength(count);
  });
});

describe('presence rules fire only on absent', () => {
  it.each([
    ['missing-retry-strategy', 'retryStrategy'],
    ['missing-timeout', 'timeout'],
  ])('%s: silent when %s is unknown or maybe absent, fires when absent', async (id, key) => {
    const settings = { only: new Set([id]) };
    const dir = join(ROOT, 'fixtures', id);
    const { model, findings } = await lintPaths(['bad'], { cwd: dir, settings });
    const resource = model.resources.find((r) => findings.some((f) => f.ruleId === id && f.resource?.name === r.name))!;
    expect(resource).toBeDefined();
    for (const origin of ['var.settings', '!If HasIt']) {
      makeUnknown(resource, [key], origin);
      expect(runRules(model, [rule(id)], settings).filter((f) => f.resource?.name === resource.name), origin).toEqual([]);
    }
  });
});

// Before the retry facts, an unknown retryStrategy read as "a single attempt" for Fargate Spot: an
// unknown value reported as wrong. Only a strategy that certainly retries nothing is a finding.
describe('spot-job-without-reclaim-retry on Fargate Spot', () => {
  it.each([
    [['retryStrategy'], 'var.retry', 0],
    [['retryStrategy'], '!If Retry', 0],
    [['retryStrategy', 'attempts'], 'var.attempts', 0],
  ])('%j unknown as %s: %i finding', async (path, origin, count) => {
    const id = 'spot-job-without-reclaim-retry';
    const settings = { only: new Set([id]) };
    const { model, findings } = await lintPaths([join('bad', 'fargate-spot-single-attempt.yaml')], { cwd: join(ROOT, 'fixtures', id), settings });
    expect(findings.filter((f) => f.ruleId === id)).toHaveLength(1);
    const resource = model.resources.find((r) => r.name === 'report')!;
    makeUnknown(resource, path, origin);
    expect(runRules(model, [rule(id)], settings).filter((f) => f.resource?.name === 'report')).toHaveLength(count);
  });
});
