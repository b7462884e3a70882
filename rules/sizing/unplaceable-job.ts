import { defineRule } from '../../src/engine/rule.js';
import { cachedPlacement, describePairing, violations } from '../../src/placement/paired-placements.js';
import { PLACEMENT_OPTIONS, placementOptionsFromRule } from '../../src/placement/placement-options.js';
import { closestNode, describeNeed, describeOffer, memoryFigure } from '../../src/placement/placement-wording.js';
import { schedulableGpus } from '../../src/placement/fit.js';
import { FARGATE_MAX } from '../../src/placement/place-job.js';

export default defineRule({
  id: 'unplaceable-job',
  title: 'No instance the queue can launch holds the job',
  category: 'sizing',
  severity: 'error',
  description: 'For a job definition and a queue it is submitted to, no enabled compute environment of the queue may launch an instance type whose vCPUs, memory available to jobs and GPUs hold one copy of the job (each node, for multinode jobs): the job stays RUNNABLE for ever.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/job_stuck_in_runnable.html',
  docs: {
    rationale: 'Batch places a job only on an instance whose registered resources cover it. The ECS agent registers less memory than is installed (an m4.large with 8192 MiB registers 7985 MiB) and the Batch AMI reserves 32 MiB more, so a job asking for 8192 MiB never fits an 8 GiB instance. When no allowed type is large enough, the job sits in RUNNABLE with MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT and nothing fails (https://docs.aws.amazon.com/batch/latest/userguide/memory-management.html). Memory is judged with the model in docs/placement.md, whose figure each finding names; GPU jobs with no GPU type at all are reported by gpu-job-without-gpu-instance-type instead.',
    fix: 'Ask for less (memory a little under what the instance registers), or allow a larger instance type or family in a compute environment of the queue.',
    bad: 'jobDefinitions:\n  - jobDefinitionName: etl\n    type: container\n    containerProperties:\n      resourceRequirements:\n        - { type: VCPU, value: "2" }\n        - { type: MEMORY, value: "8192" }\ncomputeEnvironments:\n  - computeEnvironmentName: small\n    computeResources: { type: EC2, maxvCpus: 16, instanceTypes: [m5.large] }\njobQueues:\n  - jobQueueName: q\n    computeEnvironmentOrder: [{ order: 1, computeEnvironment: small }]',
    good: 'jobDefinitions:\n  - jobDefinitionName: etl\n    type: container\n    containerProperties:\n      resourceRequirements:\n        - { type: VCPU, value: "2" }\n        - { type: MEMORY, value: "7680" }\ncomputeEnvironments:\n  - computeEnvironmentName: small\n    computeResources: { type: EC2, maxvCpus: 16, instanceTypes: [m5.large] }\njobQueues:\n  - jobQueueName: q\n    computeEnvironmentOrder: [{ order: 1, computeEnvironment: small }]',
  },
  appliesTo: ['jobDefinition'],
  options: PLACEMENT_OPTIONS,
  messages: {
    tooBig: '{{where}} needs {{need}}, but the closest allowed instance type, {{type}}, offers {{offer}} (memory model: {{figure}}); no enabled compute environment can hold the job, so it stays RUNNABLE (JOB_RESOURCE_REQUIREMENT). Pairing: {{pairing}}.',
    fargateTooBig: '{{where}} needs {{need}}, but the largest Fargate task has {{max}}: the job stays RUNNABLE. Pairing: {{pairing}}.',
  },
  check(resource, context) {
    const options = placementOptionsFromRule(context.options);
    for (const { pairing, result } of violations(resource, context.model, (p) => {
      const placement = cachedPlacement(resource, p, context.model, options);
      if (placement.verdict !== 'none') return undefined;
      const gpuJob = placement.requirements?.nodes.some((n) => (n.gpus?.value ?? 0) > 0);
      const anyGpuType = placement.environments.some((e) => e.expansion?.types.some((t) => schedulableGpus(t) > 0));
      if (gpuJob && !anyGpuType && placement.environments.some((e) => e.status === 'instances')) return undefined;
      return placement;
    })) {
      const node = closestNode(result);
      if (node?.closest) {
        const short = node.closest.shortfalls[0]?.dimension;
        const amount = short === 'vcpus' ? node.node.vcpus : short === 'gpus' ? node.node.gpus : node.node.memoryMiB;
        context.report({
          messageId: 'tooBig',
          data: { where: node.node.label, need: describeNeed(node.node), pairing: describePairing(pairing), type: node.closest.type.name, offer: describeOffer(node.closest), figure: memoryFigure(result, node) },
          path: amount?.path ?? node.node.path,
        });
        continue;
      }
      const fargate = result.environments.flatMap((e) => e.nodes).find((n) => n.verdict === 'none');
      if (fargate) {
        const over = (fargate.node.memoryMiB?.value ?? 0) > FARGATE_MAX.memoryMiB ? fargate.node.memoryMiB : fargate.node.vcpus;
        context.report({ messageId: 'fargateTooBig', data: { where: fargate.node.label, need: describeNeed(fargate.node), pairing: describePairing(pairing), max: `${FARGATE_MAX.vcpus} vCPUs and ${FARGATE_MAX.memoryMiB} MiB` }, path: over?.path ?? fargate.node.path });
      }
    }
  },
});
