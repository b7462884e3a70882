import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts, isUnmanaged } from '../../src/model/facts/compute-environment-facts.js';

export default defineRule({
  id: 'compute-environment-unmanaged',
  title: 'Unmanaged compute environment',
  category: 'wiring',
  severity: 'warning',
  description: 'Off by default (a policy check, like AWS Config\'s batch-compute-environment-managed): a compute environment of type UNMANAGED.',
  helpUri: 'https://docs.aws.amazon.com/config/latest/developerguide/batch-compute-environment-managed.html',
  docs: {
    rationale: 'In an UNMANAGED environment you launch, patch and scale the ECS container instances yourself; Batch only schedules onto them. Organisations that want Batch to own capacity (scaling to zero, AMI updates, Spot handling) forbid them. Unmanaged environments also cannot run multi-node parallel jobs.',
    fix: 'Use a MANAGED compute environment with computeResources (EC2, SPOT, FARGATE or FARGATE_SPOT). Enable the rule in the config file: `rules: { compute-environment-unmanaged: warning }`.',
    bad: 'computeEnvironmentName: own-hosts\ntype: UNMANAGED\nunmanagedvCpus: 8',
    good: 'computeEnvironmentName: batch-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 256',
    peers: ['AWS Config batch-compute-environment-managed'],
  },
  appliesTo: ['computeEnvironment'],
  enabledByDefault: false,
  messages: {
    unmanaged: 'This compute environment is UNMANAGED, so its instances are launched, patched and scaled by hand; use a MANAGED environment with computeResources.',
  },
  check(resource, context) {
    const facts = computeEnvironmentFacts(resource);
    if (!isUnmanaged(facts)) return;
    context.report({ messageId: 'unmanaged', path: facts.type.path });
  },
});
