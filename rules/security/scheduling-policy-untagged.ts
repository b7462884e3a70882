import { schedulingPolicyFacts } from '../../src/model/facts/scheduling-policy-facts.js';
import { defineTagRule } from './define-tag-rule.js';

export default defineTagRule({
  id: 'scheduling-policy-untagged',
  title: 'Scheduling policy without tags',
  description: 'A scheduling policy has no tags (or lacks the tag keys listed in the requiredKeyTags option); system tags starting with aws: do not count.',
  rationale: 'Security Hub control Batch.2 ("Batch scheduling policies should be tagged", severity Low) and AWS Config rule batch-scheduling-policy-tagged fail a scheduling policy with no tag keys, or without the keys given in requiredKeyTags. KICS\'s tag query does not look at scheduling policies.',
  fix: 'Add `tags` to the scheduling policy; set the `requiredKeyTags` option to enforce your tagging standard.',
  bad: 'name: fair\nfairsharePolicy:\n  shareDecaySeconds: 3600',
  good: 'name: fair\nfairsharePolicy:\n  shareDecaySeconds: 3600\ntags: {team: data}',
  peers: ['Security Hub Batch.2', 'AWS Config batch-scheduling-policy-tagged'],
  appliesTo: ['schedulingPolicy'],
  subject: 'The scheduling policy has',
  tags: (resource) => schedulingPolicyFacts(resource).tags,
});
