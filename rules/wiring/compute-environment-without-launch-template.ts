import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts, provisionedAs, saysManaged } from '../../src/model/facts/compute-environment-facts.js';
import { isWrittenFact } from '../../src/model/facts/fact.js';

export default defineRule({
  id: 'compute-environment-without-launch-template',
  title: 'Managed compute environment without a launch template',
  category: 'wiring',
  severity: 'warning',
  description: 'Off by default (a policy check, like AWS Config\'s batch-managed-compute-environment-using-launch-template): a managed EC2 or Spot compute environment without computeResources.launchTemplate.',
  helpUri: 'https://docs.aws.amazon.com/config/latest/developerguide/batch-managed-compute-environment-using-launch-template.html',
  docs: {
    rationale: 'A launch template is where organisations put what Batch itself does not set: IMDSv2, EBS encryption and volume sizes, user data for agents and hardening. Policies that require one are enforced by this rule. Fargate environments cannot use launch templates and are not checked.',
    fix: 'Add computeResources.launchTemplate with launchTemplateId or launchTemplateName (not both) and a version. Enable the rule in the config file: `rules: { compute-environment-without-launch-template: warning }`.',
    bad: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 256',
    good: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 256\n  launchTemplate:\n    launchTemplateName: batch-hardened\n    version: $Default',
    peers: ['AWS Config batch-managed-compute-environment-using-launch-template'],
  },
  appliesTo: ['computeEnvironment'],
  enabledByDefault: false,
  messages: {
    missing: 'This managed compute environment has no launch template; add computeResources.launchTemplate (launchTemplateId or launchTemplateName, and a version).',
  },
  check(resource, context) {
    const facts = computeEnvironmentFacts(resource);
    if (!saysManaged(facts) || !provisionedAs(facts, 'EC2', 'SPOT')) return;
    if (isWrittenFact(facts.resources.launchTemplate)) return;
    context.report({ messageId: 'missing', path: facts.computeResources.path, key: true });
  },
});
