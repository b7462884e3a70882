import { defineRule } from '../../src/engine/rule.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';
import { hasTaskRole } from '../../src/model/facts/task-facts.js';
import { efsVolumesOf, enumSetting } from './efs-transit-encryption-disabled.js';

export default defineRule({
  id: 'efs-iam-without-job-role',
  title: 'EFS IAM authorization without a job role',
  category: 'security',
  severity: 'error',
  description: 'An EFS volume enables IAM authorization, but the task declares no jobRoleArn (taskRoleArn in ecsProperties) for EFS to authorize.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_EFSAuthorizationConfig.html',
  docs: {
    rationale: 'AWS Batch: authorizationConfig.iam says "whether or not to use the Batch job IAM role defined in a job definition when mounting the Amazon EFS file system", and "EFS IAM authorization requires that TransitEncryption be ENABLED and that a JobRoleArn is specified." With IAM authorization and no job role there is no identity to authorize, so the mount fails and the job cannot run.',
    fix: 'Set `jobRoleArn` (or `taskRoleArn` in `ecsProperties`) to a role that the file system policy allows (elasticfilesystem:ClientMount, and ClientWrite if the job writes), or turn IAM authorization off.',
    bad: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36\n  volumes:\n    - name: data\n      efsVolumeConfiguration:\n        fileSystemId: fs-0123456789abcdef0\n        transitEncryption: ENABLED\n        authorizationConfig:\n          iam: ENABLED',
    good: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36\n  jobRoleArn: arn:aws:iam::123456789012:role/etl-job\n  volumes:\n    - name: data\n      efsVolumeConfiguration:\n        fileSystemId: fs-0123456789abcdef0\n        transitEncryption: ENABLED\n        authorizationConfig:\n          iam: ENABLED',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    noRole: 'EFS volume "{{volume}}" in the {{where}} uses IAM authorization, but the task has no {{field}} for EFS to authorize; set {{field}} or turn IAM authorization off.',
  },
  check(resource, context) {
    for (const { task, volume, efs } of efsVolumesOf(jobDefinitionFacts(resource))) {
      if (enumSetting(efs.iam) !== 'ENABLED' || hasTaskRole(task)) continue;
      context.report({ messageId: 'noRole', data: { volume: volume.label, where: task.label, field: task.roleField }, path: efs.iam.path });
    }
  },
});
