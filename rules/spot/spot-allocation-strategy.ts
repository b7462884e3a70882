import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts, provisionedAs } from '../../src/model/facts/compute-environment-facts.js';
import { certainly, describeFact, isAbsentFact, isWrittenFact } from '../../src/model/facts/fact.js';

export default defineRule({
  id: 'spot-allocation-strategy',
  title: 'Spot compute environment without a capacity-optimized strategy',
  category: 'spot',
  severity: 'warning',
  description: 'A SPOT compute environment whose allocationStrategy is missing (BEST_FIT), BEST_FIT or BEST_FIT_PROGRESSIVE instead of SPOT_PRICE_CAPACITY_OPTIMIZED (or SPOT_CAPACITY_OPTIMIZED).',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/allocation-strategies.html',
  docs: {
    rationale: 'The capacity-optimized strategies launch Spot Instances from the pools least likely to be interrupted; SPOT_PRICE_CAPACITY_OPTIMIZED also weighs price, and AWS recommends it over SPOT_CAPACITY_OPTIMIZED "in most instances". BEST_FIT, the default, picks the single cheapest fitting type and waits for more of it, so Spot jobs are interrupted more often and scaling stalls; it also needs a Spot Fleet role and rules out infrastructure updates. (BEST_FIT_PROGRESSIVE_ORDERED, which is for On-Demand only, is reported by allocation-strategy-mismatch.)',
    fix: 'Set computeResources.allocationStrategy to SPOT_PRICE_CAPACITY_OPTIMIZED, with several instance families in instanceTypes.',
    bad: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: SPOT\n  allocationStrategy: BEST_FIT\n  spotIamFleetRole: arn:aws:iam::123456789012:role/AmazonEC2SpotFleetTaggingRole\n  instanceTypes: [m6i, c6i, r6i]',
    good: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: SPOT\n  allocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED\n  instanceTypes: [m6i, c6i, r6i]',
    peers: ['AWS Config batch-managed-compute-env-allocation-strategy-check (with SPOT_* strategies allowed)'],
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    missing: 'This Spot environment sets no allocationStrategy, so Batch uses BEST_FIT, which waits for one instance type and is interrupted more often; set allocationStrategy to SPOT_PRICE_CAPACITY_OPTIMIZED.',
    notCapacityOptimized: 'allocationStrategy {{strategy}} on a Spot environment ignores how likely instances are to be interrupted; use SPOT_PRICE_CAPACITY_OPTIMIZED (AWS\'s recommendation) or SPOT_CAPACITY_OPTIMIZED.',
  },
  check(resource, context) {
    const facts = computeEnvironmentFacts(resource);
    if (!provisionedAs(facts, 'SPOT')) return;
    const strategy = facts.resources.allocationStrategy;
    if (isAbsentFact(strategy)) {
      // EKS environments must name a strategy; that is a separate (schema) problem, not a BEST_FIT default.
      if (isWrittenFact(facts.eksConfiguration)) return;
      context.report({ messageId: 'missing', path: facts.resources.provisioning.path });
      return;
    }
    // A value rule: a known strategy, or a parameter whose every allowed value is one of these.
    if (!certainly(strategy, (s) => s === 'BEST_FIT' || s === 'BEST_FIT_PROGRESSIVE')) return;
    context.report({ messageId: 'notCapacityOptimized', data: { strategy: describeFact(strategy) }, path: strategy.path });
  },
});
