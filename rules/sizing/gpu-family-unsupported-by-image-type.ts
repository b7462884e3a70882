import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts, type ComputeResourcesFacts } from '../../src/model/facts/compute-environment-facts.js';
import { isWrittenFact } from '../../src/model/facts/fact.js';
import { environmentPlatformOf } from '../../src/graph/platform.js';

// The Batch-provided NVIDIA AMIs do not drive every GPU instance family:
// - ECS_AL2023_NVIDIA "doesn't support p3 and g3" (the Kepler/Volta generations its driver dropped);
// - neither ECS_AL2_NVIDIA nor ECS_AL2023_NVIDIA supports Graviton (arm64) types such as g5g.
// ECS_AL2023_NVIDIA is also what Batch uses for GPU families when ec2Configuration is omitted
// (the ECS default became AL2023 on 2026-01-12).
// https://docs.aws.amazon.com/batch/latest/APIReference/API_Ec2Configuration.html
// https://docs.aws.amazon.com/batch/latest/userguide/batch-gpu-ami.html
const AL2023_UNSUPPORTED_FAMILIES: ReadonlySet<string> = new Set(['p3', 'p3dn', 'g3', 'g3s']);

/** The image type Batch uses for this environment's GPU types, or undefined when a custom AMI or an unknown value decides it. */
function gpuImageType(resources: ComputeResourcesFacts): string | undefined {
  if (isWrittenFact(resources.launchTemplate) || isWrittenFact(resources.imageId)) return undefined;
  const configs = resources.ec2Configuration;
  if (configs.certainty === 'absent') return 'ECS_AL2023_NVIDIA';
  // A list from a variable, or not a list (the schema rules say so).
  if (configs.certainty !== 'known') return configs.certainty === 'unknown' && configs.invalid ? 'ECS_AL2023_NVIDIA' : undefined;
  if (configs.value.length === 0) return 'ECS_AL2023_NVIDIA';
  for (const entry of configs.value) {
    if (isWrittenFact(entry.imageIdOverride)) return undefined;
    const type = entry.imageType.certainty === 'known' ? entry.imageType.value.toUpperCase() : undefined;
    if (type === undefined) return undefined;
    if (type === 'ECS_AL2023_NVIDIA' || type === 'ECS_AL2_NVIDIA') return type;
  }
  return undefined; // no NVIDIA entry: gpu-image-type-not-nvidia speaks of that case
}

export default defineRule({
  id: 'gpu-family-unsupported-by-image-type',
  title: 'GPU instance family the NVIDIA image type cannot drive',
  category: 'sizing',
  severity: 'warning',
  description: 'An ECS compute environment lists GPU instance types that its NVIDIA image type does not support: p3 and g3 under ECS_AL2023_NVIDIA (also the default when ec2Configuration is omitted), Graviton GPU types under either NVIDIA image type.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_Ec2Configuration.html',
  docs: {
    rationale: 'ECS_AL2023_NVIDIA, the image type Batch uses for GPU families by default, "doesn\'t support p3 and g3", and neither NVIDIA image type supports Graviton-based types ([API:Ec2Configuration], [UG:batch-gpu-ami]). Instances of those types come up without a working GPU driver, and GPU jobs sent to them fail or wait.',
    fix: 'Use a current GPU family (g4dn, g5, g6, p4d, p5...), or keep p3/g3 with an explicit ECS_AL2_NVIDIA entry (deprecated) or a custom AMI; for Graviton GPU types use a custom AMI with the driver.',
    bad: '# no ec2Configuration: Batch picks ECS_AL2023_NVIDIA for GPU types\ncomputeEnvironmentName: train\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 256\n  instanceTypes: [p3, g5]\n  subnets: [subnet-1]',
    good: 'computeEnvironmentName: train\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 256\n  instanceTypes: [g5, g6, p4d]\n  subnets: [subnet-1]',
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    unsupported: '{{imageType}} does not support {{types}}{{implied}}: these instances would start without a working GPU driver. {{advice}}',
  },
  check(resource, context) {
    const platform = environmentPlatformOf(resource);
    if (!platform.managed || platform.capacity !== 'ec2' || platform.orchestration !== 'ECS') return;
    const resources = computeEnvironmentFacts(resource).resources;
    const imageType = gpuImageType(resources);
    if (!imageType) return;
    const expansion = context.instanceTypes(resource);
    if (!expansion) return;
    // Named families and types only: keywords (optimal, default_*) never stand for these families.
    const unsupported = (t: { gpu?: unknown; architecture: string; family: string }): boolean => Boolean(t.gpu) && (t.architecture === 'arm64' || (imageType === 'ECS_AL2023_NVIDIA' && AL2023_UNSUPPORTED_FAMILIES.has(t.family)));
    const badEntries = expansion.entries.filter((e) => (e.kind === 'type' || e.kind === 'family') && e.types.some(unsupported));
    if (badEntries.length === 0) return;
    const bad = badEntries.flatMap((e) => e.types.filter(unsupported));
    const families = [...new Set(bad.map((t) => t.family))].sort();
    const graviton = bad.some((t) => t.architecture === 'arm64');
    const implied = isWrittenFact(resources.ec2Configuration) ? '' : ' (the image type Batch uses for GPU families when ec2Configuration is omitted)';
    const advice = graviton ? 'Use a custom AMI with the NVIDIA driver for Graviton GPU types, or an x86 GPU family.' : 'Use a current GPU family (g4dn, g5, g6, p4d, p5), or set imageType ECS_AL2_NVIDIA (deprecated) or a custom AMI.';
    context.report({ messageId: 'unsupported', data: { imageType, types: families.join(', '), implied, advice }, path: [...resources.instanceTypes.path, badEntries[0]!.index ?? 0] });
  },
});
