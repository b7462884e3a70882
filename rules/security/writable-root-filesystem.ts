import { defineRule } from '../../src/engine/rule.js';
import { containersOf } from '../../src/model/containers.js';
import { booleanOf, field, hasField, isRecord, isUnknown } from '../../src/model/values.js';
import { ecsTasksOf, isWindowsJob } from './missing-job-role.js';

export default defineRule({
  id: 'writable-root-filesystem',
  title: 'Root file system is writable',
  category: 'security',
  severity: 'note',
  description: 'A container does not set readonlyRootFilesystem (ECS) or securityContext.readOnlyRootFilesystem (EKS) to true.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerProperties.html',
  docs: {
    rationale: 'AWS Batch: "When this parameter is true, the container is given read-only access to its root file system" (it maps to docker run --read-only); the EKS default is false. A read-only root file system stops a compromised job from altering its own binaries or dropping tools, and makes writes go to volumes you chose. AWS Security Hub checks the same setting on ECS task definitions. This is advice: many batch programs write scratch files, and they need a volume (host path, EFS, tmpfs, emptyDir) before the root can be read-only. Tasks with ECS Exec enabled are skipped (ECS Exec needs a writable file system), and so are Windows containers, which cannot set it.',
    fix: 'Set `readonlyRootFilesystem: true` (ECS) or `securityContext.readOnlyRootFilesystem: true` (EKS), and mount a volume where the job writes (for example `linuxParameters.tmpfs` or an `emptyDir` at /tmp).',
    bad: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36',
    good: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36\n  readonlyRootFilesystem: true',
    peers: ['Security Hub ECS.5 (same setting on ECS task definitions)', 'checkov CKV_K8S_22 (same check on Kubernetes pods)'],
  },
  appliesTo: ['jobDefinition'],
  messages: {
    writable: 'The {{where}} has a writable root file system; set {{field}} to true and mount a volume where the job writes.',
  },
  check(resource, context) {
    if (isWindowsJob(resource.data)) return;
    // ECS Exec needs a writable root file system: do not advise against what the job relies on.
    const execTasks = ecsTasksOf(resource.data).filter((t) => booleanOf(field(t.task, 'enableExecuteCommand')) === true).map((t) => t.path.join('/'));
    for (const site of containersOf(resource.data)) {
      const where = site.path.join('/');
      if (execTasks.some((p) => where === p || where.startsWith(`${p}/`))) continue;
      const [holder, key, path] = site.kind === 'eks'
        ? [field(site.container, 'securityContext'), 'readOnlyRootFilesystem', [...site.path, 'securityContext', 'readOnlyRootFilesystem']]
        : [site.container, 'readonlyRootFilesystem', [...site.path, 'readonlyRootFilesystem']];
      const value = field(holder, key);
      if (isUnknown(value) || booleanOf(value) === true) continue;
      // A wrong type is the schema rules' business.
      if (hasField(holder, key) && booleanOf(value) === undefined) continue;
      if (site.kind === 'eks' && hasField(site.container, 'securityContext') && !isRecord(field(site.container, 'securityContext'))) continue;
      context.report({ messageId: 'writable', data: { where: site.label, field: site.kind === 'eks' ? 'securityContext.readOnlyRootFilesystem' : 'readonlyRootFilesystem' }, path });
    }
  },
});
