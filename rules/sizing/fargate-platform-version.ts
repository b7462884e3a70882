import { defineRule } from '../../src/engine/rule.js';
import { known } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';
import { requirementNumber } from '../../src/model/facts/container-facts.js';
import type { EcsTaskFacts } from '../../src/model/facts/task-facts.js';
import { FARGATE_VCPUS_NEEDING_1_4_0 } from '../../src/model/fargate-sizes.js';

/** True for an explicit version below 1.4.0 ("1.3.0"); LATEST, unknown and malformed values are not. */
function isBefore140(version: string): boolean {
  const m = /^\s*(\d+)\.(\d+)\.(\d+)\s*$/.exec(version);
  if (!m) return false;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  return major < 1 || (major === 1 && minor < 4);
}

function usesEfs(task: EcsTaskFacts): boolean {
  return task.volumes.some((v) => v.efs !== undefined);
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
    const facts = jobDefinitionFacts(resource);
    if (facts.platform.kind !== 'fargate') return;

    const container = facts.containers.find((c) => c.path.length === 1 && c.path[0] === 'containerProperties');
    const pinned = container && known(container.fargatePlatformVersion);
    if (container && pinned !== undefined && isBefore140(pinned)) {
      const path = container.fargatePlatformVersion.path;
      const vcpu = requirementNumber(container, 'VCPU');
      if (vcpu && FARGATE_VCPUS_NEEDING_1_4_0.has(vcpu.value)) context.report({ messageId: 'size', data: { version: pinned, vcpu: vcpu.value }, path });
      const task = facts.tasks.find((t) => t.path.length === 1 && t.path[0] === 'containerProperties');
      if (task && usesEfs(task)) context.report({ messageId: 'efs', data: { version: pinned }, path });
    }

    for (const task of facts.tasks) {
      if (task.path[0] !== 'ecsProperties') continue;
      const version = known(task.platformVersion);
      if (version === undefined || !isBefore140(version)) continue;
      if (usesEfs(task)) context.report({ messageId: 'efs', data: { version }, path: task.platformVersion.path });
    }
  },
});
