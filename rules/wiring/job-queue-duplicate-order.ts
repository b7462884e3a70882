import { defineRule } from '../../src/engine/rule.js';
import { jobQueueFacts } from '../../src/model/facts/job-queue-facts.js';
import { entriesOf, known } from '../../src/model/facts/fact.js';

export default defineRule({
  id: 'job-queue-duplicate-order',
  title: 'Two compute environments with the same order',
  category: 'wiring',
  severity: 'error',
  description: 'A job queue whose computeEnvironmentOrder gives the same order value to two compute environments.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeEnvironmentOrder.html',
  docs: {
    rationale: 'Compute environments are tried in ascending order: "the compute environment with a lower order integer value is tried for job placement first". The order is a strict preference, not a weight: the Batch API does not accept two environments with the same order in one queue.',
    fix: 'Give each compute environment in the queue its own order value, lowest for the one to try first (for example Spot 1, On-Demand 2).',
    bad: 'jobQueueName: etl-queue\npriority: 1\ncomputeEnvironmentOrder:\n  - order: 1\n    computeEnvironment: spot-ce\n  - order: 1\n    computeEnvironment: ondemand-ce',
    good: 'jobQueueName: etl-queue\npriority: 1\ncomputeEnvironmentOrder:\n  - order: 1\n    computeEnvironment: spot-ce\n  - order: 2\n    computeEnvironment: ondemand-ce',
  },
  appliesTo: ['jobQueue'],
  messages: {
    duplicate: 'order {{order}} is also used by computeEnvironmentOrder entry {{first}}; give each compute environment its own order (they are tried in ascending order).',
  },
  check(resource, context) {
    const seen = new Map<number, number>();
    for (const entry of entriesOf(jobQueueFacts(resource).computeEnvironmentOrder)) {
      const order = known(entry.order);
      if (order === undefined) continue;
      const first = seen.get(order);
      if (first === undefined) seen.set(order, entry.index);
      else context.report({ messageId: 'duplicate', data: { order, first: first + 1 }, path: entry.order.path });
    }
  },
});
