import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts, provisionedAs } from '../../src/model/facts/compute-environment-facts.js';
import { certainly, isAbsentFact, isWrittenFact } from '../../src/model/facts/fact.js';

export default defineRule({
  id: 'spot-fleet-role-missing',
  title: 'BEST_FIT Spot compute environment without a Spot Fleet role',
  category: 'sizing',
  severity: 'error',
  description: 'A SPOT compute environment with the BEST_FIT allocation strategy (or none, which means BEST_FIT) has no spotIamFleetRole.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html',
  docs: {
    rationale: 'AWS (spotIamFleetRole): "This role is required if the allocation strategy set to BEST_FIT or if the allocation strategy isn\'t specified." BEST_FIT is the default strategy. The other strategies use the service-linked role instead.',
    fix: 'Use SPOT_PRICE_CAPACITY_OPTIMIZED (recommended by AWS; no Spot Fleet role needed), or set spotIamFleetRole to the ARN of a role with the AmazonEC2SpotFleetTaggingRole managed policy.',
    bad: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: SPOT\n  maxvCpus: 256\n  instanceTypes: [m5, c5]',
    good: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: SPOT\n  allocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED\n  maxvCpus: 256\n  instanceTypes: [m5, c5]',
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    missing: 'This SPOT compute environment uses {{strategy}} but has no spotIamFleetRole, which BEST_FIT requires; switch to SPOT_PRICE_CAPACITY_OPTIMIZED or add the Spot Fleet role ARN.',
  },
  check(resource, context) {
    const facts = computeEnvironmentFacts(resource);
    if (!provisionedAs(facts, 'SPOT')) return;
    const cr = facts.resources;
    const role = cr.spotIamFleetRole;
    if (isWrittenFact(role) && !(role.certainty === 'known' && role.value === '')) return;
    const strategy = cr.allocationStrategy;
    // EKS environments must name a strategy (a different mistake, left to the API): no BEST_FIT default there.
    if (isAbsentFact(strategy) && !isWrittenFact(facts.eksConfiguration)) {
      context.report({ messageId: 'missing', data: { strategy: 'the default strategy (BEST_FIT)' }, path: cr.provisioning.path });
    } else if (certainly(strategy, (s) => s === 'BEST_FIT')) {
      context.report({ messageId: 'missing', data: { strategy: 'BEST_FIT' }, path: strategy.path });
    }
  },
});
