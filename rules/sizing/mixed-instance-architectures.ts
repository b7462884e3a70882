import { defineRule } from '../../src/engine/rule.js';
import { architectureOfInstanceType, type Architecture } from '../../src/model/instance-architecture.js';
import { computeEnvironmentFacts } from '../../src/model/facts/compute-environment-facts.js';
import { entriesOf } from '../../src/model/facts/fact.js';

export default defineRule({
  id: 'mixed-instance-architectures',
  title: 'x86 and ARM instance types in one compute environment',
  category: 'sizing',
  severity: 'error',
  description: 'A compute environment\'s instanceTypes mix x86_64 and arm64 (Graviton) types, families or bundles.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html',
  docs: {
    rationale: 'AWS: "the instance types that you select for the compute environment must share the same architecture. For example, you can\'t mix x86 and ARM instances in the same compute environment." The architecture comes from the type name (src/model/instance-architecture.ts): Graviton families have a "g" right after the generation (m6g, c7gn, r8g, t4g) and a1 is Graviton; optimal and default_x86_64 are x86, default_arm64 is ARM. Names it cannot read are ignored.',
    fix: 'Split the types into two compute environments, one per architecture, each with images built for it (they can serve the same queue only if the jobs run on both).',
    bad: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 256\n  instanceTypes: [m6i, m6g]',
    good: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 256\n  instanceTypes: [m6g, c6g, r6g]',
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    mixed: '{{type}} is {{architecture}}, but {{first}} in the same instanceTypes is {{firstArchitecture}}; one compute environment cannot mix x86 and ARM, so move one architecture to its own compute environment.',
  },
  check(resource, context) {
    let first: { type: string; architecture: Architecture } | undefined;
    for (const entry of entriesOf(computeEnvironmentFacts(resource).resources.instanceTypes)) {
      const type = entry.certainty === 'known' ? entry.value : undefined;
      const architecture = type === undefined ? undefined : architectureOfInstanceType(type);
      if (type === undefined || architecture === undefined) continue;
      if (!first) first = { type, architecture };
      else if (architecture !== first.architecture) {
        context.report({
          messageId: 'mixed',
          data: { type, architecture, first: first.type, firstArchitecture: first.architecture },
          path: entry.path,
        });
      }
    }
  },
});
