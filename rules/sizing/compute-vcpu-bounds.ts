import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts, isFargateEnvironment } from '../../src/model/facts/compute-environment-facts.js';
import { known } from '../../src/model/facts/fact.js';

export default defineRule({
  id: 'compute-vcpu-bounds',
  title: 'minvCpus, desiredvCpus and maxvCpus out of order',
  category: 'sizing',
  severity: 'error',
  description: 'A compute environment sets minvCpus above maxvCpus, or desiredvCpus outside minvCpus..maxvCpus.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html',
  docs: {
    rationale: 'minvCpus is the floor Batch keeps, maxvCpus the ceiling, and "Batch modifies [desiredvCpus] between the minimum and maximum values"; AWS rejects a desired value outside that range. Fargate environments take neither minvCpus nor desiredvCpus (fargate-compute-field reports them).',
    fix: 'Make minvCpus <= desiredvCpus <= maxvCpus; desiredvCpus can usually be left out.',
    bad: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  minvCpus: 0\n  desiredvCpus: 512\n  maxvCpus: 256',
    good: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  minvCpus: 0\n  maxvCpus: 256',
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    minAboveMax: 'minvCpus ({{min}}) is above maxvCpus ({{max}}); lower minvCpus or raise maxvCpus.',
    desiredBelowMin: 'desiredvCpus ({{desired}}) is below minvCpus ({{min}}); set it between minvCpus and maxvCpus or leave it out.',
    desiredAboveMax: 'desiredvCpus ({{desired}}) is above maxvCpus ({{max}}); set it between minvCpus and maxvCpus or leave it out.',
  },
  check(resource, context) {
    const facts = computeEnvironmentFacts(resource);
    if (isFargateEnvironment(facts)) return;
    const cr = facts.resources;
    const min = known(cr.minvCpus);
    const max = known(cr.maxvCpus);
    const desired = known(cr.desiredvCpus);
    if (min !== undefined && max !== undefined && min > max) {
      context.report({ messageId: 'minAboveMax', data: { min, max }, path: cr.minvCpus.path });
    }
    if (desired === undefined) return;
    if (min !== undefined && desired < min) context.report({ messageId: 'desiredBelowMin', data: { desired, min }, path: cr.desiredvCpus.path });
    else if (max !== undefined && desired > max) context.report({ messageId: 'desiredAboveMax', data: { desired, max }, path: cr.desiredvCpus.path });
  },
});
