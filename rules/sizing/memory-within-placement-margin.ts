import { defineRule } from '../../src/engine/rule.js';
import { cachedPlacement, describePairing, violations } from '../../src/placement/paired-placements.js';
import { PLACEMENT_OPTIONS, placementOptionsFromRule } from '../../src/placement/placement-options.js';
import { marginFloorMiB } from '../../src/placement/memory-model.js';
import { memoryFigure } from '../../src/placement/placement-wording.js';

export default defineRule({
  id: 'memory-within-placement-margin',
  title: 'Job memory is within the margin of the largest instance',
  category: 'sizing',
  severity: 'warning',
  description: 'The job fits the largest allowed instance type only within the memory model\'s margin: real instances often register less memory than the model assumes, and the job may never be placed.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/memory-management.html',
  docs: {
    rationale: 'AWS publishes no table of the memory each instance type registers; it varies with the type, the hypervisor and the AMI (an m4.large registers 7985 of 8192 MiB, while the EKS page\'s 8 GiB Nitro example reports 7748 MiB). The model in docs/placement.md takes the favourable figure so that unplaceable-job never reports a job that could fit; a job between the model\'s figure and that figure less the margin (3 % of installed memory by default) fits on paper but may stay RUNNABLE. AWS\'s method: check the registered memory of a real container instance (DescribeContainerInstances) and ask for at most that.',
    fix: 'Lower the job\'s MEMORY below the figure in the message, or allow a larger instance type.',
    bad: 'jobDefinitions:\n  - jobDefinitionName: etl\n    type: container\n    containerProperties:\n      resourceRequirements:\n        - { type: VCPU, value: "2" }\n        - { type: MEMORY, value: "7953" }\ncomputeEnvironments:\n  - computeEnvironmentName: small\n    computeResources: { type: EC2, maxvCpus: 16, instanceTypes: [m5.large] }\njobQueues:\n  - jobQueueName: q\n    computeEnvironmentOrder: [{ order: 1, computeEnvironment: small }]',
    good: 'jobDefinitions:\n  - jobDefinitionName: etl\n    type: container\n    containerProperties:\n      resourceRequirements:\n        - { type: VCPU, value: "2" }\n        - { type: MEMORY, value: "7600" }\ncomputeEnvironments:\n  - computeEnvironmentName: small\n    computeResources: { type: EC2, maxvCpus: 16, instanceTypes: [m5.large] }\njobQueues:\n  - jobQueueName: q\n    computeEnvironmentOrder: [{ order: 1, computeEnvironment: small }]',
  },
  appliesTo: ['jobDefinition'],
  options: PLACEMENT_OPTIONS,
  messages: {
    tight: '{{where}} asks for {{need}} MiB; the largest allowed type, {{type}}, offers about {{offer}} MiB to jobs under the memory model ({{figure}}) but real instances may offer as little as {{floor}} MiB ({{margin}} % margin): the job may never be placed; ask for at most {{floor}} MiB. Pairing: {{pairing}}.',
  },
  check(resource, context) {
    const options = placementOptionsFromRule(context.options);
    for (const { pairing, result } of violations(resource, context.model, (p) => {
      const placement = cachedPlacement(resource, p, context.model, options);
      return placement.verdict === 'tight' ? placement : undefined;
    })) {
      const nodes = result.environments.flatMap((e) => e.nodes).filter((n) => n.verdict === 'tight');
      const node = nodes.find((n) => n.candidates.length > 0);
      const fit = node?.candidates.sort((a, b) => b.availableMiB - a.availableMiB)[0];
      if (!node || !fit || !node.node.memoryMiB) continue;
      const env = result.environments.find((e) => e.nodes.includes(node));
      context.report({
        messageId: 'tight',
        data: {
          where: node.node.label,
          need: node.node.memoryMiB.value,
          pairing: describePairing(pairing),
          type: fit.type.name,
          offer: fit.availableMiB,
          figure: memoryFigure(result, node),
          floor: marginFloorMiB(fit.type, result.memoryModel, env?.platform?.orchestration ?? 'ECS'),
          margin: result.memoryModel.marginPercent,
        },
        path: node.node.memoryMiB.path,
      });
    }
  },
});
