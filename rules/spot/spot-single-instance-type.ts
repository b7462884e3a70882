import { defineRule } from '../../src/engine/rule.js';
import { arrayOf, field, stringOf } from '../../src/model/values.js';

export default defineRule({
  id: 'spot-single-instance-type',
  title: 'Spot compute environment with one instance type',
  category: 'spot',
  severity: 'warning',
  description: 'A SPOT compute environment limited to a single exact instance size (such as c5.4xlarge), so every instance comes from the same few Spot pools.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/bestpractice6.html',
  docs: {
    rationale: 'AWS\'s Spot best practices for Batch: diversify instance types, across sizes and families. With one size, a reclaim or a capacity shortage of that type hits every job at once and the environment cannot scale until it returns; the capacity-optimized strategies have no other pools to choose from. A family (c5) or several types count as diversified.',
    fix: 'List several families (for example [c6i, m6i, r6i]) or at least several sizes, and use SPOT_PRICE_CAPACITY_OPTIMIZED.',
    bad: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: SPOT\n  allocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED\n  instanceTypes: [c5.4xlarge]',
    good: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: SPOT\n  allocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED\n  instanceTypes: [c5, c6i, m6i]',
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    single: 'This Spot environment can only launch {{type}}, so one reclaim or capacity shortage of that type stops it; list several families (for example [c6i, m6i, r6i]) to diversify.',
  },
  check(resource, context) {
    const resources = field(resource.data, 'computeResources');
    if (stringOf(field(resources, 'type'))?.toUpperCase() !== 'SPOT') return;
    const types = arrayOf(field(resources, 'instanceTypes'));
    if (types.length !== 1) return;
    const type = stringOf(types[0]);
    // A family (c5) or a bundle (optimal, default_x86_64) spans many pools; only an exact size has a dot.
    if (type === undefined || !type.includes('.')) return;
    context.report({ messageId: 'single', data: { type }, path: ['computeResources', 'instanceTypes', 0] });
  },
});
