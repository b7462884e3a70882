import { defineRule } from '../../src/engine/rule.js';
import type { JobDefinitionData } from '../../src/model/aws-types.generated.js';
import { isFargateJob } from '../../src/model/containers.js';
import { arrayOf, field, hasField, isRecord, isUnknown, stringOf, type JsonRecord } from '../../src/model/values.js';
import type { JsonPath } from '../../src/source/source-document.js';

/** One ECS task of a job definition: where its IAM role, volumes and ECS Exec switch live. */
export interface EcsTaskSite {
  task: JsonRecord;
  path: JsonPath;
  /** `jobRoleArn` in containerProperties and node range containers, `taskRoleArn` in ecsProperties. */
  roleField: 'jobRoleArn' | 'taskRoleArn';
  label: string;
}

function ecsPropertiesTasks(ecsProperties: unknown, base: JsonPath, where: string, out: EcsTaskSite[]): void {
  arrayOf(field(ecsProperties, 'taskProperties')).forEach((task, t) => {
    if (isRecord(task)) out.push({ task, path: [...base, 'ecsProperties', 'taskProperties', t], roleField: 'taskRoleArn', label: `ecsProperties task${where ? ` in ${where}` : ''}` });
  });
}

/** Every ECS task a job definition declares: containerProperties, node range containers, ecsProperties tasks. */
export function ecsTasksOf(jobDefinition: JobDefinitionData): EcsTaskSite[] {
  const jd: unknown = jobDefinition;
  const out: EcsTaskSite[] = [];
  const single = field(jd, 'containerProperties');
  if (isRecord(single)) out.push({ task: single, path: ['containerProperties'], roleField: 'jobRoleArn', label: 'containerProperties' });
  arrayOf(field(field(jd, 'nodeProperties'), 'nodeRangeProperties')).forEach((range, i) => {
    const where = `node range ${stringOf(field(range, 'targetNodes')) ?? `#${i + 1}`}`;
    const base: JsonPath = ['nodeProperties', 'nodeRangeProperties', i];
    const container = field(range, 'container');
    if (isRecord(container)) out.push({ task: container, path: [...base, 'container'], roleField: 'jobRoleArn', label: `container in ${where}` });
    ecsPropertiesTasks(field(range, 'ecsProperties'), base, where, out);
  });
  ecsPropertiesTasks(field(jd, 'ecsProperties'), [], '', out);
  return out;
}

/** One EFS volume of an ECS task. */
export interface EfsVolumeSite {
  site: EcsTaskSite;
  efs: JsonRecord;
  path: JsonPath;
  name: string;
}

/** Every `efsVolumeConfiguration` of every ECS task of the job definition. */
export function efsVolumesOf(jobDefinition: JobDefinitionData): EfsVolumeSite[] {
  const out: EfsVolumeSite[] = [];
  for (const site of ecsTasksOf(jobDefinition)) {
    arrayOf(field(site.task, 'volumes')).forEach((volume, i) => {
      const efs = field(volume, 'efsVolumeConfiguration');
      if (isRecord(efs)) out.push({ site, efs, path: [...site.path, 'volumes', i, 'efsVolumeConfiguration'], name: stringOf(field(volume, 'name')) ?? `#${i + 1}` });
    });
  }
  return out;
}

/** True when a task runs Windows containers, which cannot set `user`, `readonlyRootFilesystem` or `privileged`. */
export function isWindowsJob(jobDefinition: JobDefinitionData): boolean {
  return ecsTasksOf(jobDefinition).some((site) => (stringOf(field(field(site.task, 'runtimePlatform'), 'operatingSystemFamily')) ?? '').toUpperCase().startsWith('WINDOWS'));
}

/** True when the task names an IAM role (or one that is only known at deploy time). */
export function hasTaskRole(site: EcsTaskSite): boolean {
  const role = field(site.task, site.roleField);
  return isUnknown(role) || (stringOf(role)?.trim() ?? '') !== '' || (hasField(site.task, site.roleField) && typeof role !== 'string');
}

export default defineRule({
  id: 'missing-job-role',
  title: 'No job IAM role',
  category: 'security',
  severity: 'note',
  description: 'An ECS job on EC2 declares no jobRoleArn (taskRoleArn in ecsProperties), so AWS SDKs in the container fall back to the instance role of the compute environment.',
  helpUri: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
  docs: {
    rationale: 'Without a job role, the container has no credentials of its own: the SDK credential chain then reaches the instance metadata service and uses the ECS instance role, shared by every job on the instance and usually broader than any one job needs. Batch runs single-node EC2 jobs in host network mode, where the metadata service is reachable from the container. AWS recommends a role per task ("IAM roles for tasks"). Fargate jobs are not reported: Fargate has no instance role to fall back to.',
    fix: 'Create an IAM role trusted by ecs-tasks.amazonaws.com with only the permissions the job needs and set it as `jobRoleArn` (or `taskRoleArn` in `ecsProperties`). A job that calls no AWS API can still get an empty role, so that it cannot borrow the instance role.',
    bad: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/etl:2.4.1\n  command: [python, -m, etl]',
    good: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/etl:2.4.1\n  command: [python, -m, etl]\n  jobRoleArn: arn:aws:iam::123456789012:role/etl-job',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    noRole: 'The {{where}} has no {{field}}, so the job uses the instance role of the compute environment; give it its own least-privilege role with {{field}}.',
  },
  check(resource, context) {
    // Fargate has no instance role to fall back to; when the platform is only known at deploy time, stay silent.
    const platforms = field(resource.data, 'platformCapabilities');
    if (isUnknown(platforms) || arrayOf(platforms).some(isUnknown) || isFargateJob(resource.data)) return;
    for (const site of ecsTasksOf(resource.data)) {
      if (hasTaskRole(site)) continue;
      context.report({ messageId: 'noRole', data: { where: site.label, field: site.roleField }, path: site.path });
    }
  },
});
