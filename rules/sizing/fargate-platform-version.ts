import { defineRule } from '../../src/engine/rule.js';
import type { JsonPath } from '../../src/source/source-document.js';
import { arrayOf, field, isRecord, stringOf } from '../../src/model/values.js';
import { FARGATE_VCPUS_NEEDING_1_4_0 } from '../../src/model/fargate-sizes.js';
import { jobPlatformOf } from './reading/job-platform.js';
import { requirementNumber } from './reading/resource-requirements.js';

/** True for an explicit version below 1.4.0 ("1.3.0"); LATEST, unknown and malformed values are not. */
function isBefore140(version: string): boolean {
  const m = /^\s*(\d+)\.(\d+)\.(\d+)\s*$/.exec(version);
  if (!m) return false;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  return major < 1 || (major === 1 && minor < 4);
}

function usesEfs(volumes: unknown): boolean {
  return arrayOf(volumes).some((v) => isRecord(field(v, 'efsVolumeConfiguration')));
}

export default defineRule({
  id: 'fargate-platform-version',
  title: 'Fargate platform version too old for the job',
  category: 'sizing',
  severity: 'error',
  description: 'A Fargate job pins a platform version below 1.4.0 but mounts an EFS volume or asks for 8, 16 or 32 vCPU, which need 1.4.0 or later.',
  helpUri: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html',
  docs: {
    rationale: 'The 8, 16 and 32 vCPU Fargate sizes "require Linux platform 1.4.0 or later" (ECS Developer Guide), and for EFS volumes on Fargate "platformVersion 1.4.0 or later is required" (https://docs.aws.amazon.com/batch/latest/APIReference/API_Volume.html). LATEST, the default, is 1.4.0 on Linux and is never reported.',
    fix: 'Set fargatePlatformConfiguration.platformVersion to LATEST or 1.4.0 (or remove it: LATEST is the default).',
    bad: 'jobDefinitionName: etl\ntype: container\nplatformCapabilities: [FARGATE]\ncontainerProperties:\n  image: my-image:1.0\n  executionRoleArn: arn:aws:iam::123456789012:role/exec\n  fargatePlatformConfiguration:\n    platformVersion: 1.3.0\n  resourceRequirements:\n    - type: VCPU\n      value: "8"\n    - type: MEMORY\n      value: "16384"',
    good: 'jobDefinitionName: etl\ntype: container\nplatformCapabilities: [FARGATE]\ncontainerProperties:\n  image: my-image:1.0\n  executionRoleArn: arn:aws:iam::123456789012:role/exec\n  fargatePlatformConfiguration:\n    platformVersion: LATEST\n  resourceRequirements:\n    - type: VCPU\n      value: "8"\n    - type: MEMORY\n      value: "16384"',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    size: 'Platform version {{version}} cannot run a {{vcpu}} vCPU Fargate job (8, 16 and 32 vCPU need 1.4.0 or later); use LATEST or 1.4.0.',
    efs: 'Platform version {{version}} cannot mount EFS volumes on Fargate (EFS needs 1.4.0 or later); use LATEST or 1.4.0.',
  },
  check(resource, context) {
    if (jobPlatformOf(resource.data) !== 'fargate') return;
    const jd: unknown = resource.data;

    const container = field(jd, 'containerProperties');
    const pinned = stringOf(field(field(container, 'fargatePlatformConfiguration'), 'platformVersion'));
    if (pinned !== undefined && isBefore140(pinned)) {
      const path: JsonPath = ['containerProperties', 'fargatePlatformConfiguration', 'platformVersion'];
      const vcpu = requirementNumber(container, 'VCPU');
      if (vcpu && FARGATE_VCPUS_NEEDING_1_4_0.has(vcpu.value)) context.report({ messageId: 'size', data: { version: pinned, vcpu: vcpu.value }, path });
      if (usesEfs(field(container, 'volumes'))) context.report({ messageId: 'efs', data: { version: pinned }, path });
    }

    arrayOf(field(field(jd, 'ecsProperties'), 'taskProperties')).forEach((task, t) => {
      const version = stringOf(field(task, 'platformVersion'));
      if (version === undefined || !isBefore140(version)) return;
      if (usesEfs(field(task, 'volumes'))) context.report({ messageId: 'efs', data: { version }, path: ['ecsProperties', 'taskProperties', t, 'platformVersion'] });
    });
  },
});
