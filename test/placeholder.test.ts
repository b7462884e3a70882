// The placeholder recogniser on spellings found in public configurations (READMEs, envsubst and
// Helm/Jinja/Go templates, Serverless Framework files, AWS CLI docs), and on real values that look
// a little like them and must stay known.
import { describe, expect, it } from 'vitest';
import { hasPlaceholder, isPlaceholder, placeholderPieces } from '../dist/src/model/placeholder.js';
import { lintPaths } from '../dist/src/lint-files.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WITH_PLACEHOLDER = [
  'arn:aws:iam::<account-id>:role/AWSBatchServiceRole',
  'arn:aws:iam::<your-account-id>:role/service-role/AWSBatchServiceRole',
  'arn:aws:batch:<region>:<your-account-id>:job-queue/q',
  'arn:aws:iam::<AWS_ACCOUNT_ID>:role/x',
  'arn:aws:iam::${AWS::AccountId}:role/x',
  'arn:aws:iam::${AWS_ACCOUNT_ID}:role/AWSBatchServiceRole-${ENVIRONMENT_NAME}',
  'arn:aws:iam::${aws:accountId}:role/AWSBatchServiceRole',
  'arn:aws:iam::${data.aws_caller_identity.current.account_id}:root',
  'arn:aws:iam::#{AWS::AccountId}:role/${self:custom.integrationName}',
  'arn:aws:iam::{{account_id}}:policy/AWSLoadBalancerControllerIAMPolicy',
  'arn:aws:iam::{{ BACKUP-ACCOUNT-ID }}:root',
  'arn:aws:iam::{{- .Values.global.aws.accountId }}:role/product-roles/x',
  'arn:aws:iam::{{env.AWS_ACCOUNT_ID}}:user/xxx',
  'arn:aws:iam::{{111122223333}}:role/{{role-name}}',
  'arn:aws:iam::ACCOUNT_ID:role/AWSBatchServiceRole',
  'arn:aws:iam::YOUR_ACCOUNT_ID:role/lambda-execution-role',
  'arn:aws:iam::YOUR-ACCOUNT-ID:root',
  'arn:aws:iam::YOUR_ACCOUNT:role/ecsTaskExecutionRole',
  'arn:aws:iam::AWS_ACCOUNT_ID:role/x',
  'arn:aws:ecr:REGION:ACCOUNT:repository/app',
  'arn:aws:iam::XXXXXXXXXXXX:user/a_user',
  'arn:aws:iam::xxxxxx:role/EC2InstanceROle',
  'arn:aws:iam::XXXXX:mfa/XXX',
  'arn:aws:iam::$ENV:ACCOUNT_ID:role/$ENV:SERVICE_ROLE_NAME',
  'arn:aws:iam::$AWS_ACCOUNT_ID:role/batch',
  'arn:aws:iam::$(AWS_ACCOUNT_ID):role/batch',
  'arn:aws:iam::%AWS_ACCOUNT_ID%:role/batch',
  'arn:aws:iam::__ACCOUNT_ID__:role/batch',
  'arn:aws:iam::@ACCOUNT_ID@:role/batch',
  'arn:aws:iam::{account_id}:role/batch',
  '<account>.dkr.ecr.<region>.amazonaws.com/app:1.2',
  'ACCOUNT_ID.dkr.ecr.REGION.amazonaws.com/app:latest',
  '${AWS_ACCOUNT_ID}.dkr.ecr.${AWS_REGION}.amazonaws.com/app',
  'subnet-xxxxxxxx',
  'sg-XXXXXXXX',
  'REPLACE_ME',
  'CHANGEME',
  'CHANGE_ME',
  '<role-arn>',
  '{{ image }}',
  'TODO',
];

const WHOLE = ['<account-id>', '<your-role-arn>', 'REPLACE_ME', 'CHANGEME', '{{ value }}', '{{- .Values.image -}}', '${VALUE}', '${AWS::AccountId}', 'XXXXXXXXXXXX', 'xxxxxxxxxxxx', 'ACCOUNT_ID', 'YOUR_ACCOUNT_ID', ' <subnet-id> ', '$(IMAGE)', '%IMAGE_URI%', '__IMAGE__'];

const KNOWN = [
  'arn:aws:iam::123456789012:role/AWSBatchServiceRole',
  'arn:aws:iam::111122223333:role/service-role/AWSBatchServiceRole',
  'arn:aws:iam::012345678910:role/AWSBatchServiceRole',
  'arn:aws:iam::000000000000:role/AWSBatchServiceRole',
  'arn:aws:iam::aws:policy/service-role/AWSBatchServiceRole',
  'arn:aws:iam::123456789012:role/BATCH_SERVICE_ROLE',
  'ACCOUNT_SYNC',
  'REGIONAL_QUEUE',
  'batch-queue-prod',
  'public.ecr.aws/amazonlinux/amazonlinux:2023',
  '123456789012.dkr.ecr.us-east-1.amazonaws.com/app@sha256:0123abcd',
  'subnet-0a1b2c3d4e5f',
  'sg-12345678',
  'SPOT_PRICE_CAPACITY_OPTIMIZED',
  'BEST_FIT_PROGRESSIVE',
  'ENABLED',
  'Ref::inputfile',
  'a < b and c > d',
  'x <= 3',
  'echo hello',
  'max',
  'xx',
];

describe('placeholders', () => {
  it.each(WITH_PLACEHOLDER)('finds the placeholder in %s', (text) => {
    expect(hasPlaceholder(text)).toBe(true);
  });

  it.each(WHOLE)('%j is a placeholder as a whole', (text) => {
    expect(isPlaceholder(text)).toBe(true);
  });

  it.each(KNOWN)('%s is a known value, not a placeholder', (text) => {
    expect(hasPlaceholder(text)).toBe(false);
    expect(placeholderPieces(text)).toBeUndefined();
  });

  it('a string with a placeholder inside is not a placeholder as a whole', () => {
    expect(isPlaceholder('arn:aws:iam::<account-id>:role/x')).toBe(false);
    expect(isPlaceholder('${A}-${B}')).toBe(false);
  });

  it('splits a string into known pieces and placeholders', () => {
    expect(placeholderPieces('arn:aws:iam::<account-id>:role/x')).toEqual(['arn:aws:iam::', null, ':role/x']);
    expect(placeholderPieces('arn:aws:ecr:REGION:ACCOUNT:repository/app')).toEqual(['arn:aws:ecr:', null, ':', null, ':repository/app']);
    expect(placeholderPieces('{{ image }}')).toEqual([null]);
    expect(placeholderPieces('${A}${B}:latest')).toEqual([null, null, ':latest']);
  });

  it('nested template syntaxes are one placeholder', () => {
    expect(placeholderPieces('{{ ${X} }}/app')).toEqual([null, '/app']);
  });
});

describe('a placeholder is never a schema error', () => {
  const cases: [string, string][] = [
    ['name', 'jobDefinitionName: "{{ name }}"\ntype: container\ncontainerProperties:\n  image: app:1.0\n'],
    ['name with a placeholder inside', 'jobDefinitionName: "batch-${STAGE}-etl"\ntype: container\ncontainerProperties:\n  image: app:1.0\n'],
    ['enum', 'jobDefinitionName: etl\ntype: REPLACE_ME\ncontainerProperties:\n  image: app:1.0\n'],
    ['type', 'jobDefinitionName: etl\ntype: container\ncontainerProperties: <container-properties>\n'],
    ['number', 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: app:1.0\nretryStrategy:\n  attempts: "${ATTEMPTS}"\n'],
  ];
  it.each(cases)('%s', async (_, yaml) => {
    const dir = mkdtempSync(join(tmpdir(), 'batchlint-placeholder-'));
    try {
      writeFileSync(join(dir, 'job.yaml'), yaml);
      const { findings } = await lintPaths(['job.yaml'], { cwd: dir });
      expect(findings.filter((f) => f.category === 'schema').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a value that is wrong stays wrong beside a placeholder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'batchlint-placeholder-'));
    try {
      writeFileSync(join(dir, 'job.yaml'), 'jobDefinitionName: "{{ name }}"\ntype: containr\ncontainerProperties:\n  image: app:1.0\n');
      const { findings } = await lintPaths(['job.yaml'], { cwd: dir });
      expect(findings.filter((f) => f.category === 'schema').map((f) => f.ruleId)).toEqual(['schema-enum']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
