import { computeEnvironmentFacts, provisionedAs, saysManaged } from '../../src/model/facts/compute-environment-facts.js';
import { isWrittenFact } from '../../src/model/facts/fact.js';
import { defineTagRule } from './define-tag-rule.js';

export default defineTagRule({
  id: 'compute-resources-untagged',
  title: 'Compute environment instances without tags',
  description: 'A managed EC2 or Spot compute environment sets no computeResources.tags (or lacks the tag keys listed in the requiredKeyTags option), so the instances it launches are untagged; unmanaged and Fargate environments, and environments with a launch template (whose TagSpecifications can tag the instances), are not evaluated.',
  rationale: 'Security Hub control Batch.4 ("Compute resource properties in managed Batch compute environments should be tagged", severity Low) and AWS Config rule batch-managed-compute-env-compute-resources-tagged check computeResources.tags, the tags Batch applies to the EC2 instances it launches; they do not evaluate unmanaged or Fargate environments (Fargate rejects computeResources.tags). Compute environment tags do not propagate to instances, so without these the instances cannot be attributed in Cost Explorer. Changing them needs an infrastructure update. Instance tags from a launch template\'s TagSpecifications are merged with them (the compute environment wins on a key clash), so an environment with a launch template is not reported, as its tags are not in the input; Security Hub still checks computeResources.tags alone.',
  fix: 'Add `computeResources.tags` (for example `{Name: "Batch etl", team: data}`); set the `requiredKeyTags` option to enforce your tagging standard.',
  bad: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 64\n  subnets: [subnet-0a1b2c3d]',
  good: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 64\n  subnets: [subnet-0a1b2c3d]\n  tags: {Name: Batch etl, team: data}',
  peers: ['Security Hub Batch.4', 'AWS Config batch-managed-compute-env-compute-resources-tagged'],
  appliesTo: ['computeEnvironment'],
  subject: 'The instances this compute environment launches (computeResources.tags) have',
  tags: (resource) => {
    const facts = computeEnvironmentFacts(resource);
    if (!saysManaged(facts) || !provisionedAs(facts, 'EC2', 'SPOT')) return undefined;
    // Instance tags from the launch template's TagSpecifications are applied too (Batch merges them
    // with computeResources.tags), and the template's content is not part of the input.
    // https://docs.aws.amazon.com/batch/latest/userguide/launch-templates.html
    if (isWrittenFact(facts.resources.launchTemplate)) return undefined;
    return facts.resources.tags;
  },
});
