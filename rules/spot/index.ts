// The spot rules, in the order the docs list them. test/rule-registry.test.ts checks this list
// against the files in this folder.
import type { Rule } from '../../src/engine/rule.js';
import spotAllocationStrategy from './spot-allocation-strategy.js';
import spotBidPercentage from './spot-bid-percentage.js';
import spotSingleInstanceType from './spot-single-instance-type.js';
import spotFleetRoleCannotTag from './spot-fleet-role-cannot-tag.js';
import computeEnvironmentAllocationStrategyAllowed from './compute-environment-allocation-strategy-allowed.js';
import spotMaxBidPercentage from './spot-max-bid-percentage.js';

export const spotRules: readonly Rule[] = [
  spotAllocationStrategy,
  spotBidPercentage,
  spotSingleInstanceType,
  spotFleetRoleCannotTag,
  computeEnvironmentAllocationStrategyAllowed,
  spotMaxBidPercentage,
];
