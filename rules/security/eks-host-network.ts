import { defineRule } from '../../src/engine/rule.js';
import { known } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';

export default defineRule({
  id: 'eks-host-network',
  title: 'EKS pod uses the host network',
  category: 'security',
  severity: 'note',
  description: 'An EKS job\'s pod shares the node\'s network namespace: hostNetwork is true, or not set (AWS Batch defaults it to true).',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_EksPodProperties.html',
  docs: {
    rationale: 'AWS Batch: hostNetwork "indicates if the pod uses the hosts\' network IP address. The default value is true." A pod on the host network can reach every service listening on the node (the kubelet, other pods\' host ports, the instance metadata service with the node role) and is outside Kubernetes network policies; the Kubernetes baseline Pod Security Standard forbids it. AWS keeps the default because "most Batch workloads are egress-only and don\'t require the overhead of IP allocation for each pod", so this is advice: one note per pod, silent once hostNetwork is false.',
    fix: 'Set `podProperties.hostNetwork: false` to use the Kubernetes pod networking model (each pod gets its own IP from the VPC CNI), or suppress this rule for jobs that need the host network.',
    bad: 'jobDefinitionName: etl\ntype: container\neksProperties:\n  podProperties:\n    containers:\n      - name: main\n        image: public.ecr.aws/docker/library/busybox:1.36',
    good: 'jobDefinitionName: etl\ntype: container\neksProperties:\n  podProperties:\n    hostNetwork: false\n    containers:\n      - name: main\n        image: public.ecr.aws/docker/library/busybox:1.36',
    peers: ['checkov CKV_K8S_19 (same check on Kubernetes pods)'],
  },
  appliesTo: ['jobDefinition'],
  messages: {
    explicit: 'The EKS pod{{where}} sets hostNetwork to true and shares the node\'s network; set hostNetwork: false unless the job needs the host network.',
    defaulted: 'The EKS pod{{where}} does not set hostNetwork, and AWS Batch defaults it to true (the pod shares the node\'s network); set hostNetwork: false unless the job needs the host network.',
  },
  check(resource, context) {
    for (const pod of jobDefinitionFacts(resource).pods) {
      const where = pod.nodeRange ? ` in ${pod.nodeRange}` : '';
      if (pod.hostNetwork.certainty === 'absent') {
        context.report({ messageId: 'defaulted', data: { where }, path: pod.path });
      } else if (known(pod.hostNetwork) === true) {
        context.report({ messageId: 'explicit', data: { where }, path: pod.hostNetwork.path });
      }
    }
  },
});
