import { jobQueueFacts } from '../../src/model/facts/job-queue-facts.js';
import { defineTagRule } from './define-tag-rule.js';

export default defineTagRule({
  id: 'job-queue-untagged',
  title: 'Job queue without tags',
  description: 'A job queue has no tags (or lacks the tag keys listed in the requiredKeyTags option); system tags starting with aws: do not count.',
  rationale: 'Security Hub control Batch.1 ("Batch job queues should be tagged", severity Low) and AWS Config rule batch-job-queue-tagged fail a queue with no tag keys, or without the keys given in requiredKeyTags. Tags drive cost allocation, ownership and tag-based IAM (ABAC) on SubmitJob.',
  fix: 'Add `tags` to the queue (for example `{team: data, cost-center: "1234"}`); set the `requiredKeyTags` option to enforce your tagging standard.',
  bad: 'jobQueueName: etl-queue\npriority: 10\ncomputeEnvironmentOrder:\n  - {order: 1, computeEnvironment: etl-ce}',
  good: 'jobQueueName: etl-queue\npriority: 10\ncomputeEnvironmentOrder:\n  - {order: 1, computeEnvironment: etl-ce}\ntags: {team: data}',
  peers: ['Security Hub Batch.1', 'AWS Config batch-job-queue-tagged', 'KICS Resource Not Using Tags (Terraform)'],
  appliesTo: ['jobQueue'],
  subject: 'The job queue has',
  tags: (resource) => jobQueueFacts(resource).tags,
});
