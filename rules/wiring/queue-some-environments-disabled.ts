import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts, isDisabled } from '../../src/model/facts/compute-environment-facts.js';
import { certainly, isAbsentFact } from '../../src/model/facts/fact.js';

export default defineRule({
  id: 'queue-some-environments-disabled',
  title: 'Some compute environments of the queue are disabled',
  category: 'wiring',
  severity: 'note',
  description: 'A job queue lists a DISABLED compute environment next to enabled ones: that capacity is not used.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_CreateComputeEnvironment.html',
  docs: {
    rationale: 'A DISABLED compute environment takes no new jobs, so the queue runs on the remaining ones only; often a leftover of maintenance. A disabled environment with minvCpus > 0 still costs money.',
    fix: 'Enable the environment again, or remove it from the queue.',
    bad: 'computeEnvironments:\n  - computeEnvironmentName: a\n    type: MANAGED\n    state: DISABLED\n    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }\n  - computeEnvironmentName: b\n    type: MANAGED\n    state: ENABLED\n    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [c5], subnets: [subnet-1] }\njobQueues:\n  - jobQueueName: etl-queue\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: a }\n      - { order: 2, computeEnvironment: b }',
    good: 'computeEnvironments:\n  - computeEnvironmentName: a\n    type: MANAGED\n    state: ENABLED\n    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }\n  - computeEnvironmentName: b\n    type: MANAGED\n    state: ENABLED\n    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [c5], subnets: [subnet-1] }\njobQueues:\n  - jobQueueName: etl-queue\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: a }\n      - { order: 2, computeEnvironment: b }',
  },
  appliesTo: ['jobQueue'],
  messages: {
    someDisabled: 'Compute environment {{name}} of this queue is DISABLED: the queue runs only on {{enabled}}.',
  },
  check(resource, context) {
    const node = context.model.graph.queueNode(resource);
    if (!node) return;
    const linked = node.environments.filter((l) => l.environment);
    const state = (l: (typeof linked)[number]) => computeEnvironmentFacts(l.environment!).state;
    // Runs on: enabled for certain (written ENABLED, or not written: ENABLED is the default). A state
    // from a parameter is neither: the message would name a queue it may not run on.
    const enabled = linked.filter((l) => isAbsentFact(state(l)) || certainly(state(l), (s) => s === 'ENABLED'));
    if (enabled.length === 0) return; // all disabled: queue-all-environments-disabled
    for (const l of linked) {
      if (!isDisabled(state(l))) continue;
      context.report({ messageId: 'someDisabled', data: { name: l.environment!.name, enabled: enabled.map((e) => e.environment!.name).join(', ') }, path: l.path });
    }
  },
});
