import { defineRule } from '../../src/engine/rule.js';
import { jobQueueFacts } from '../../src/model/facts/job-queue-facts.js';
import { entriesOf, known } from '../../src/model/facts/fact.js';

/** A compute environment reference as its name: the ARN's last part, or the name itself. */
function environmentName(reference: string): string {
  const marker = ':compute-environment/';
  const at = reference.indexOf(marker);
  return (at >= 0 ? reference.slice(at + marker.length) : reference).trim();
}

export default defineRule({
  id: 'job-queue-duplicate-compute-environment',
  title: 'Compute environment listed twice in a queue',
  category: 'wiring',
  severity: 'error',
  description: 'A job queue whose computeEnvironmentOrder lists the same compute environment twice (by name or ARN).',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeEnvironmentOrder.html',
  docs: {
    rationale: 'computeEnvironmentOrder maps each compute environment of the queue to its place in the order; a queue holds at most 3, and listing one twice gives it two places in the order, which cannot both hold. It is usually a copy-paste slip where a different environment (often the On-Demand fallback) was meant.',
    fix: 'List each compute environment once; if a fallback was meant, name the other environment.',
    bad: 'jobQueueName: etl-queue\npriority: 1\ncomputeEnvironmentOrder:\n  - order: 1\n    computeEnvironment: spot-ce\n  - order: 2\n    computeEnvironment: arn:aws:batch:us-east-1:123456789012:compute-environment/spot-ce',
    good: 'jobQueueName: etl-queue\npriority: 1\ncomputeEnvironmentOrder:\n  - order: 1\n    computeEnvironment: spot-ce\n  - order: 2\n    computeEnvironment: ondemand-ce',
  },
  appliesTo: ['jobQueue'],
  messages: {
    duplicate: 'Compute environment "{{name}}" is already listed in computeEnvironmentOrder entry {{first}}; list each environment once (was a different fallback meant?).',
  },
  check(resource, context) {
    const seen = new Map<string, number>();
    for (const entry of entriesOf(jobQueueFacts(resource).computeEnvironmentOrder)) {
      const reference = known(entry.computeEnvironment);
      if (reference === undefined) continue;
      const name = environmentName(reference);
      if (name === '') continue;
      const first = seen.get(name);
      if (first === undefined) seen.set(name, entry.index);
      else context.report({ messageId: 'duplicate', data: { name, first: first + 1 }, path: entry.computeEnvironment.path });
    }
  },
});
