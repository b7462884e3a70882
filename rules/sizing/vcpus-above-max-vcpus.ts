import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFactsOf } from '../../src/model/facts/compute-environment-facts.js';
import { known } from '../../src/model/facts/fact.js';
import { loadInstanceCatalog } from '../../src/catalog/instance-catalog.js';
import { cachedPlacement, describePairing, violations } from '../../src/placement/paired-placements.js';
import { PLACEMENT_OPTIONS, placementOptionsFromRule } from '../../src/placement/placement-options.js';
import type { EnvironmentPlacement, QueuePlacement } from '../../src/placement/place-job.js';

// Strategies with which Batch may exceed maxvCpus by one instance ([API:ComputeResource] maxvCpus).
const OVERSHOOT = new Set(['BEST_FIT_PROGRESSIVE', 'SPOT_CAPACITY_OPTIMIZED', 'SPOT_PRICE_CAPACITY_OPTIMIZED']);

interface Excess {
  need: number;
  max: number;
  what: string;
  placement: QueuePlacement;
}

/** vCPUs the job holds at once: one copy, or every node of a multinode job (a whole instance each when the type is named). */
function jobVcpus(placement: QueuePlacement): { total: number; largestNode: number; multinode: boolean } | undefined {
  const req = placement.requirements;
  if (!req) return undefined;
  if (!req.multinode) {
    const v = req.nodes[0]?.vcpus?.value;
    return v === undefined ? undefined : { total: v, largestNode: v, multinode: false };
  }
  if (req.numNodes === undefined) return undefined;
  let total = 0;
  let largestNode = 0;
  for (const node of req.nodes) {
    const type = node.instanceType ? loadInstanceCatalog().get(node.instanceType.value) : undefined;
    const per = type?.vcpus ?? node.vcpus?.value;
    if (per === undefined) return undefined;
    total += per * node.nodes;
    largestNode = Math.max(largestNode, per);
  }
  return { total, largestNode, multinode: true };
}

function allowance(env: EnvironmentPlacement, largestNode: number, multinode: boolean): number {
  if (!multinode) return 0;
  const strategy = (env.environment ? known(computeEnvironmentFactsOf(env.environment.data).resources.allocationStrategy) : undefined) ?? '';
  const spotBestFit = strategy === 'BEST_FIT' && env.platform?.provisioning === 'SPOT';
  return OVERSHOOT.has(strategy) || spotBestFit ? largestNode : 0;
}

export default defineRule({
  id: 'vcpus-above-max-vcpus',
  title: 'Job needs more vCPUs than any environment\'s maxvCpus',
  category: 'sizing',
  severity: 'error',
  description: 'The job\'s VCPU (for multinode jobs: numNodes times the node size) is above the maxvCpus of every enabled compute environment of its queue, so Batch never starts it.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/job_stuck_in_runnable.html',
  docs: {
    rationale: 'Batch reports MISCONFIGURATION:COMPUTE_ENVIRONMENT_MAX_RESOURCE ("CE(s) associated with the job queue cannot meet the CPU requirement of the job") and the job stays RUNNABLE. A multinode job needs all its nodes at once, and each node is an instance: maxvCpus must cover the whole job (https://docs.aws.amazon.com/batch/latest/userguide/multi-node-parallel-jobs.html). With BEST_FIT_PROGRESSIVE or the SPOT_* strategies Batch may exceed maxvCpus by one instance, which is allowed for.',
    fix: 'Raise maxvCpus of a compute environment of the queue to at least what the job needs, or ask for fewer vCPUs or nodes.',
    bad: 'jobDefinitions:\n  - jobDefinitionName: big\n    type: container\n    containerProperties:\n      resourceRequirements:\n        - { type: VCPU, value: "32" }\n        - { type: MEMORY, value: "4096" }\ncomputeEnvironments:\n  - computeEnvironmentName: ce\n    computeResources: { type: EC2, maxvCpus: 16, instanceTypes: [c5] }\njobQueues:\n  - jobQueueName: q\n    computeEnvironmentOrder: [{ order: 1, computeEnvironment: ce }]',
    good: 'computeEnvironments:\n  - computeEnvironmentName: ce\n    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [c5] }',
  },
  appliesTo: ['jobDefinition'],
  options: PLACEMENT_OPTIONS,
  messages: {
    single: 'The job needs {{need}} vCPUs; on {{pairing}}, every enabled compute environment has maxvCpus of at most {{max}}: the job stays RUNNABLE (COMPUTE_ENVIRONMENT_MAX_RESOURCE). Raise maxvCpus or ask for fewer vCPUs.',
    multinode: 'The multinode job needs {{need}} vCPUs at once ({{what}}); on {{pairing}}, every enabled compute environment allows at most {{max}}: the job stays RUNNABLE (COMPUTE_ENVIRONMENT_MAX_RESOURCE).',
  },
  check(resource, context) {
    const options = placementOptionsFromRule(context.options);
    for (const { pairing, result } of violations(resource, context.model, (p): Excess | undefined => {
      const placement = cachedPlacement(resource, p, context.model, options);
      const need = jobVcpus(placement);
      if (!need) return undefined;
      const open = placement.environments.filter((e) => e.status !== 'disabled' && e.status !== 'platform-mismatch');
      if (open.length === 0 || open.some((e) => e.status === 'unresolved' || e.status === 'unmanaged' || e.maxvCpus === undefined)) return undefined;
      if (open.some((e) => need.total <= e.maxvCpus! + allowance(e, need.largestNode, need.multinode))) return undefined;
      const what = (placement.requirements?.nodes ?? []).map((n) => `${n.nodes} x ${n.instanceType?.value ?? `${n.vcpus?.value} vCPUs`}`).join(' + ');
      return { need: need.total, max: Math.max(...open.map((e) => e.maxvCpus!)), what, placement };
    })) {
      const data = { need: result.need, max: result.max, pairing: describePairing(pairing) };
      if (result.placement.requirements?.multinode) context.report({ messageId: 'multinode', data: { ...data, what: result.what }, path: ['nodeProperties', 'numNodes'] });
      else {
        const node = result.placement.requirements?.nodes[0];
        context.report({ messageId: 'single', data, path: node?.vcpus?.path ?? node?.path ?? [] });
      }
    }
  },
});
