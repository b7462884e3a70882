import { defineRule } from '../../src/engine/rule.js';
import { certainly } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';

export default defineRule({
  id: 'privilege-escalation-allowed',
  title: 'EKS container allows privilege escalation',
  category: 'security',
  severity: 'warning',
  description: 'An EKS container sets securityContext.allowPrivilegeEscalation to true, so its processes can gain more privileges than their parent (setuid binaries, file capabilities).',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_EksContainerSecurityContext.html',
  docs: {
    rationale: 'AWS Batch: allowPrivilegeEscalation says "whether or not a container or a Kubernetes pod is allowed to gain more privileges than its parent process. The default value is false." Turning it on lets a process inside the job become root through setuid binaries, the first step of most container escapes; the Kubernetes restricted Pod Security Standard forbids it.',
    fix: 'Remove `allowPrivilegeEscalation` (it defaults to false) or set it to false.',
    bad: 'jobDefinitionName: etl\ntype: container\neksProperties:\n  podProperties:\n    containers:\n      - name: main\n        image: public.ecr.aws/docker/library/busybox:1.36\n        securityContext:\n          allowPrivilegeEscalation: true',
    good: 'jobDefinitionName: etl\ntype: container\neksProperties:\n  podProperties:\n    containers:\n      - name: main\n        image: public.ecr.aws/docker/library/busybox:1.36\n        securityContext:\n          allowPrivilegeEscalation: false',
    peers: ['checkov CKV_K8S_20 (same check on Kubernetes pods)'],
  },
  appliesTo: ['jobDefinition'],
  messages: {
    escalation: 'The {{where}} sets allowPrivilegeEscalation to true; remove it or set it to false (the default).',
  },
  check(resource, context) {
    for (const c of jobDefinitionFacts(resource).containers) {
      if (c.kind !== 'eks' || !certainly(c.allowPrivilegeEscalation, (v) => v)) continue;
      context.report({ messageId: 'escalation', data: { where: c.label }, path: c.allowPrivilegeEscalation.path });
    }
  },
});
