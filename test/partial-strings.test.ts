// Unknown is not absent: a string built from known text and unknown values keeps its known text, and a
// rule about the value decides on it (`!Sub ${Repo}:latest` has the tag latest), never on the unknown part.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { knownTail, partialString } from '../dist/src/model/values.js';

async function imageFindings(file: string, text: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'batchlint-partial-'));
  writeFileSync(join(dir, file), text);
  const result = await lintPaths([file], { cwd: dir, settings: { only: new Set(['mutable-image-tag']) } });
  return result.findings.filter((f: { ruleId: string }) => f.ruleId === 'mutable-image-tag').map((f: { message: string }) => (/without a tag/.test(f.message) ? 'noTag' : 'latest'));
}

const template = (image: string): string => `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Repo: { Type: String }
Resources:
  Job:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      ContainerProperties:
        Image: ${image}
        ResourceRequirements:
          - { Type: VCPU, Value: "1" }
          - { Type: MEMORY, Value: "2048" }
`;

describe('partly known strings', () => {
  it('keep their known pieces, merged, with null for the unknown ones', () => {
    const value = partialString('!Sub', ['', null, ':', 'latest']);
    expect(knownTail(value)).toBe(':latest');
    expect(knownTail(partialString('!Sub', ['repo:', null]))).toBeUndefined();
    expect(partialString('!Sub', ['a', 'b'])).toBe('ab');
  });

  it.each([
    ['!Sub "${Repo}:latest"', ['latest']],
    ['!Join [":", [!Ref Repo, "latest"]]', ['latest']],
    ['!Sub "${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/isaac"', ['noTag']],
    ['!Sub "${Repo}:2.4.1"', []],
    ['!Sub "${Repo}"', []],
    ['!Sub "etl:${Tag}"', []],
    ['!Sub "${Repo}@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"', []],
  ])('CloudFormation Image %s', async (image, expected) => {
    expect(await imageFindings('stack.yaml', template(image))).toEqual(expected);
  });

  it.each([
    ['${var.repo}:latest', ['latest']],
    ['${var.registry}/etl', ['noTag']],
    ['${var.repo}:${var.tag}', []],
    ['${var.image}', []],
  ])('Terraform image "%s"', async (image, expected) => {
    const tf = `resource "aws_batch_job_definition" "etl" {
  name = "etl"
  type = "container"
  container_properties = jsonencode({
    image = "${image}"
    resourceRequirements = [{ type = "VCPU", value = "1" }, { type = "MEMORY", value = "2048" }]
  })
}
`;
    expect(await imageFindings('main.tf', tf)).toEqual(expected);
  });
});
