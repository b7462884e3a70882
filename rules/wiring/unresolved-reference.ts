import { defineRule } from '../../src/engine/rule.js';
import { KIND_LABELS } from '../../src/model/resource.js';

export default defineRule({
  id: 'unresolved-reference',
  title: 'Reference to a resource outside the input',
  category: 'wiring',
  severity: 'note',
  description: 'A queue names a compute environment or scheduling policy, or a pairing names a job definition or queue, that is not among the analysed resources: the cross-resource checks cannot verify it.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeEnvironmentOrder.html',
  docs: {
    rationale: 'Placement, platform and mix checks need both ends of a reference. A file set rarely holds every resource, so a reference that leads outside it is reported as "not verified here", never as an error. A live audit of a Region sees everything; there a missing resource is a broken reference (a queue whose environment was deleted is INVALID), and the audit raises this rule to an error.',
    fix: 'Lint the files that define the referenced resources together, or ignore the note for resources managed elsewhere.',
    bad: 'jobQueueName: etl-queue\npriority: 1\ncomputeEnvironmentOrder:\n  - { order: 1, computeEnvironment: spot-ce }',
    good: 'computeEnvironments:\n  - computeEnvironmentName: spot-ce\n    type: MANAGED\n    computeResources: { type: SPOT, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }\njobQueues:\n  - jobQueueName: etl-queue\n    priority: 1\n    computeEnvironmentOrder:\n      - { order: 1, computeEnvironment: spot-ce }',
  },
  appliesTo: ['jobQueue', 'jobDefinition'],
  messages: {
    notVerified: '{{what}} "{{ref}}" is not in the analysed files: not verified here (lint it together with this {{self}} to check placement and wiring).',
    missing: '{{what}} "{{ref}}" does not exist in the audited account and Region.',
  },
  check(resource, context) {
    const graph = context.model.graph;
    const messageId = context.model.complete ? 'missing' : 'notVerified';
    const self = KIND_LABELS[resource.kind];
    if (resource.kind === 'jobQueue') {
      const node = graph.queueNode(resource);
      for (const link of node?.environments ?? []) {
        if (link.environment || link.reference === undefined || link.reference.trim() === '') continue;
        context.report({ messageId, data: { what: 'Compute environment', ref: link.reference, self }, path: link.path });
      }
      if (node?.policy && !node.policy.policy && node.policy.reference) {
        context.report({ messageId, data: { what: 'Scheduling policy', ref: node.policy.reference, self }, path: node.policy.path });
      }
    }
    for (const u of graph.unresolvedPairings) {
      if (resource.kind === 'jobDefinition' && u.jobDefinition === resource && !u.queue) {
        context.report({ messageId, data: { what: `Job queue (${u.pairing.origin} pairing)`, ref: u.pairing.jobQueue, self }, path: ['jobDefinitionName'], key: true });
      }
      if (resource.kind === 'jobQueue' && u.queue?.queue === resource && !u.jobDefinition) {
        context.report({ messageId, data: { what: `Job definition (${u.pairing.origin} pairing)`, ref: u.pairing.jobDefinition, self }, path: ['jobQueueName'], key: true });
      }
    }
  },
});
