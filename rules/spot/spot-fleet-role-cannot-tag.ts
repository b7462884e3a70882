import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts, provisionedAs } from '../../src/model/facts/compute-environment-facts.js';
import { known } from '../../src/model/facts/fact.js';

const LEGACY_NAME = 'amazonec2spotfleetrole';

export default defineRule({
  id: 'spot-fleet-role-cannot-tag',
  title: 'Spot Fleet role with the old AmazonEC2SpotFleetRole policy',
  category: 'spot',
  severity: 'warning',
  description: 'A SPOT compute environment whose spotIamFleetRole is the role AmazonEC2SpotFleetRole, which carries the old managed policy of that name that cannot tag Spot Instances.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html',
  docs: {
    rationale: 'AWS: "To tag your Spot Instances on creation, the Spot Fleet IAM role specified here must use the newer AmazonEC2SpotFleetTaggingRole managed policy. The previously recommended AmazonEC2SpotFleetRole managed policy doesn\'t have the required permissions to tag Spot Instances." The Batch troubleshooting guide adds that with the service-linked role, such Spot Instances then fail to scale down ("You are not authorized to perform this operation"). The rule reads the role name: a role called AmazonEC2SpotFleetRole is the one the old console created with the old policy.',
    fix: 'Give the ARN of a role that has the AmazonEC2SpotFleetTaggingRole managed policy (AWS\'s examples name the role AmazonEC2SpotFleetTaggingRole).',
    bad: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: SPOT\n  allocationStrategy: BEST_FIT_PROGRESSIVE\n  spotIamFleetRole: arn:aws:iam::123456789012:role/AmazonEC2SpotFleetRole',
    good: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: SPOT\n  allocationStrategy: BEST_FIT_PROGRESSIVE\n  spotIamFleetRole: arn:aws:iam::123456789012:role/AmazonEC2SpotFleetTaggingRole',
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    legacyRole: 'spotIamFleetRole is the old AmazonEC2SpotFleetRole, whose policy cannot tag Spot Instances (and then they may not scale down); use a role with the AmazonEC2SpotFleetTaggingRole managed policy.',
  },
  check(resource, context) {
    const facts = computeEnvironmentFacts(resource);
    if (!provisionedAs(facts, 'SPOT')) return;
    const role = known(facts.resources.spotIamFleetRole);
    if (role === undefined) return;
    // A policy ARN is not a role at all: role-not-arn reports it.
    if (/^arn:[^:]*:iam::[^:]*:policy\//.test(role)) return;
    // arn:aws:iam::123456789012:role/service-role/AmazonEC2SpotFleetRole, or a bare name.
    const name = role.slice(role.lastIndexOf('/') + 1).trim().toLowerCase();
    if (name !== LEGACY_NAME) return;
    context.report({ messageId: 'legacyRole', path: facts.resources.spotIamFleetRole.path });
  },
});
