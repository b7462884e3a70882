import { defineRule } from '../../src/engine/rule.js';
import { known } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';

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
    const facts = jobDefinitionFacts(resource);
    if (facts.windows) return;
    // ECS Exec needs a writable root file system: do not advise against what the job relies on.
    const execTasks = facts.tasks.filter((t) => known(t.enableExecuteCommand) === true).map((t) => t.path.join('/'));
    for (const c of facts.containers) {
      const where = c.path.join('/');
      if (execTasks.some((p) => where === p || where.startsWith(`${p}/`))) continue;
      const setting = c.readonlyRootFilesystem;
      // Unknown (or maybe absent) may be true; a wrong type is the schema rules' business.
      if (setting.certainty === 'unknown' || setting.certainty === 'maybeAbsent' || known(setting) === true) continue;
      if (c.kind === 'eks' && c.securityContext.certainty !== 'known' && c.securityContext.certainty !== 'absent') continue;
      context.report({ messageId: 'writable', data: { where: c.label, field: c.kind === 'eks' ? 'securityContext.readOnlyRootFilesystem' : 'readonlyRootFilesystem' }, path: setting.path });
    }
  },
});
