import { defineRule } from '../../src/engine/rule.js';
import { isUndecidedFact, type Fact } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts, type JobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';
import type { EcsTaskFacts, EfsVolumeFact, VolumeFact } from '../../src/model/facts/task-facts.js';

/** ENABLED / DISABLED / undefined (not set) / null (unknown or not a string: stay silent). */
export function enumSetting(fact: Fact<string>): string | undefined | null {
  if (fact.certainty === 'absent') return undefined;
  return fact.certainty === 'known' ? fact.value.trim().toUpperCase() : null;
}

/** True when the EFS volume uses IAM authorization or an access point (transit encryption is then mandatory). */
export function efsNeedsTransitEncryption(efs: EfsVolumeFact): boolean {
  const accessPoint = efs.accessPointId;
  return enumSetting(efs.iam) === 'ENABLED' || isUndecidedFact(accessPoint) || (accessPoint.certainty === 'known' && accessPoint.value.trim() !== '');
}

/** Every `efsVolumeConfiguration` of every ECS task of the job definition. */
export function efsVolumesOf(facts: JobDefinitionFacts): { task: EcsTaskFacts; volume: VolumeFact; efs: EfsVolumeFact }[] {
  return facts.tasks.flatMap((task) => task.volumes.flatMap((volume) => (volume.efs ? [{ task, volume, efs: volume.efs }] : [])));
}

export default defineRule({
  id: 'efs-transit-encryption-disabled',
  title: 'EFS volume without encryption in transit',
  category: 'security',
  severity: 'warning',
  description: 'An EFS volume does not set transitEncryption to ENABLED (the default is DISABLED), so file data crosses the network unencrypted.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_EFSVolumeConfiguration.html',
  docs: {
    rationale: 'AWS Batch: transitEncryption "determines whether to enable encryption for Amazon EFS data in transit between the Amazon ECS host and the Amazon EFS server... If this parameter is omitted, the default value of DISABLED is used." Without it, NFS traffic with the job\'s data is readable by anyone who can capture traffic in the VPC. Volumes that use IAM authorization or an access point are reported by efs-transit-encryption-required instead, because AWS refuses them without it.',
    fix: 'Set `transitEncryption: ENABLED` on the `efsVolumeConfiguration` (it uses TLS through the EFS mount helper; on Fargate, platform version 1.4.0 or later).',
    bad: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36\n  volumes:\n    - name: data\n      efsVolumeConfiguration:\n        fileSystemId: fs-0123456789abcdef0',
    good: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36\n  volumes:\n    - name: data\n      efsVolumeConfiguration:\n        fileSystemId: fs-0123456789abcdef0\n        transitEncryption: ENABLED',
    peers: ['checkov CKV_AWS_97 (same check on ECS task definitions)'],
  },
  appliesTo: ['jobDefinition'],
  messages: {
    disabled: 'EFS volume "{{volume}}" in the {{where}} does not encrypt data in transit (transitEncryption defaults to DISABLED); set transitEncryption: ENABLED.',
  },
  check(resource, context) {
    for (const { task, volume, efs } of efsVolumesOf(jobDefinitionFacts(resource))) {
      const transit = enumSetting(efs.transitEncryption);
      if (transit === null || transit === 'ENABLED' || efsNeedsTransitEncryption(efs)) continue;
      context.report({ messageId: 'disabled', data: { volume: volume.label, where: task.label }, path: transit === undefined ? efs.path : efs.transitEncryption.path });
    }
  },
});
