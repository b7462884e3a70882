import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts } from '../../src/model/facts/compute-environment-facts.js';
import { entriesOf, known } from '../../src/model/facts/fact.js';

/** Amazon Linux 2 image types and their end of support ([API:Ec2Configuration]). */
const AL2_IMAGE_TYPES: Readonly<Record<string, { replacement: string; end: string }>> = {
  ECS_AL2: { replacement: 'ECS_AL2023', end: 'ECS AL2 AMIs lose support on 2026-06-30, when Batch stops creating new ECS compute environments with Batch-provided AL2 AMIs' },
  ECS_AL2_NVIDIA: { replacement: 'ECS_AL2023_NVIDIA', end: 'ECS AL2 AMIs lose support on 2026-06-30, when Batch stops creating new ECS compute environments with Batch-provided AL2 AMIs' },
  EKS_AL2: { replacement: 'EKS_AL2023', end: 'EKS AL2 AMIs lost support on 2025-11-26' },
  EKS_AL2_NVIDIA: { replacement: 'EKS_AL2023_NVIDIA', end: 'EKS AL2 AMIs lost support on 2025-11-26' },
};

export default defineRule({
  id: 'deprecated-al2-image',
  title: 'Amazon Linux 2 image type',
  category: 'sizing',
  severity: 'warning',
  description: 'A compute environment\'s ec2Configuration uses an Amazon Linux 2 image type (ECS_AL2, ECS_AL2_NVIDIA, EKS_AL2, EKS_AL2_NVIDIA), which AWS is retiring.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_Ec2Configuration.html',
  docs: {
    rationale: 'AWS ends support for the ECS AL2-optimized and accelerated AMIs on 2026-06-30, and from that date Batch blocks creating new ECS compute environments that use Batch-provided AL2 AMIs; EKS AL2 AMIs lost support on 2025-11-26. ECS_AL2023 (and EKS_AL2023) are the defaults. Note that ECS_AL2023_NVIDIA does not support p3 and g3 instances, and AL2023 does not support A1.',
    fix: 'Switch imageType to ECS_AL2023 / ECS_AL2023_NVIDIA (or EKS_AL2023 / EKS_AL2023_NVIDIA), or drop ec2Configuration to get the AL2023 defaults; move p3 / g3 GPU workloads to newer GPU families first.',
    bad: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 256\n  ec2Configuration:\n    - imageType: ECS_AL2',
    good: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 256\n  ec2Configuration:\n    - imageType: ECS_AL2023',
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    al2: 'imageType {{imageType}} is Amazon Linux 2: {{end}}; use {{replacement}}.',
  },
  check(resource, context) {
    for (const config of entriesOf(computeEnvironmentFacts(resource).resources.ec2Configuration)) {
      const imageType = known(config.imageType);
      const info = imageType === undefined || !Object.hasOwn(AL2_IMAGE_TYPES, imageType) ? undefined : AL2_IMAGE_TYPES[imageType];
      if (imageType === undefined || !info) continue;
      context.report({ messageId: 'al2', data: { imageType, end: info.end, replacement: info.replacement }, path: config.imageType.path });
    }
  },
});
