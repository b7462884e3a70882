import { computeEnvironmentFacts } from '../../src/model/facts/compute-environment-facts.js';
import { defineTagRule } from './define-tag-rule.js';

export default defineTagRule({
  id: 'compute-environment-untagged',
  title: 'Compute environment without tags',
  description: 'A compute environment has no tags (or lacks the tag keys listed in the requiredKeyTags option); system tags starting with aws: do not count.',
  rationale: 'Security Hub control Batch.3 ("Batch compute environments should be tagged", severity Low) and AWS Config rule batch-compute-environment-tagged fail a compute environment with no tag keys, or without the keys given in requiredKeyTags. These are the tags of the compute environment itself; the instances it launches are tagged through computeResources.tags (see compute-resources-untagged).',
  fix: 'Add `tags` to the compute environment; set the `requiredKeyTags` option to enforce your tagging standard.',
  bad: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: FARGATE\n  maxvCpus: 64\n  subnets: [subnet-0a1b2c3d]\n  securityGroupIds: [sg-0a1b2c3d]',
  good: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: FARGATE\n  maxvCpus: 64\n  subnets: [subnet-0a1b2c3d]\n  securityGroupIds: [sg-0a1b2c3d]\ntags: {team: data}',
  peers: ['Security Hub Batch.3', 'AWS Config batch-compute-environment-tagged', 'KICS Resource Not Using Tags (Terraform)'],
  appliesTo: ['computeEnvironment'],
  subject: 'The compute environment has',
  tags: (resource) => computeEnvironmentFacts(resource).tags,
});
