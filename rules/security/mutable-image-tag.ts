import { defineRule } from '../../src/engine/rule.js';
import { knownTailOf, textBeforeFinalName, type Fact } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';
import { parseImage } from './public-registry-image.js';

/**
 * The tag of an image only partly known before deploy (`!Sub ${Repo}:latest`, a Terraform
 * `"${var.repo}:latest"`), read from the literal text after the last unknown part: `latest`, `null` when
 * that text shows there is no tag (`.../etl` after the registry), `digest`, or undefined when the
 * unknown part may hold the tag.
 */
function partialImageTag(image: Fact<string>): string | null | 'digest' | undefined {
  // An unknown name last, after a `/` (an ECR repository's URL): a repository path with no tag or digest.
  const beforeName = textBeforeFinalName(image);
  if (beforeName !== undefined) return beforeName.endsWith('/') ? null : undefined;
  const whole = image.certainty === 'known' ? image.value : undefined;
  // Interpolation left in a string (`${...}`, `{{...}}`): only what follows the last one is known.
  const tail = whole !== undefined ? (/[$]\{|\{\{/.test(whole) ? whole.slice(whole.lastIndexOf('}') + 1) : undefined) : knownTailOf(image);
  if (tail === undefined || tail === '') return undefined;
  if (tail.includes('@')) return 'digest';
  const slash = tail.lastIndexOf('/');
  const segment = slash >= 0 ? tail.slice(slash + 1) : tail;
  const colon = segment.lastIndexOf(':');
  if (colon >= 0) {
    const tag = segment.slice(colon + 1);
    return /^\w[\w.-]{0,127}$/.test(tag) ? tag : undefined;
  }
  // No colon after a known `/`: the last path component is known and carries no tag.
  return slash >= 0 && /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/.test(segment) ? null : undefined;
}

export default defineRule({
  id: 'mutable-image-tag',
  title: 'Image tag :latest or missing',
  category: 'security',
  severity: 'warning',
  description: 'A container image is referenced by the tag `latest` or by no tag (which means `latest`), so what runs changes whenever someone pushes; an image pinned by digest (`@sha256:...`) is not reported.',
  helpUri: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html',
  docs: {
    rationale: 'An image without a tag is pulled as `latest`, a tag that moves with every push: two attempts of the same job, or two nodes of a multinode job, can run different code, a retry may not reproduce a failure, and whoever can push to the repository changes what your jobs run without touching the job definition. Amazon ECR can make tags immutable, and a digest pins the exact image.',
    fix: 'Reference a version tag that is never reused (`etl:2.4.1`, ideally in an ECR repository with tag immutability), or pin the digest (`etl@sha256:...`).',
    bad: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/etl:latest',
    good: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/etl:2.4.1',
    peers: ['checkov CKV_K8S_14 (same check on Kubernetes pods)'],
  },
  appliesTo: ['jobDefinition'],
  messages: {
    latest: 'The {{where}} uses the image tag "latest", which changes with every push; pin a version tag or a digest (@sha256:...).',
    noTag: 'The {{where}} names an image without a tag, so "latest" is pulled and changes with every push; pin a version tag or a digest (@sha256:...).',
  },
  check(resource, context) {
    for (const c of jobDefinitionFacts(resource).containers) {
      const image = c.image.certainty === 'known' ? c.image.value : undefined;
      const reference = image === undefined ? undefined : parseImage(image);
      if (reference === undefined) {
        // Partly known: decide on the literal text only; unknown parts are never reported as wrong.
        const tag = partialImageTag(c.image);
        if (tag === null) context.report({ messageId: 'noTag', data: { where: c.label }, path: c.image.path });
        else if (tag !== undefined && tag !== 'digest' && tag.toLowerCase() === 'latest') context.report({ messageId: 'latest', data: { where: c.label }, path: c.image.path });
        continue;
      }
      if (reference.digest !== undefined || reference.repository === '') continue;
      if (reference.tag === undefined) context.report({ messageId: 'noTag', data: { where: c.label }, path: c.image.path });
      else if (reference.tag.toLowerCase() === 'latest') context.report({ messageId: 'latest', data: { where: c.label }, path: c.image.path });
    }
  },
});
