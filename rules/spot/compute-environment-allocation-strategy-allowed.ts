import { defineRule } from '../../src/engine/rule.js';
import { option } from '../../src/engine/rule-options.js';
import { computeEnvironmentFacts, provisionedAs, saysManaged } from '../../src/model/facts/compute-environment-facts.js';
import { certainly, describeFact, isAbsentFact, isWrittenFact } from '../../src/model/facts/fact.js';

const STRATEGIES = [
  'BEST_FIT',
  'BEST_FIT_PROGRESSIVE',
  'BEST_FIT_PROGRESSIVE_ORDERED',
  'SPOT_CAPACITY_OPTIMIZED',
  'SPOT_PRICE_CAPACITY_OPTIMIZED',
  'SPOT_CAPACITY_OPTIMIZED_PRIORITIZED',
] as const;
// Everything but BEST_FIT, which rules out infrastructure updates and waits for a single type.
const DEFAULT_ALLOWED: readonly (typeof STRATEGIES)[number][] = ['BEST_FIT_PROGRESSIVE', 'SPOT_CAPACITY_OPTIMIZED', 'SPOT_PRICE_CAPACITY_OPTIMIZED'];

export default defineRule({
  id: 'compute-environment-allocation-strategy-allowed',
  title: 'Allocation strategy outside the allowed list',
  category: 'spot',
  severity: 'warning',
  description: 'Off by default (a policy check, like AWS Config\'s batch-managed-compute-env-allocation-strategy-check): a managed EC2 or Spot compute environment whose allocationStrategy (BEST_FIT when empty) is not in the option allowedStrategies.',
  helpUri: 'https://docs.aws.amazon.com/config/latest/developerguide/batch-managed-compute-env-allocation-strategy-check.html',
  docs: {
    rationale: 'The allocation strategy decides how Batch picks instance types when the best fit is not available, and whether the environment supports infrastructure updates (BEST_FIT does not). Organisations that standardise on some strategies list them in the option `allowedStrategies` (default: BEST_FIT_PROGRESSIVE, SPOT_CAPACITY_OPTIMIZED, SPOT_PRICE_CAPACITY_OPTIMIZED). An empty allocationStrategy counts as BEST_FIT, the ECS default. Fargate environments have no strategy and are not checked.',
    fix: 'Set computeResources.allocationStrategy to an allowed strategy. Enable the rule in the config file: `rules: { compute-environment-allocation-strategy-allowed: [warning, { allowedStrategies: [SPOT_PRICE_CAPACITY_OPTIMIZED, BEST_FIT_PROGRESSIVE] }] }`.',
    bad: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  allocationStrategy: BEST_FIT',
    good: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  allocationStrategy: BEST_FIT_PROGRESSIVE',
    peers: ['AWS Config batch-managed-compute-env-allocation-strategy-check'],
  },
  appliesTo: ['computeEnvironment'],
  enabledByDefault: false,
  options: { allowedStrategies: option.listOf(STRATEGIES, DEFAULT_ALLOWED, { minItems: 1, uniqueItems: true }) },
  messages: {
    notAllowed: 'allocationStrategy {{strategy}} is not one of the allowed strategies ({{allowed}}); change it to one of them.',
    defaultNotAllowed: 'No allocationStrategy, so Batch uses BEST_FIT, which is not one of the allowed strategies ({{allowed}}); set one of them.',
  },
  check(resource, context) {
    const facts = computeEnvironmentFacts(resource);
    if (!saysManaged(facts) || !provisionedAs(facts, 'EC2', 'SPOT')) return;
    const allowed: readonly string[] = context.options.allowedStrategies;
    if (allowed.length === 0) return;
    const data = { allowed: allowed.join(', ') };
    const strategy = facts.resources.allocationStrategy;
    if (isAbsentFact(strategy)) {
      // EKS environments must name a strategy: there is no default to judge.
      if (isWrittenFact(facts.eksConfiguration) || allowed.includes('BEST_FIT')) return;
      context.report({ messageId: 'defaultNotAllowed', data, path: facts.resources.provisioning.path });
      return;
    }
    if (!certainly(strategy, (s) => !allowed.includes(s))) return;
    context.report({ messageId: 'notAllowed', data: { ...data, strategy: describeFact(strategy) }, path: strategy.path });
  },
});
