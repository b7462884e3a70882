import { defineRule } from '../../src/engine/rule.js';
import { option } from '../../src/engine/rule-options.js';
import { computeEnvironmentFacts, provisionedAs } from '../../src/model/facts/compute-environment-facts.js';
import { known } from '../../src/model/facts/fact.js';

const DEFAULT_LOW_BID_PERCENTAGE = 50;

export default defineRule({
  id: 'spot-bid-percentage',
  title: 'Spot bid percentage set',
  category: 'spot',
  severity: 'warning',
  description: 'A SPOT compute environment with bidPercentage set below 100 (AWS recommends leaving it empty): Spot pools priced above the cap are never used, and low caps can starve the environment.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html',
  docs: {
    rationale: 'bidPercentage caps the Spot price at a percentage of On-Demand; you always pay the market price, never the cap, so a cap saves nothing and only removes capacity: instance types whose Spot price is above it are not launched, and jobs wait in RUNNABLE. AWS: "For most use cases, we recommend leaving this field empty" (the default is 100% of On-Demand). In the AWS Spot Advisor data for us-east-1 Linux, about 6% of instance types typically trade above 50% of On-Demand, 27% above 40% and 67% above 30%. The option `lowBidPercentage` (default 50) sets where the message turns from advice to a starvation warning.',
    fix: 'Remove bidPercentage. If a price ceiling is a policy, keep it at 100 or close to it, and use the off-by-default rule spot-max-bid-percentage to enforce it.',
    bad: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: SPOT\n  allocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED\n  bidPercentage: 30',
    good: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: SPOT\n  allocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED',
  },
  appliesTo: ['computeEnvironment'],
  options: { lowBidPercentage: option.integer(DEFAULT_LOW_BID_PERCENTAGE, { minimum: 1, maximum: 100 }) },
  messages: {
    low: 'bidPercentage {{value}} caps Spot at {{value}}% of On-Demand, below the typical Spot price of many instance types, so they are never launched and jobs can wait in RUNNABLE; remove bidPercentage (you pay the market price either way).',
    capped: 'bidPercentage {{value}} keeps Batch from launching Spot pools priced above {{value}}% of On-Demand, yet saves nothing (you pay the market price); AWS recommends leaving it empty, so remove it.',
  },
  check(resource, context) {
    const facts = computeEnvironmentFacts(resource);
    if (!provisionedAs(facts, 'SPOT')) return;
    const bid = facts.resources.bidPercentage;
    const value = known(bid);
    // 100 is the default; above 100 is a price ceiling question for spot-max-bid-percentage.
    if (value === undefined || value >= 100) return;
    context.report({ messageId: value < context.options.lowBidPercentage ? 'low' : 'capped', data: { value }, path: bid.path });
  },
});
