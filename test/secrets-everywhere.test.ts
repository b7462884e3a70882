// Never print a secret: credential-shaped values planted in every place a value can hide (environment,
// parameters, command, tags, enum fields, property names, CloudFormation parameters, Terraform values)
// appear in no output format of lint, nor in the cost report.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const SECRETS = {
  accessKeyId: 'AKIAZ3MSJV2X4QWERTYU',
  secretKey: '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',
  password: 'Sup3r-S3cret-Pw-2026',
  github: 'ghp_R4nd0mT0k3nV4lu3F0rT3st1ngXyZ12345',
  jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJiYXRjaGxpbnQifQ.c2lnbmF0dXJlLXZhbHVlLWhlcmU',
  pem: 'MIIEowIBAAKCAQEAzq4n0tR3allyAK3yButL0ngEnough',
};
const PEM = `-----BEGIN RSA PRIVATE KEY-----\n${SECRETS.pem}\n-----END RSA PRIVATE KEY-----`;
const CONN = `postgres://etl:${SECRETS.password}@db.internal:5432/warehouse`;

const API_BUNDLE = {
  jobDefinitions: [
    {
      jobDefinitionName: 'leaky',
      type: 'container',
      parameters: { token: SECRETS.github, dsn: CONN },
      containerProperties: {
        image: 'busybox:1.36',
        command: ['run', '--key', SECRETS.secretKey, '--dsn', CONN],
        environment: [
          { name: 'AWS_ACCESS_KEY_ID', value: SECRETS.accessKeyId },
          { name: 'AWS_SECRET_ACCESS_KEY', value: SECRETS.secretKey },
          { name: 'DATABASE_URL', value: CONN },
          { name: 'TLS_KEY', value: PEM },
          { name: 'SESSION', value: SECRETS.jwt },
        ],
        [SECRETS.accessKeyId]: 'a property named like a key',
      },
      tags: { deploy: SECRETS.github },
    },
    {
      jobDefinitionName: 'leaky-eks',
      type: SECRETS.accessKeyId,
      eksProperties: { podProperties: { containers: [{ image: 'busybox:1.36', env: [{ name: 'API_TOKEN', value: SECRETS.github }], args: ['--password', SECRETS.password] }] } },
    },
  ],
  computeEnvironments: [{ computeEnvironmentName: 'ce', type: 'MANAGED', computeResources: { type: 'EC2', maxvCpus: 16, subnets: ['s'], instanceTypes: ['m6i'], tags: { token: SECRETS.jwt } }, tags: { secret: SECRETS.secretKey } }],
  jobQueues: [{ jobQueueName: 'q', priority: 1, computeEnvironmentOrder: [{ order: 1, computeEnvironment: 'ce' }], tags: { password: SECRETS.password } }],
};

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  DbPassword:
    Type: String
    Default: ${SECRETS.password}
  ApiKey:
    Type: String
    Default: ${SECRETS.accessKeyId}
Resources:
  Job:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      Parameters:
        key: !Ref ApiKey
      ContainerProperties:
        Image: busybox:1.36
        Command: [run, !Sub "--password=\${DbPassword}"]
        Environment:
          - Name: DB_PASSWORD
            Value: !Ref DbPassword
          - Name: AWS_SECRET_ACCESS_KEY
            Value: ${SECRETS.secretKey}
        ResourceRequirements:
          - { Type: VCPU, Value: "1" }
          - { Type: MEMORY, Value: "512" }
      Tags:
        token: ${SECRETS.github}
`;

const PLAN = {
  format_version: '1.2',
  terraform_version: '1.9.0',
  planned_values: {
    root_module: {
      resources: [
        {
          address: 'aws_batch_job_definition.leaky',
          mode: 'managed',
          type: 'aws_batch_job_definition',
          name: 'leaky',
          values: {
            name: 'tf-leaky',
            type: 'container',
            parameters: { secret: SECRETS.secretKey },
            container_properties: JSON.stringify({ image: 'busybox:1.36', environment: [{ name: 'DB_PASSWORD', value: SECRETS.password }, { name: 'AWS_ACCESS_KEY_ID', value: SECRETS.accessKeyId }], command: ['--token', SECRETS.github] }),
            tags: { jwt: SECRETS.jwt },
          },
        },
      ],
    },
  },
};

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'batchlint-secrets-'));
  mkdirSync(join(dir, 'batch'));
  writeFileSync(join(dir, 'batch', 'bundle.json'), JSON.stringify(API_BUNDLE, null, 2));
  writeFileSync(join(dir, 'batch', 'template.yaml'), TEMPLATE);
  writeFileSync(join(dir, 'batch', 'plan.json'), JSON.stringify(PLAN, null, 2));
  return dir;
}

function assertNoSecret(output: string, where: string): void {
  for (const [name, value] of Object.entries(SECRETS)) expect(output.includes(value), `${name} in ${where}`).toBe(false);
  expect(output.includes(SECRETS.password), `password in ${where}`).toBe(false);
}

describe('secrets never reach an output', () => {
  const dir = corpus();

  it.each(['text', 'json', 'sarif', 'markdown'])('lint --format %s', (format) => {
    const out = join(dir, `report.${format}`);
    const r = runCli(['lint', 'batch', '--format', format, '--output', out, '--fail-on', 'none'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const report = readFileSync(out, 'utf8');
    expect(report.length).toBeGreaterThan(200);
    assertNoSecret(report + r.stdout + r.stderr, format);
    // The secrets are found, not merely absent: the secret rules fire on every input kind.
    if (format === 'json') {
      const findings = JSON.parse(report).findings as { ruleId: string; location: { file: string } }[];
      const files = new Set(findings.filter((f) => f.ruleId.startsWith('secret-in-')).map((f) => f.location.file));
      expect([...files].sort()).toEqual(['batch/bundle.json', 'batch/plan.json', 'batch/template.yaml']);
    }
  });

  it('cost report, rules listing of the findings and --verbose diagnostics', () => {
    for (const args of [['cost', 'batch'], ['cost', 'batch', '--format', 'json'], ['cost', 'batch', '--format', 'markdown'], ['lint', 'batch', '--verbose', '--quiet']]) {
      const r = runCli(args, { cwd: dir });
      assertNoSecret(r.stdout + r.stderr, args.join(' '));
    }
  });
});
