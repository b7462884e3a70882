import { defineRule } from '../../src/engine/rule.js';
import { arrayOf, field, stringOf } from '../../src/model/values.js';

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
    arrayOf(field(resource.data, 'computeEnvironmentOrder')).forEach((entry, index) => {
      const reference = stringOf(field(entry, 'computeEnvironment'));
      if (reference === undefined) return;
      const name = environmentName(reference);
      if (name === '') return;
      const first = seen.get(name);
      if (first === undefined) seen.set(name, index);
      else context.report({ messageId: 'duplicate', data: { name, first: first + 1 }, path: ['computeEnvironmentOrder', index, 'computeEnvironment'] });
    });
  },
});
