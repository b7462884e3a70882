import { defineRule } from '../../src/engine/rule.js';
import { knownHeadOf, type Fact } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';

/** An image reference split as Docker reads it: `[registry/]repository[:tag][@digest]`. */
export interface ImageReference {
  /** The registry host (with port), or undefined for Docker Hub's implicit registry. */
  registry?: string;
  repository: string;
  tag?: string;
  digest?: string;
}

/**
 * Splits an image reference. The first path component is a registry only if it has a `.` or a `:`
 * or is `localhost` (Docker's rule), so `localhost:5000/x` and `registry:5000/x` are registries with
 * ports, while `library/busybox:1.36` is a Docker Hub repository with a tag.
 */
export function parseImage(image: string): ImageReference | undefined {
  const text = image.trim();
  // Templates (`${Token[...]}`, `{{...}}`) cannot be read before deploy.
  if (text === '' || /[\s${}]/.test(text)) return undefined;
  const [beforeDigest, digest] = text.split('@', 2) as [string, string | undefined];
  const parts = beforeDigest.split('/');
  let registry: string | undefined;
  if (parts.length > 1 && (/[.:]/.test(parts[0]!) || parts[0] === 'localhost')) registry = parts.shift()!.toLowerCase();
  const last = parts.pop() ?? '';
  const colon = last.lastIndexOf(':');
  const tag = colon >= 0 ? last.slice(colon + 1) : undefined;
  const repository = [...parts, colon >= 0 ? last.slice(0, colon) : last].join('/');
  // Docker's reference grammar: each path component is lowercase alphanumerics joined by `.`, `_`,
  // `__` or dashes, and a tag is `[\w][\w.-]{0,127}`. Anything else (`__image__`, `<IMAGE_URI>`,
  // `IMAGE`) is a placeholder a pipeline replaces before registering, not an image Batch would pull.
  // https://github.com/distribution/reference/blob/main/reference.go
  const component = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
  if (!repository.split('/').every((c) => component.test(c))) return undefined;
  if (tag !== undefined && tag !== '' && !/^\w[\w.-]{0,127}$/.test(tag)) return undefined;
  return { registry, repository, tag: tag === '' ? undefined : tag, digest: digest === '' ? undefined : digest };
}

// Registries anyone can pull from anonymously. Docker Hub hosts private repositories too, which
// need repositoryCredentials (ECS) or imagePullSecrets (EKS): those are not reported.
const PUBLIC_REGISTRIES: [RegExp, string][] = [
  [/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io|registry\.hub\.docker\.com)$/, 'Docker Hub'],
  [/^public\.ecr\.aws$/, 'Amazon ECR Public'],
  [/^ghcr\.io$/, 'GitHub Container Registry'],
  [/^quay\.io$/, 'Quay.io'],
  [/^(?:[a-z]+\.)?gcr\.io$|^registry\.k8s\.io$/, 'a Google public registry'],
  [/^mcr\.microsoft\.com$/, 'Microsoft Container Registry'],
  [/^nvcr\.io$/, 'NVIDIA NGC'],
  [/^registry\.gitlab\.com$/, 'GitLab Container Registry'],
];

export function publicRegistryOf(reference: ImageReference): string | undefined {
  if (reference.registry === undefined) return 'Docker Hub';
  return PUBLIC_REGISTRIES.find(([pattern]) => pattern.test(reference.registry!))?.[1];
}

/**
 * The literal text an image starts with: the whole of a known reference, the text before the first
 * interpolation left in a known string (`${...}`, `{{...}}`), or the first literal part of a partly
 * known one (`public.ecr.aws/${var.repo}:1.0` -> `public.ecr.aws/`).
 */
function knownImageHead(image: Fact<string>): string | undefined {
  if (image.certainty === 'known') {
    const m = /[$]\{|\{\{/.exec(image.value);
    return m ? image.value.slice(0, m.index) : undefined;
  }
  return knownHeadOf(image);
}

/**
 * The public registry an image only partly known comes from, decided on its literal head alone: only
 * when the head holds a whole first path component (a `/` after it), since an unknown first part may
 * well be a registry host (`${var.account}.dkr.ecr...`) and `ubuntu:${tag}` could still grow one.
 */
function registryOfKnownHead(image: Fact<string>): string | undefined {
  const head = knownImageHead(image)?.trim();
  if (head === undefined || !head.includes('/')) return undefined;
  const first = head.slice(0, head.indexOf('/'));
  if (/[.:]/.test(first) || first === 'localhost') return publicRegistryOf({ registry: first.toLowerCase(), repository: '' });
  // A Docker Hub namespace (`library/`, `myorg/`) only when it is a valid component, not a placeholder.
  return /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/.test(first) ? 'Docker Hub' : undefined;
}

/** A partly known image for a message: its literal parts, `...` where a part is unknown. */
function shownPartly(image: Fact<string>): string {
  if (image.certainty === 'known') return image.value.trim();
  return image.certainty === 'unknown' && image.parts ? image.parts.map((p) => (typeof p === 'string' ? p : '...')).join('') : image.certainty === 'absent' ? '' : image.origin;
}

export default defineRule({
  id: 'public-registry-image',
  title: 'Image pulled from a public registry',
  category: 'security',
  severity: 'note',
  description: 'A container image comes from a public registry (Docker Hub, implicitly when no registry is named; Amazon ECR Public, ghcr.io, quay.io, gcr.io...) rather than a private Amazon ECR repository.',
  helpUri: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache.html',
  docs: {
    rationale: 'AWS Batch passes the image "directly to the Docker daemon. Images in the Docker Hub registry are available by default." An image from a public registry can be changed or removed by its publisher, is not scanned by your ECR scanning, and Docker Hub rate-limits anonymous pulls, which fails jobs at scale (CannotPullContainerError). An ECR pull-through cache or a copy in a private ECR repository keeps the image under your control, scanned, and in the Region. Images from private Docker Hub repositories (with repositoryCredentials or imagePullSecrets) are not reported.',
    fix: 'Copy the image into a private Amazon ECR repository, or create an ECR pull-through cache rule for the upstream registry, and reference `<account>.dkr.ecr.<region>.amazonaws.com/...`.',
    bad: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: busybox:1.36',
    good: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/docker-hub/library/busybox:1.36',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    publicImage: 'The {{where}} pulls {{image}} from {{registry}}; copy it into a private Amazon ECR repository or use an ECR pull-through cache.',
  },
  check(resource, context) {
    const facts = jobDefinitionFacts(resource);
    const eksPodsWithSecrets = facts.pods.some((pod) => (pod.imagePullSecrets.certainty === 'known' ? pod.imagePullSecrets.value.length > 0 : false));
    for (const c of facts.containers) {
      if (c.kind === 'ecs' && c.repositoryCredentials.certainty !== 'absent') continue;
      if (c.kind === 'eks' && eksPodsWithSecrets) continue;
      const image = c.image.certainty === 'known' ? c.image.value : undefined;
      const reference = image === undefined ? undefined : parseImage(image);
      const registry = reference !== undefined ? publicRegistryOf(reference) : registryOfKnownHead(c.image);
      if (registry === undefined) continue;
      context.report({ messageId: 'publicImage', data: { where: c.label, image: reference !== undefined ? image!.trim() : shownPartly(c.image), registry }, path: c.image.path });
    }
  },
});
