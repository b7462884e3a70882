import { defineRule } from '../../src/engine/rule.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';
import { efsNeedsTransitEncryption, efsVolumesOf, enumSetting } from './efs-transit-encryption-disabled.js';

export default defineRule({
  id: 'efs-transit-encryption-required',
  title: 'EFS IAM authorization or access point without transit encryption',
  category: 'security',
  severity: 'error',
  description: 'An EFS volume uses IAM authorization or an access point but does not enable transit encryption, which AWS requires for both.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_EFSAuthorizationConfig.html',
  docs: {
    rationale: 'AWS Batch: "If an access point is used, transit encryption must be enabled in the EFSVolumeConfiguration", and "EFS IAM authorization requires that TransitEncryption be ENABLED and that a JobRoleArn is specified." transitEncryption defaults to DISABLED, so leaving it out is the same as disabling it: the volume cannot be mounted and the job cannot run.',
    fix: 'Set `transitEncryption: ENABLED` on the `efsVolumeConfiguration`.',
    bad: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36\n  jobRoleArn: arn:aws:iam::123456789012:role/etl-job\n  volumes:\n    - name: data\n      efsVolumeConfiguration:\n        fileSystemId: fs-0123456789abcdef0\n        authorizationConfig:\n          iam: ENABLED',
    good: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36\n  jobRoleArn: arn:aws:iam::123456789012:role/etl-job\n  volumes:\n    - name: data\n      efsVolumeConfiguration:\n        fileSystemId: fs-0123456789abcdef0\n        transitEncryption: ENABLED\n        authorizationConfig:\n          iam: ENABLED',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    required: 'EFS volume "{{volume}}" in the {{where}} uses {{feature}}, which requires transitEncryption: ENABLED (the default is DISABLED); enable it.',
  },
  check(resource, context) {
    for (const { task, volume, efs } of efsVolumesOf(jobDefinitionFacts(resource))) {
      const transit = enumSetting(efs.transitEncryption);
      if (transit === null || transit === 'ENABLED' || !efsNeedsTransitEncryption(efs)) continue;
      const iam = enumSetting(efs.iam) === 'ENABLED';
      context.report({ messageId: 'required', data: { volume: volume.label, where: task.label, feature: iam ? 'IAM authorization' : 'an access point' }, path: transit === undefined ? efs.path : efs.transitEncryption.path });
    }
  },
});
