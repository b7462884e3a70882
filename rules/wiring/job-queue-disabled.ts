import { defineRule } from '../../src/engine/rule.js';
import { isDisabled } from '../../src/model/facts/compute-environment-facts.js';
import { jobQueueFacts } from '../../src/model/facts/job-queue-facts.js';

export default defineRule({
  id: 'job-queue-disabled',
  title: 'Disabled job queue',
  category: 'wiring',
  severity: 'note',
  description: 'A job queue in state DISABLED: it accepts no new jobs.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_CreateJobQueue.html',
  docs: {
    rationale: 'AWS: "If the job queue state is DISABLED, new jobs can\'t be added to the queue, but jobs already in the queue can finish." Every SubmitJob to it fails. That is right for a queue being retired, and a surprise anywhere else.',
    fix: 'Set state to ENABLED (the default), or delete the queue if it is retired; suppress the finding on queues that are disabled on purpose.',
    bad: 'jobQueueName: etl\nstate: DISABLED\npriority: 1',
    good: 'jobQueueName: etl\nstate: ENABLED\npriority: 1',
    peers: ['AWS Config batch-job-queue-enabled'],
  },
  appliesTo: ['jobQueue'],
  messages: {
    disabled: 'This job queue is DISABLED, so every SubmitJob to it fails; set state to ENABLED, or delete the queue if it is retired.',
  },
  check(resource, context) {
    const state = jobQueueFacts(resource).state;
    if (!isDisabled(state)) return;
    context.report({ messageId: 'disabled', path: state.path });
  },
});
