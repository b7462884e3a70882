import { defineRule } from '../../src/engine/rule.js';
import { option } from '../../src/engine/rule-options.js';
import { computeEnvironmentFacts, provisionedAs } from '../../src/model/facts/compute-environment-facts.js';
import { certainly, describeFact, isAbsentFact } from '../../src/model/facts/fact.js';

/** What Batch uses when bidPercentage is empty (API_ComputeResource). */
const DEFAULT_BID_PERCENTAGE = 100;

export default defineRule({
  id: 'spot-max-bid-percentage',
  title: 'Spot bid percentage above the allowed maximum',
  category: 'spot',
  severity: 'warning',
  description: 'Off by default (a policy check, like AWS Config\'s batch-managed-spot-compute-environment-max-bid): a SPOT compute environment whose bidPercentage, or the 100% default when it is empty, exceeds the option maxBidPercentage.',
  helpUri: 'https://docs.aws.amazon.com/config/latest/developerguide/batch-managed-spot-compute-environment-max-bid.html',
  docs: {
    rationale: 'Some organisations cap what Spot capacity may cost relative to On-Demand. bidPercentage is that cap; when it is empty Batch uses 100% of On-Demand. This rule enforces the ceiling set in the option `maxBidPercentage` (1-100, default 100, so only bids above On-Demand are reported until you lower it). It contradicts AWS\'s advice to leave bidPercentage empty (rule spot-bid-percentage), so enable it only where the policy exists, and disable spot-bid-percentage there.',
    fix: 'Set computeResources.bidPercentage to at most maxBidPercentage. Enable the rule in the config file: `rules: { spot-max-bid-percentage: [warning, { maxBidPercentage: 80 }] }`.',
    bad: '# with the default maxBidPercentage (100): a bid above the On-Demand price\ncomputeEnvironmentName: spot-ce\ntype: MANAGED\ncomputeResources:\n  type: SPOT\n  allocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED\n  bidPercentage: 120\n  maxvCpus: 512\n  instanceTypes: [m6i, c6i, r6i]',
    good: 'computeEnvironmentName: spot-ce\ntype: MANAGED\ncomputeResources:\n  type: SPOT\n  allocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED\n  bidPercentage: 100\n  maxvCpus: 512\n  instanceTypes: [m6i, c6i, r6i]',
    peers: ['AWS Config batch-managed-spot-compute-environment-max-bid'],
  },
  appliesTo: ['computeEnvironment'],
  enabledByDefault: false,
  options: { maxBidPercentage: option.integer(DEFAULT_BID_PERCENTAGE, { minimum: 1, maximum: 100 }) },
  messages: {
    aboveMax: 'bidPercentage {{value}} is above the allowed maximum of {{max}}% of On-Demand; lower it to {{max}} or less.',
    defaultAboveMax: 'No bidPercentage, so Batch lets Spot cost up to 100% of On-Demand, above the allowed maximum of {{max}}%; set computeResources.bidPercentage to {{max}} or less.',
  },
  check(resource, context) {
    const facts = computeEnvironmentFacts(resource);
    if (!provisionedAs(facts, 'SPOT')) return;
    const max = context.options.maxBidPercentage;
    const bid = facts.resources.bidPercentage;
    if (isAbsentFact(bid)) {
      if (DEFAULT_BID_PERCENTAGE > max) context.report({ messageId: 'defaultAboveMax', data: { max }, path: facts.resources.provisioning.path });
      return;
    }
    // Known, or a parameter whose every allowed value is above the maximum.
    if (!certainly(bid, (v) => v > max)) return;
    context.report({ messageId: 'aboveMax', data: { value: describeFact(bid), max }, path: bid.path });
  },
});
