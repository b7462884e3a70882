import { defineRule } from '../../src/engine/rule.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';
import { describePairing, violations } from '../../src/placement/paired-placements.js';
import { environmentPlatform, describeEnvironmentPlatform } from '../../src/graph/platform.js';

export default defineRule({
  id: 'multinode-unsupported-environment',
  title: 'Multinode job on Spot, Fargate or unmanaged environments only',
  category: 'sizing',
  severity: 'error',
  description: 'A multi-node parallel job is paired with a queue whose enabled compute environments are all Spot, Fargate or unmanaged, none of which runs multinode jobs.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/multi-node-parallel-jobs.html',
  docs: {
    rationale: 'AWS: multi-node parallel jobs are not supported on Spot Instances, on Fargate, or on UNMANAGED compute environments (https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html, type). Such a queue can never run the job.',
    fix: 'Submit the job to a queue with a MANAGED EC2 (On-Demand) compute environment, ideally with a cluster placement group.',
    bad: 'jobDefinitions:\n  - jobDefinitionName: mpi\n    type: multinode\n    nodeProperties:\n      numNodes: 2\n      mainNode: 0\n      nodeRangeProperties:\n        - targetNodes: "0:"\n          container:\n            image: my-image:1.0\n            instanceType: c5.4xlarge\n            resourceRequirements:\n              - { type: VCPU, value: "16" }\n              - { type: MEMORY, value: "16384" }\ncomputeEnvironments:\n  - computeEnvironmentName: hpc\n    type: MANAGED\n    computeResources: { type: SPOT, maxvCpus: 256, instanceTypes: [c5], subnets: [subnet-1] }\njobQueues:\n  - jobQueueName: hpc\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: hpc }',
    good: 'jobDefinitions:\n  - jobDefinitionName: mpi\n    type: multinode\n    nodeProperties:\n      numNodes: 2\n      mainNode: 0\n      nodeRangeProperties:\n        - targetNodes: "0:"\n          container:\n            image: my-image:1.0\n            instanceType: c5.4xlarge\n            resourceRequirements:\n              - { type: VCPU, value: "16" }\n              - { type: MEMORY, value: "16384" }\ncomputeEnvironments:\n  - computeEnvironmentName: hpc\n    type: MANAGED\n    computeResources: { type: EC2, maxvCpus: 256, instanceTypes: [c5], subnets: [subnet-1] }\njobQueues:\n  - jobQueueName: hpc\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: hpc }',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    unsupported: 'Multinode job on {{pairing}}, whose enabled compute environments are {{platforms}}: multinode jobs run only on managed EC2 On-Demand environments, so it never starts.',
  },
  check(resource, context) {
    if (!jobDefinitionFacts(resource).multinode) return;
    for (const { pairing, result } of violations(resource, context.model, (p) => {
      const open = p.queue.environments.filter((l) => !l.environment || environmentPlatform(l.environment.data).enabled);
      if (open.length === 0 || open.some((l) => !l.environment)) return undefined;
      const platforms = open.map((l) => environmentPlatform(l.environment!.data));
      if (platforms.some((pl) => pl.provisioning === undefined && pl.managed)) return undefined;
      if (!platforms.every((pl) => !pl.managed || pl.provisioning !== 'EC2')) return undefined;
      return [...new Set(platforms.map(describeEnvironmentPlatform))].join(', ');
    })) {
      context.report({ messageId: 'unsupported', data: { pairing: describePairing(pairing), platforms: result }, path: ['type'] });
    }
  },
});
