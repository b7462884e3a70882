import { defineRule } from '../../src/engine/rule.js';
import { environmentPlatformOf } from '../../src/graph/platform.js';
import { isDisabled } from '../../src/model/facts/compute-environment-facts.js';
import { jobQueueFacts } from '../../src/model/facts/job-queue-facts.js';

export default defineRule({
  id: 'queue-all-environments-disabled',
  title: 'Every compute environment of the queue is disabled',
  category: 'wiring',
  severity: 'error',
  description: 'Every compute environment an enabled job queue lists is DISABLED: jobs submitted to it are never placed.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_CreateComputeEnvironment.html',
  docs: {
    rationale: 'A DISABLED compute environment takes no new jobs and does not scale out ([API:CreateComputeEnvironment] state). When every environment of a queue is disabled, jobs wait in RUNNABLE until one is enabled.',
    fix: 'Enable at least one compute environment of the queue, or disable the queue too.',
    bad: 'computeEnvironments:\n  - computeEnvironmentName: a\n    type: MANAGED\n    state: DISABLED\n    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }\n  - computeEnvironmentName: b\n    type: MANAGED\n    state: DISABLED\n    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [c5], subnets: [subnet-1] }\njobQueues:\n  - jobQueueName: etl-queue\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: a }\n      - { order: 2, computeEnvironment: b }',
    good: 'computeEnvironments:\n  - computeEnvironmentName: a\n    type: MANAGED\n    state: DISABLED\n    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }\n  - computeEnvironmentName: b\n    type: MANAGED\n    state: ENABLED\n    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [c5], subnets: [subnet-1] }\njobQueues:\n  - jobQueueName: etl-queue\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: a }\n      - { order: 2, computeEnvironment: b }',
  },
  appliesTo: ['jobQueue'],
  messages: {
    allDisabled: 'Every compute environment of this queue is DISABLED ({{names}}): jobs submitted to it stay RUNNABLE. Enable one, or disable the queue.',
  },
  check(resource, context) {
    const facts = jobQueueFacts(resource);
    // A DISABLED queue accepts no new jobs, so its environments being disabled strands nothing
    // (job-queue-disabled speaks of the queue itself).
    if (isDisabled(facts.state)) return;
    const node = context.model.graph.queueNode(resource);
    if (!node || node.environments.length === 0 || node.environments.some((l) => !l.environment)) return;
    if (node.environments.some((l) => environmentPlatformOf(l.environment!).enabled)) return;
    context.report({ messageId: 'allDisabled', data: { names: node.environments.map((l) => l.environment!.name).join(', ') }, path: facts.computeEnvironmentOrder.path });
  },
});
