import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFactsOf } from '../../src/model/facts/compute-environment-facts.js';
import { known } from '../../src/model/facts/fact.js';
import { cachedPlacement, describePairing, violations } from '../../src/placement/paired-placements.js';
import { option } from '../../src/engine/rule-options.js';
import { PLACEMENT_OPTIONS, placementOptionsFromRule } from '../../src/placement/placement-options.js';
import { chooseInstance, priceFits } from '../../src/cost/instance-choice.js';
import { DEFAULT_MAX_MEMORY_TRIM_PERCENT, extraCopyByMemory } from '../../src/cost/savings.js';
import { costRegion, formatUsdAmount } from '../../src/cost/environment-prices.js';
import type { JsonPath } from '../../src/source/source-document.js';

export default defineRule({
  id: 'memory-blocks-extra-copy',
  title: 'Memory just above what lets one more copy fit per instance',
  category: 'cost',
  severity: 'note',
  description: 'The job asks for slightly more memory than would let one more copy of it fit on the instance type Batch would launch for it, so each instance runs one copy fewer.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/memory-management.html',
  docs: {
    rationale: 'Batch packs as many copies of a job on an instance as its vCPUs, registered memory and GPUs allow, and bills the instance. When memory is the limit, a request a few percent too large costs a whole copy per instance: 2 copies instead of 3 is 50% more per job. The instance type is the one the environment\'s allocation strategy would pick (BEST_FIT: the cheapest that fits, bundled price catalog); memory available to jobs comes from the placement memory model (docs/placement.md). Option `maxTrimPercent` (default 10): only trims up to this share of the job\'s memory are suggested.',
    fix: 'If the job\'s real peak allows it, lower MEMORY to the value in the message (measure it first: a job over its memory is killed).',
    bad: '# 8192 MiB on m5.xlarge (about 15938 MiB available to jobs): one copy per instance; 7969 MiB would allow two.\njobDefinitions:\n  - jobDefinitionName: transcode\n    type: container\n    containerProperties:\n      image: my-image:1.0\n      resourceRequirements:\n        - { type: VCPU, value: "1" }\n        - { type: MEMORY, value: "8192" }\ncomputeEnvironments:\n  - computeEnvironmentName: media\n    type: MANAGED\n    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5.xlarge], subnets: [subnet-1] }\njobQueues:\n  - jobQueueName: media\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: media }',
    good: '# 7900 MiB: two copies fit on one m5.xlarge.\njobDefinitions:\n  - jobDefinitionName: transcode\n    type: container\n    containerProperties:\n      image: my-image:1.0\n      resourceRequirements:\n        - { type: VCPU, value: "1" }\n        - { type: MEMORY, value: "7900" }\ncomputeEnvironments:\n  - computeEnvironmentName: media\n    type: MANAGED\n    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5.xlarge], subnets: [subnet-1] }\njobQueues:\n  - jobQueueName: media\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: media }',
  },
  appliesTo: ['jobDefinition'],
  options: { ...PLACEMENT_OPTIONS, maxTrimPercent: option.number(DEFAULT_MAX_MEMORY_TRIM_PERCENT, { exclusiveMinimum: 0, maximum: 50 }) },
  messages: {
    oneMore: 'MEMORY is {{memory}} MiB: one {{type}} ({{available}} MiB available to jobs under the memory model) holds {{copies}}; at {{target}} MiB or less it would hold {{next}}, about {{saving}} less per job-hour ({{percent}}% less) [environment {{environment}}, {{pairing}}].',
  },
  check(resource, context) {
    const options = placementOptionsFromRule(context.options);
    const maxTrim = context.options.maxTrimPercent;
    const found = violations(resource, context.model, (pairing) => {
      const placement = cachedPlacement(resource, pairing, context.model, options);
      if (!placement.requirements || placement.requirements.multinode) return undefined;
      for (const env of placement.environments) {
        // An instance type list with an unknown entry: which type Batch would launch is not known.
        if (env.status !== 'instances' || !env.environment || (env.expansion?.unresolved.length ?? 0) > 0) continue;
        const node = env.nodes[0];
        if (!node || !node.node.complete || !node.node.memoryMiB) continue;
        const region = options.region ?? env.region ?? costRegion(env.environment, context.options);
        const spot = env.platform?.provisioning === 'SPOT';
        const { priced, unpriced } = priceFits(node.candidates, context.prices() /* loaded once, when a job fits somewhere */, region, spot ? 'spot' : 'on-demand', { durationSeconds: 3600, jobs: 1 });
        const choice = chooseInstance(priced, unpriced, known(computeEnvironmentFactsOf(env.environment.data).resources.allocationStrategy), spot ? 'spot' : 'on-demand');
        if (!choice || typeof choice === 'string') continue;
        const extra = extraCopyByMemory(node.node, choice.chosen.fit, maxTrim);
        if (!extra) continue;
        const perJobNow = choice.chosen.price.usdPerHour / extra.copies;
        const perJobNext = choice.chosen.price.usdPerHour / extra.nextCopies;
        return {
          path: node.node.memoryMiB.path,
          data: {
            memory: node.node.memoryMiB.value,
            type: choice.chosen.fit.type.name,
            available: choice.chosen.fit.availableMiB,
            copies: extra.copies === 1 ? '1 copy' : `${extra.copies} copies`,
            target: extra.memoryMiB,
            next: extra.nextCopies,
            saving: formatUsdAmount(perJobNow - perJobNext),
            percent: Math.round((100 * (perJobNow - perJobNext)) / perJobNow),
            environment: env.environment.name,
            pairing: describePairing(pairing),
          },
        };
      }
      return undefined;
    });
    const first = found[0];
    if (first) context.report({ messageId: 'oneMore', data: first.result.data, path: first.result.path as JsonPath });
  },
});
