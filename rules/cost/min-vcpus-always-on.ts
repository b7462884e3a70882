import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts, isDisabled, isFargateEnvironment, isUnmanaged } from '../../src/model/facts/compute-environment-facts.js';
import { known } from '../../src/model/facts/fact.js';
import { HOURS_PER_MONTH } from '../../src/cost/billing.js';
import { cheapestCover } from '../../src/cost/idle-floor.js';
import { COST_RULE_REGION_OPTION, costRegion, formatUsdAmount, pricedEnvironmentTypes } from '../../src/cost/environment-prices.js';

export default defineRule({
  id: 'min-vcpus-always-on',
  title: 'Managed compute environment keeps instances running (minvCpus > 0)',
  category: 'cost',
  severity: 'warning',
  description: 'A managed EC2/Spot compute environment with minvCpus above 0 keeps that capacity running, and billed, around the clock, even when no job runs and even when the environment is DISABLED.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html',
  docs: {
    rationale: 'AWS: minvCpus is "the minimum number of vCPUs that an environment should maintain (even if the compute environment is DISABLED)". Batch scales down to minvCpus but never below, and does not shrink instance sizes, so the floor is paid for 24x7 in whole instances. The message prices the floor as the cheapest whole instances of the allowed types that cover minvCpus (bundled catalog, 730 hours a month), as the idle-floor line of the cost report does: a lower bound.',
    fix: 'Set minvCpus to 0 unless jobs need capacity that is already warm; to stop the charges of an unused environment, set minvCpus to 0 before disabling it.',
    bad: 'computeEnvironmentName: batch-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  minvCpus: 16\n  maxvCpus: 256',
    good: 'computeEnvironmentName: batch-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  minvCpus: 0\n  maxvCpus: 256',
  },
  appliesTo: ['computeEnvironment'],
  options: { ...COST_RULE_REGION_OPTION },
  messages: {
    alwaysOn: 'minvCpus is {{min}}: Batch keeps at least {{min}} vCPUs of instances running and billed around the clock, even with no jobs; set it to 0 unless you need warm capacity.',
    alwaysOnPriced: 'minvCpus is {{min}}: Batch keeps at least {{min}} vCPUs of instances running and billed around the clock, even with no jobs (at least {{monthly}} a month: {{type}} in {{region}}, the cheapest whole instances that cover {{min}} vCPUs among its instance types, {{perVcpu}} per vCPU-hour); set it to 0 unless you need warm capacity.',
    disabled: 'minvCpus is {{min}} on a DISABLED environment: its instances are still kept running and billed; set minvCpus to 0.',
    disabledPriced: 'minvCpus is {{min}} on a DISABLED environment: its instances are still kept running and billed (at least {{monthly}} a month: {{type}} in {{region}}, the cheapest whole instances that cover {{min}} vCPUs among its instance types, {{perVcpu}} per vCPU-hour); set minvCpus to 0.',
  },
  check(resource, context) {
    const facts = computeEnvironmentFacts(resource);
    if (isUnmanaged(facts)) return;
    if (isFargateEnvironment(facts)) return; // Fargate rejects minvCpus: a sizing rule says so
    const min = known(facts.resources.minvCpus);
    if (min === undefined || min <= 0) return;
    const path = facts.resources.minvCpus.path;
    const disabled = isDisabled(facts.state);
    const region = costRegion(resource, context.options);
    // The same floor as the cost report's idle-floor line: whole instances of the cheapest cover.
    const cover = cheapestCover(pricedEnvironmentTypes(resource, region, context.prices(), context.instances())?.priced ?? [], min);
    if (!cover) {
      context.report({ messageId: disabled ? 'disabled' : 'alwaysOn', data: { min }, path });
      return;
    }
    const cheapest = cover.type;
    const monthly = formatUsdAmount(cover.usdPerHour * HOURS_PER_MONTH);
    const data = { min, monthly, perVcpu: formatUsdAmount(cheapest.usdPerVcpuHour), type: `${cover.instances} x ${cheapest.type.name}${cheapest.price.basis === 'spot-estimate' ? ' at an estimated Spot price' : ''}`, region };
    context.report({ messageId: disabled ? 'disabledPriced' : 'alwaysOnPriced', data, path });
  },
});
