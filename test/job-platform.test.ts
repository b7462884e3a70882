// One reader decides where a job runs (src/model/facts/job-platform-facts.ts). Before it, three readers disagreed:
// with `platformCapabilities: [fargate]` (CloudFormation accepts any case) timeout-fargate-over-14-days
// fired while fargate-invalid-size stayed silent.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../dist/src/lint-files.js';
import { jobPlatformFact } from '../dist/src/model/facts/job-platform-facts.js';
import { unknownValue } from '../dist/src/model/values.js';

const job = (capabilities: string) => `jobDefinitionName: report
type: container
platformCapabilities: [${capabilities}]
timeout: { attemptDurationSeconds: 1500000 }
containerProperties:
  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/report:1.0
  executionRoleArn: arn:aws:iam::123456789012:role/exec
  resourceRequirements:
    - { type: VCPU, value: "1" }
    - { type: MEMORY, value: "1000" }
`;

async function firedFor(capabilities: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'batchlint-platform-'));
  writeFileSync(join(dir, 'job.yaml'), job(capabilities));
  const result = await lintPaths(['job.yaml'], { cwd: dir });
  return result.findings.map((f: { ruleId: string }) => f.ruleId).filter((id: string) => id === 'fargate-invalid-size' || id === 'timeout-fargate-over-14-days').sort();
}

describe('where a job runs', () => {
  it.each(['FARGATE', 'fargate', 'Fargate'])('every Fargate rule sees platformCapabilities [%s] as Fargate', async (caps) => {
    expect(await firedFor(caps)).toEqual(['fargate-invalid-size', 'timeout-fargate-over-14-days']);
  });

  it('no Fargate rule fires for an EC2 job', async () => {
    expect(await firedFor('EC2')).toEqual([]);
  });

  it('is unknown, not EC2, for an unknown, mixed or newer capability', () => {
    expect(jobPlatformFact({ platformCapabilities: unknownValue('var.caps') }).capacity).toBeUndefined();
    expect(jobPlatformFact({ platformCapabilities: ['EC2', 'FARGATE'] }).capacity).toBeUndefined();
    expect(jobPlatformFact({ platformCapabilities: ['MANAGED_INSTANCES'] }).capacity).toBeUndefined();
    expect(jobPlatformFact({}).capacity).toBe('ec2');
    expect(jobPlatformFact({ eksProperties: { podProperties: {} } })).toEqual({ capacity: 'ec2', orchestration: 'EKS' });
  });
});

// Every rule that depends on where a job runs reads the job definition's platform fact, so a
// capability in any case means the same to all of them.
const mixedHabits = (capabilities: string) => `jobDefinitionName: report
type: container
platformCapabilities: [${capabilities}]
containerProperties:
  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/report:1.0
  executionRoleArn: arn:aws:iam::123456789012:role/exec
  privileged: true
  vcpus: 1
  networkConfiguration: { assignPublicIp: ENABLED }
  resourceRequirements:
    - { type: MEMORY, value: "2048" }
`;

const PLATFORM_RULES = new Set(['privileged-container', 'missing-job-role', 'legacy-resource-fields', 'fargate-unsupported-field', 'ec2-job-fargate-field']);

async function platformFindings(capabilities: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'batchlint-platform-'));
  writeFileSync(join(dir, 'job.yaml'), mixedHabits(capabilities));
  const result = await lintPaths(['job.yaml'], { cwd: dir });
  return result.findings.filter((f: { ruleId: string }) => PLATFORM_RULES.has(f.ruleId)).map((f: { ruleId: string; messageId?: string }) => `${f.ruleId} ${f.messageId}`).sort();
}

describe('the platform-dependent rules agree on the platform', () => {
  it.each(['FARGATE', 'fargate', 'Fargate'])('[%s] is Fargate to every one of them', async (caps) => {
    expect(await platformFindings(caps)).toEqual(['fargate-unsupported-field field', 'privileged-container privilegedFargate']);
  });

  it.each(['EC2', 'ec2'])('[%s] is EC2 to every one of them', async (caps) => {
    expect(await platformFindings(caps)).toEqual(['ec2-job-fargate-field fargateOnly', 'legacy-resource-fields legacy', 'missing-job-role noRole', 'privileged-container privileged']);
  });
});
