import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts, provisionedAs } from '../../src/model/facts/compute-environment-facts.js';
import { entriesOf } from '../../src/model/facts/fact.js';

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
    const facts = computeEnvironmentFacts(resource);
    if (!provisionedAs(facts, 'SPOT')) return;
    const types = entriesOf(facts.resources.instanceTypes);
    if (types.length !== 1) return;
    const only = types[0]!;
    // A presence rule about the list: one entry is one instance type, even one from a variable (a
    // variable holds one type or one family name). A family (c5) or a keyword (optimal,
    // default_x86_64) spans many pools; only an exact size has a dot.
    if (only.certainty === 'known') {
      if (!only.value.includes('.')) return;
      context.report({ messageId: 'single', data: { type: only.value }, path: only.path });
    } else if (only.certainty === 'unknown' && !only.invalid && !(only.possible && only.possible.every((t) => !t.includes('.')))) {
      context.report({ messageId: 'single', data: { type: only.origin }, path: only.path });
    }
  },
});
