import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts, isDisabled } from '../../src/model/facts/compute-environment-facts.js';

export default defineRule({
  id: 'compute-environment-disabled',
  title: 'Disabled compute environment',
  category: 'wiring',
  severity: 'note',
  description: 'A compute environment in state DISABLED: Batch places no new jobs on it and does not scale it out.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_CreateComputeEnvironment.html',
  docs: {
    rationale: 'AWS: when a compute environment is DISABLED, the scheduler does not place new jobs on it, jobs already STARTING or RUNNING continue, and a managed environment does not scale out. Queues that rely on it get no capacity from it. It can still cost money: minvCpus is kept even when DISABLED (see min-vcpus-always-on).',
    fix: 'Set state to ENABLED (the default), or, to retire it, remove it from its queues, set minvCpus to 0 and delete it; suppress the finding where it is disabled on purpose.',
    bad: 'computeEnvironmentName: spot-ce\ntype: MANAGED\nstate: DISABLED',
    good: 'computeEnvironmentName: spot-ce\ntype: MANAGED\nstate: ENABLED',
    peers: ['AWS Config batch-compute-environment-enabled'],
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    disabled: 'This compute environment is DISABLED, so Batch places no new jobs on it and does not scale it out; set state to ENABLED, or delete it if it is retired.',
  },
  check(resource, context) {
    const state = computeEnvironmentFacts(resource).state;
    if (!isDisabled(state)) return;
    context.report({ messageId: 'disabled', path: state.path });
  },
});
