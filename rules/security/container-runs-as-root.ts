import { defineRule } from '../../src/engine/rule.js';
import { certainly } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';

// The user part of `user`, `user:group`, `uid`, `uid:gid` (ECS formats). Docker resolves names from
// the image's /etc/passwd; `root` and uid 0 are root in every image.
function isRootUser(user: string): boolean {
  const name = user.trim().split(':')[0] ?? '';
  return name === 'root' || /^0+$/.test(name);
}

export default defineRule({
  id: 'container-runs-as-root',
  title: 'Container runs as root',
  category: 'security',
  severity: 'warning',
  description: 'A container is told to run as root: ECS `user` root, 0, 0:0 or root:<group>; EKS securityContext.runAsUser 0, or runAsNonRoot false with no runAsUser.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_TaskContainerProperties.html',
  docs: {
    rationale: 'Amazon ECS advises against running as root (UID 0) with the host network mode, and AWS Batch runs single-node EC2 jobs in host network mode, so a root process in the job shares the host\'s network stack with root rights. AWS offers the IAM condition key batch:User to restrict the user of job definitions; its example allows only `nobody`. EKS: runAsNonRoot false switches off the kubelet check that refuses to start a container whose image runs as root. The log router container of FireLens is not reported: AWS notes it needs root on EC2 jobs. Windows containers cannot set a user and are skipped.',
    fix: 'Run as an unprivileged numeric user: `user: "1000:1000"` (ECS; numbers do not depend on the image\'s /etc/passwd), or `runAsUser: 1000` with `runAsNonRoot: true` (EKS). Build the image so the application works without root.',
    bad: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36\n  user: root',
    good: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36\n  user: "1000:1000"',
    peers: ['Security Hub ECS.20 (ECS task definitions; it also fails an unset user, which this rule leaves to the image)', 'checkov CKV_K8S_23 (same check on Kubernetes pods)'],
  },
  appliesTo: ['jobDefinition'],
  messages: {
    ecsRoot: 'The {{where}} runs as root ("user" is a root user); set "user" to an unprivileged numeric uid such as "1000:1000".',
    eksRootUid: 'The {{where}} sets runAsUser to 0 (root); set a non-zero runAsUser and runAsNonRoot: true.',
    eksNonRootOff: 'The {{where}} sets runAsNonRoot to false and no runAsUser, so it runs as root whenever the image does; set runAsNonRoot: true and a non-zero runAsUser.',
  },
  check(resource, context) {
    const facts = jobDefinitionFacts(resource);
    if (facts.windows) return;
    for (const c of facts.containers) {
      if (c.kind === 'ecs') {
        // A FireLens log router runs as root by design.
        if (c.firelensConfiguration.certainty === 'known') continue;
        if (certainly(c.user, isRootUser)) context.report({ messageId: 'ecsRoot', data: { where: c.label }, path: c.user.path });
        continue;
      }
      if (certainly(c.runAsUser, (uid) => uid === 0)) {
        context.report({ messageId: 'eksRootUid', data: { where: c.label }, path: c.runAsUser.path });
      } else if (c.runAsUser.certainty === 'absent' && certainly(c.runAsNonRoot, (v) => v === false)) {
        context.report({ messageId: 'eksNonRootOff', data: { where: c.label }, path: c.runAsNonRoot.path });
      }
    }
  },
});
