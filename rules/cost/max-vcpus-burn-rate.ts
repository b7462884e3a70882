import { defineRule } from '../../src/engine/rule.js';
import { option } from '../../src/engine/rule-options.js';
import { computeEnvironmentFacts, isUnmanaged } from '../../src/model/facts/compute-environment-facts.js';
import { known } from '../../src/model/facts/fact.js';
import { FARGATE_MAX_GIB_PER_VCPU, worstCaseBurn } from '../../src/cost/burn-rate.js';
import { COST_RULE_REGION_OPTION, costRegion, formatUsdAmount } from '../../src/cost/environment-prices.js';

export const DEFAULT_BUDGET_USD_PER_HOUR = 1000;

export default defineRule({
  id: 'max-vcpus-burn-rate',
  title: 'maxvCpus allows a burn rate above the budget',
  category: 'cost',
  severity: 'warning',
  description: 'At maxvCpus, the compute environment could spend more per hour than the budget (default 1,000 USD/hour) on its dearest allowed instance type.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html',
  docs: {
    rationale: 'maxvCpus is the only ceiling Batch puts on what an environment launches (and BEST_FIT_PROGRESSIVE and the Spot strategies may exceed it by one instance). A runaway array job or a retry loop scales the environment to it. The figure is maxvCpus x the highest price per vCPU-hour among the allowed instance types in the bundled price catalog (Fargate: the vCPU rate plus 8 GB of memory per vCPU, the most Fargate allows), in the environment\'s region or the `region` option. Types the catalog cannot price are left out, so the figure is a lower bound. Option `budgetUsdPerHour` (default 1000).',
    fix: 'Lower maxvCpus to what the workload needs, or raise the budget in the config if the spend is intended: `rules: { max-vcpus-burn-rate: [warning, { budgetUsdPerHour: 5000 }] }`.',
    bad: 'computeEnvironmentName: gpu-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 10000\n  instanceTypes: [p4d.24xlarge]',
    good: 'computeEnvironmentName: gpu-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 96\n  instanceTypes: [p4d.24xlarge]',
  },
  appliesTo: ['computeEnvironment'],
  options: { budgetUsdPerHour: option.number(DEFAULT_BUDGET_USD_PER_HOUR, { exclusiveMinimum: 0 }), ...COST_RULE_REGION_OPTION },
  messages: {
    overBudget: 'At maxvCpus {{max}} this environment can spend about {{rate}} an hour ({{what}} in {{region}}), above the budget of {{budget}} an hour; lower maxvCpus or raise budgetUsdPerHour.',
  },
  check(resource, context) {
    const facts = computeEnvironmentFacts(resource);
    if (isUnmanaged(facts)) return;
    const max = known(facts.resources.maxvCpus);
    if (max === undefined || max <= 0) return;
    const budget = context.options.budgetUsdPerHour;
    const region = costRegion(resource, context.options);
    const burn = worstCaseBurn(resource, region, context.prices(), context.instances());
    if (!burn) return;
    const perVcpu = burn.usdPerVcpuHour;
    const what =
      burn.what === 'Fargate'
        ? `Fargate at ${formatUsdAmount(perVcpu)} per vCPU-hour with ${FARGATE_MAX_GIB_PER_VCPU} GB per vCPU`
        : `${burn.what} at ${formatUsdAmount(perVcpu)} per vCPU-hour${burn.basis === 'spot-estimate' ? ', an estimated Spot price' : ''}`;
    const rate = max * perVcpu;
    if (rate <= budget) return;
    context.report({ messageId: 'overBudget', data: { max, rate: formatUsdAmount(rate), what, region, budget: formatUsdAmount(budget) }, path: facts.resources.maxvCpus.path });
  },
});
