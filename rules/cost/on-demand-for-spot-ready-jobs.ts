import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts, mayBeProvisionedAs, provisionedAs } from '../../src/model/facts/compute-environment-facts.js';
import { known } from '../../src/model/facts/fact.js';
import { environmentPlatformOf } from '../../src/graph/platform.js';
import { jobsServedBy } from '../../src/placement/served-jobs.js';
import { cachedPlacement, describePairing } from '../../src/placement/paired-placements.js';
import { PLACEMENT_OPTIONS, placementOptionsFromRule } from '../../src/placement/placement-options.js';
import { chooseInstance, priceFits } from '../../src/cost/instance-choice.js';
import { jobCostInputs, retriesSpotReclaims } from '../../src/cost/job-cost-inputs.js';
import { spotAlternative } from '../../src/cost/savings.js';
import { costRegion, formatUsdAmount } from '../../src/cost/environment-prices.js';
import { formatDuration } from '../../src/cost/duration.js';

/** AWS: keep Spot jobs to about 30 minutes; avoid Spot for jobs of an hour or more (best practices). */
const SPOT_MAX_TIMEOUT_SECONDS = 3600;

export default defineRule({
  id: 'on-demand-for-spot-ready-jobs',
  title: 'On-Demand environment serving jobs ready for Spot',
  category: 'cost',
  severity: 'note',
  description: 'An On-Demand (EC2) compute environment, in a queue with no Spot environment, serves a job that retries Spot reclaims and times out within an hour: Spot would run it for less.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/bestpractice6.html',
  docs: {
    rationale: 'AWS recommends Spot for jobs that are interruption-tolerant: short (about 30 minutes, never an hour or more) and retried when the host is reclaimed (`evaluateOnExit` RETRY on `Host EC2*`). Such a job on On-Demand pays the full price for no benefit. The saving is On-Demand minus Spot for the type BEST_FIT would pick (bundled catalog; the Spot figure is an estimate from the Spot Instance Advisor\'s typical savings, not a market price). Only jobs the environment serves for sure (declared pairings, or the only queue of their platform) are considered, and queues that already hold a SPOT environment (On-Demand as fallback is a recommended pattern) are not reported. Multinode jobs cannot run on Spot and are skipped.',
    fix: 'Add a SPOT environment (allocationStrategy SPOT_PRICE_CAPACITY_OPTIMIZED) before this one in the queue, keeping this one as the fallback.',
    bad: '# Half-hour jobs that already retry Spot reclaims, on On-Demand capacity only.\njobDefinitions:\n  - jobDefinitionName: thumbnails\n    type: container\n    containerProperties:\n      image: my-image:1.0\n      resourceRequirements:\n        - { type: VCPU, value: "2" }\n        - { type: MEMORY, value: "4096" }\n    timeout:\n      attemptDurationSeconds: 1800\n    retryStrategy:\n      attempts: 3\n      evaluateOnExit:\n        - { onStatusReason: "Host EC2*", action: RETRY }\n        - { onReason: "*", action: EXIT }\ncomputeEnvironments:\n  - computeEnvironmentName: on-demand\n    type: MANAGED\n    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }\njobQueues:\n  - jobQueueName: thumbnails\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: on-demand }',
    good: '# Two-hour jobs: AWS advises On-Demand for jobs of an hour or more.\njobDefinitions:\n  - jobDefinitionName: thumbnails\n    type: container\n    containerProperties:\n      image: my-image:1.0\n      resourceRequirements:\n        - { type: VCPU, value: "2" }\n        - { type: MEMORY, value: "4096" }\n    timeout:\n      attemptDurationSeconds: 7200\n    retryStrategy:\n      attempts: 3\n      evaluateOnExit:\n        - { onStatusReason: "Host EC2*", action: RETRY }\n        - { onReason: "*", action: EXIT }\ncomputeEnvironments:\n  - computeEnvironmentName: on-demand\n    type: MANAGED\n    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }\njobQueues:\n  - jobQueueName: thumbnails\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: on-demand }',
  },
  appliesTo: ['computeEnvironment'],
  options: PLACEMENT_OPTIONS,
  messages: {
    spotReady: 'This On-Demand environment serves {{job}}, which retries Spot reclaims and times out within {{timeout}} [{{pairing}}]: on Spot, {{type}} costs about {{spot}} an hour instead of {{onDemand}} ({{percent}}% less; {{basis}}). Put a SPOT environment before this one in the queue.',
  },
  check(resource, context) {
    const facts = computeEnvironmentFacts(resource);
    if (!provisionedAs(facts, 'EC2') || !environmentPlatformOf(resource).managed) return;
    const options = placementOptionsFromRule(context.options);
    for (const served of jobsServedBy(resource, context.model)) {
      const jd = served.pairing.jobDefinition;
      if (!served.requirements || served.requirements.multinode) continue;
      const timeout = jobCostInputs(jd.data).attemptDurationSeconds;
      if (timeout === undefined || timeout >= SPOT_MAX_TIMEOUT_SECONDS || !retriesSpotReclaims(jd.data)) continue;
      // An environment whose provisioning is not known may be the queue's Spot capacity already.
      const queueMayHaveSpot = served.pairing.queue.environments.some((l) => l.environment && mayBeProvisionedAs(computeEnvironmentFacts(l.environment), 'SPOT'));
      if (queueMayHaveSpot || served.pairing.queue.environments.some((l) => !l.environment)) continue;
      const placement = cachedPlacement(jd, served.pairing, context.model, options);
      const env = placement.environments.find((e) => e.environment === resource && e.status === 'instances');
      const node = env?.nodes[0];
      if (!env || !node) continue;
      const region = options.region ?? env.region ?? costRegion(resource, context.options);
      const catalog = context.prices(); // loaded once per run, and only when a job is served
      const { priced, unpriced } = priceFits(node.candidates, catalog, region, 'on-demand', { durationSeconds: 3600, jobs: 1 });
      const choice = chooseInstance(priced, unpriced, known(facts.resources.allocationStrategy), 'on-demand');
      if (!choice || typeof choice === 'string') continue;
      const alt = spotAlternative(catalog, region, choice.chosen.fit.type.name);
      if (!alt) continue;
      context.report({
        messageId: 'spotReady',
        data: {
          job: jd.name,
          timeout: formatDuration(timeout),
          pairing: describePairing(served.pairing),
          type: `${choice.chosen.fit.type.name} in ${region}`,
          spot: formatUsdAmount(alt.spot.usdPerHour),
          onDemand: formatUsdAmount(alt.onDemand.usdPerHour),
          percent: Math.round((100 * (alt.onDemand.usdPerHour - alt.spot.usdPerHour)) / alt.onDemand.usdPerHour),
          basis: alt.spot.basis === 'spot-estimate' ? 'Spot price estimated from typical savings' : 'Spot market price',
        },
        path: facts.resources.provisioning.path,
      });
      return;
    }
  },
});
