import { defineRule } from '../../src/engine/rule.js';
import { option } from '../../src/engine/rule-options.js';
import { computeEnvironmentFacts, isFargateEnvironment } from '../../src/model/facts/compute-environment-facts.js';
import { known } from '../../src/model/facts/fact.js';
import { COST_RULE_REGION_OPTION, costRegion, formatUsdAmount, pricedEnvironmentTypes, type PricedType } from '../../src/cost/environment-prices.js';

export default defineRule({
  id: 'scale-down-delay-idle-cost',
  title: 'minScaleDownDelayMinutes keeps idle instances billed',
  category: 'cost',
  severity: 'note',
  description: 'scalingPolicy.minScaleDownDelayMinutes keeps instances running, and billed, for that long after their last job.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeScalingPolicy.html',
  docs: {
    rationale: 'AWS: minScaleDownDelayMinutes (20-10080; 0 unsets it) is the minimum time an instance is kept after its last job, and idle instances kept during the delay are billed at EC2 prices. It saves start-up time for bursty queues, at the price of idle hours after every burst. The message prices one idle period of the cheapest allowed instance type (bundled catalog). Option `allowedMinutes` (default 0): delays up to it are not reported.',
    fix: 'Remove scalingPolicy (or set minScaleDownDelayMinutes to 0) unless jobs arrive in bursts closer together than the delay; otherwise keep the delay as short as the gaps between bursts.',
    bad: 'computeEnvironmentName: ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 256\n  scalingPolicy:\n    minScaleDownDelayMinutes: 120',
    good: 'computeEnvironmentName: ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 256',
  },
  appliesTo: ['computeEnvironment'],
  options: { allowedMinutes: option.number(0, { minimum: 0 }), ...COST_RULE_REGION_OPTION },
  messages: {
    idle: 'minScaleDownDelayMinutes is {{minutes}}: every instance stays running and billed for at least {{minutes}} minutes after its last job; remove it unless jobs come in bursts closer than that.',
    idlePriced: 'minScaleDownDelayMinutes is {{minutes}}: every instance stays running and billed for at least {{minutes}} minutes after its last job (at least {{cost}} per instance each time for {{type}} in {{region}}); remove it unless jobs come in bursts closer than that.',
  },
  check(resource, context) {
    const facts = computeEnvironmentFacts(resource);
    if (isFargateEnvironment(facts)) return; // not allowed on Fargate: the schema rules say so
    const policy = facts.resources.scalingPolicy;
    if (policy.certainty !== 'known') return;
    const delay = policy.value.minScaleDownDelayMinutes;
    const minutes = known(delay);
    if (minutes === undefined || minutes <= 0 || minutes <= context.options.allowedMinutes) return;
    const region = costRegion(resource, context.options);
    // The first of the cheapest (the list is shared: not sorted in place).
    const cheapest = pricedEnvironmentTypes(resource, region, context.prices(), context.instances())?.priced.reduce<PricedType | undefined>((best, p) => (!best || p.price.usdPerHour < best.price.usdPerHour ? p : best), undefined);
    if (!cheapest) {
      context.report({ messageId: 'idle', data: { minutes }, path: delay.path });
      return;
    }
    context.report({ messageId: 'idlePriced', data: { minutes, cost: formatUsdAmount((cheapest.price.usdPerHour * minutes) / 60), type: cheapest.type.name, region }, path: delay.path });
  },
});
