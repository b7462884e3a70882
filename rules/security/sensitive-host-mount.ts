import { posix } from 'node:path';
import { defineRule } from '../../src/engine/rule.js';
import { known } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';
import type { VolumeFact } from '../../src/model/facts/task-facts.js';

// Host paths whose whole subtree gives a container control of the host or its secrets.
const SENSITIVE_TREES = [
  '/etc', '/proc', '/sys', '/root', '/boot',
  '/var/run/docker.sock', '/run/docker.sock', '/var/lib/docker',
  '/var/run/containerd', '/run/containerd', '/var/lib/containerd',
  '/var/lib/kubelet', '/var/lib/ecs', '/var/run/crio', '/run/crio',
];
// Host paths that are sensitive as a whole (mounting one file below them, such as /dev/log, is common and harmless).
const SENSITIVE_EXACT = ['/', '/dev', '/var', '/var/run', '/run', '/home', '/usr', '/lib', '/lib64', '/bin', '/sbin', '/var/lib'];

// Mounts that hand the job the host itself: its whole file system, or a container runtime's socket
// (directly or through the directory that holds it), which starts privileged containers at will.
const HOST_TAKEOVER_EXACT = ['/', '/var/run', '/run'];
const HOST_TAKEOVER_TREES = ['/var/run/docker.sock', '/run/docker.sock', '/var/run/containerd', '/run/containerd', '/var/run/crio', '/run/crio'];

function takesOverHost(sensitive: string): boolean {
  return HOST_TAKEOVER_EXACT.includes(sensitive) || HOST_TAKEOVER_TREES.includes(sensitive);
}

/** The sensitive path the host path falls under, or undefined. */
export function sensitiveHostPath(raw: string): string | undefined {
  if (!raw.startsWith('/')) return undefined;
  const path = posix.normalize(raw).replace(/(.)\/+$/, '$1');
  if (SENSITIVE_EXACT.includes(path)) return path;
  return SENSITIVE_TREES.find((tree) => path === tree || path.startsWith(`${tree}/`));
}

export default defineRule({
  id: 'sensitive-host-mount',
  title: 'Sensitive host path mounted',
  category: 'security',
  severity: 'error',
  messageSeverity: { sensitive: 'warning' },
  severityNote: 'warning for host paths other than `/` and the container runtime socket',
  description: 'A job mounts a sensitive path of the host into its containers: `/`, the Docker or containerd socket, `/etc`, `/proc`, `/sys`, `/root`, `/dev`, `/var/lib/docker`, `/boot`... (ECS `volumes[].host.sourcePath`, EKS `hostPath` volumes).',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_Host.html',
  docs: {
    rationale: 'A host volume presents "the path on the host container instance" to the container. The Docker socket gives full control of the Docker daemon, and so root on the instance and every other job on it; /etc, /root and /var/lib/ecs hold host credentials and configuration; /proc and /sys expose and can change kernel and process state; / and /dev expose everything. Even read-only, most of these leak secrets. The Kubernetes baseline Pod Security Standard forbids hostPath volumes altogether. Mounting `/`, or the Docker, containerd or CRI-O socket (or /run, /var/run, which hold it), is an error: it is the host. Other sensitive paths are warnings.',
    fix: 'Mount only the directory the job needs (a dedicated data directory such as /scratch), use EFS or an emptyDir for shared data, and never mount the container runtime socket. Suppress with a reason for trusted infrastructure jobs (log or metric agents).',
    bad: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/docker:27\n  volumes:\n    - name: docker\n      host:\n        sourcePath: /var/run/docker.sock',
    good: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36\n  volumes:\n    - name: scratch\n      host:\n        sourcePath: /scratch',
    peers: ['checkov CKV_K8S_27 (Docker socket in Kubernetes hostPath volumes)'],
  },
  appliesTo: ['jobDefinition'],
  messages: {
    sensitive: 'The {{where}} mounts the host path {{path}} (volume "{{volume}}"), which exposes {{what}}; mount a dedicated directory instead.',
    hostTakeover: 'The {{where}} mounts the host path {{path}} (volume "{{volume}}"), which gives it {{what}}; mount a dedicated directory instead.',
  },
  check(resource, context) {
    const describe = (path: string): string => (path === '/' ? 'the whole host file system' : path === '/run' || path === '/var/run' || path.endsWith('.sock') || path.includes('containerd') || path.includes('crio') ? 'the container runtime and so root on the host' : path === '/proc' || path === '/sys' ? 'kernel and process state of the host' : path === '/dev' ? 'every device of the host' : 'host files and credentials');
    const report = (where: string, volume: VolumeFact): void => {
      const raw = known(volume.hostPath);
      if (raw === undefined) return;
      const hit = sensitiveHostPath(raw);
      if (hit === undefined) return;
      context.report({ messageId: takesOverHost(hit) ? 'hostTakeover' : 'sensitive', data: { where, path: raw, volume: known(volume.name) ?? '?', what: describe(hit) }, path: volume.hostPath.path });
    };
    const facts = jobDefinitionFacts(resource);
    for (const task of facts.tasks) for (const volume of task.volumes) report(task.label, volume);
    for (const pod of facts.pods) for (const volume of pod.volumes) report(pod.nodeRange ? `EKS pod in ${pod.nodeRange}` : 'EKS pod', volume);
  },
});
