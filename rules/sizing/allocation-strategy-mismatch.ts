import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts, provisionedAs } from '../../src/model/facts/compute-environment-facts.js';
import { known } from '../../src/model/facts/fact.js';

/** Strategies that AWS documents for one kind of capacity only ([API:ComputeResource] allocationStrategy). */
const ONLY_FOR: Readonly<Record<string, 'EC2' | 'SPOT'>> = {
  SPOT_CAPACITY_OPTIMIZED: 'SPOT',
  SPOT_PRICE_CAPACITY_OPTIMIZED: 'SPOT',
  SPOT_CAPACITY_OPTIMIZED_PRIORITIZED: 'SPOT',
  BEST_FIT_PROGRESSIVE_ORDERED: 'EC2',
};

export default defineRule({
  id: 'allocation-strategy-mismatch',
  title: 'Allocation strategy for the other capacity type',
  category: 'sizing',
  severity: 'error',
  description: 'An EC2 (On-Demand) compute environment uses a SPOT_* allocation strategy, or a SPOT one uses BEST_FIT_PROGRESSIVE_ORDERED.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html',
  docs: {
    rationale: 'AWS, for SPOT_CAPACITY_OPTIMIZED, SPOT_PRICE_CAPACITY_OPTIMIZED and SPOT_CAPACITY_OPTIMIZED_PRIORITIZED: "This allocation strategy is only available for Spot Instance compute resources"; for BEST_FIT_PROGRESSIVE_ORDERED: "only available for On-Demand Instance (EC2) compute resources". BEST_FIT and BEST_FIT_PROGRESSIVE work with both.',
    fix: 'On EC2 use BEST_FIT_PROGRESSIVE; on SPOT use SPOT_PRICE_CAPACITY_OPTIMIZED (AWS recommends it); or change computeResources.type if the other capacity was intended.',
    bad: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  allocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED\n  maxvCpus: 256',
    good: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  allocationStrategy: BEST_FIT_PROGRESSIVE\n  maxvCpus: 256',
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    spotOnEc2: 'Allocation strategy {{strategy}} is for SPOT compute environments only; use BEST_FIT_PROGRESSIVE on EC2, or set type to SPOT.',
    orderedOnSpot: 'Allocation strategy {{strategy}} is for EC2 (On-Demand) compute environments only; use SPOT_PRICE_CAPACITY_OPTIMIZED or SPOT_CAPACITY_OPTIMIZED_PRIORITIZED on SPOT.',
  },
  check(resource, context) {
    const facts = computeEnvironmentFacts(resource);
    const type = known(facts.resources.provisioning);
    if (!provisionedAs(facts, 'EC2', 'SPOT') || (type !== 'EC2' && type !== 'SPOT')) return;
    const strategy = known(facts.resources.allocationStrategy);
    const only = strategy === undefined || !Object.hasOwn(ONLY_FOR, strategy) ? undefined : ONLY_FOR[strategy];
    if (strategy === undefined || only === undefined || only === type) return;
    context.report({ messageId: only === 'SPOT' ? 'spotOnEc2' : 'orderedOnSpot', data: { strategy }, path: facts.resources.allocationStrategy.path });
  },
});
