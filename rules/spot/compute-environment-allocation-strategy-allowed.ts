import { defineRule } from '../../src/engine/rule.js';
import { arrayOf, field, hasField, isUnknown, stringOf } from '../../src/model/values.js';

const STRATEGIES = [
  'BEST_FIT',
  'BEST_FIT_PROGRESSIVE',
  'BEST_FIT_PROGRESSIVE_ORDERED',
  'SPOT_CAPACITY_OPTIMIZED',
  'SPOT_PRICE_CAPACITY_OPTIMIZED',
  'SPOT_CAPACITY_OPTIMIZED_PRIORITIZED',
];
// Everything but BEST_FIT, which rules out infrastructure updates and waits for a single type.
const DEFAULT_ALLOWED = ['BEST_FIT_PROGRESSIVE', 'SPOT_CAPACITY_OPTIMIZED', 'SPOT_PRICE_CAPACITY_OPTIMIZED'];

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
  defaultOptions: { allowedStrategies: DEFAULT_ALLOWED },
  optionsSchema: {
    type: 'object',
    properties: { allowedStrategies: { type: 'array', items: { enum: STRATEGIES }, minItems: 1, uniqueItems: true } },
    additionalProperties: false,
  },
  messages: {
    notAllowed: 'allocationStrategy {{strategy}} is not one of the allowed strategies ({{allowed}}); change it to one of them.',
    defaultNotAllowed: 'No allocationStrategy, so Batch uses BEST_FIT, which is not one of the allowed strategies ({{allowed}}); set one of them.',
  },
  check(resource, context) {
    if (stringOf(field(resource.data, 'type'))?.toUpperCase() !== 'MANAGED') return;
    const resources = field(resource.data, 'computeResources');
    const type = stringOf(field(resources, 'type'))?.toUpperCase();
    if (type !== 'EC2' && type !== 'SPOT') return;
    const allowed = arrayOf(context.options.allowedStrategies).flatMap((s) => (typeof s === 'string' ? [s.toUpperCase()] : []));
    if (allowed.length === 0) return;
    const data = { allowed: allowed.join(', ') };
    const strategy = field(resources, 'allocationStrategy');
    if (isUnknown(strategy)) return;
    if (!hasField(resources, 'allocationStrategy')) {
      // EKS environments must name a strategy: there is no default to judge.
      if (hasField(resource.data, 'eksConfiguration') || allowed.includes('BEST_FIT')) return;
      context.report({ messageId: 'defaultNotAllowed', data, path: ['computeResources', 'type'] });
      return;
    }
    const name = stringOf(strategy)?.toUpperCase();
    if (name === undefined || allowed.includes(name)) return;
    context.report({ messageId: 'notAllowed', data: { ...data, strategy: name }, path: ['computeResources', 'allocationStrategy'] });
  },
});
