import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts, isFargateEnvironment, type ComputeResourcesFacts } from '../../src/model/facts/compute-environment-facts.js';
import { known, type Fact } from '../../src/model/facts/fact.js';

/** computeResources fields Fargate environments reject ([UG:fargate-compute-environments], [API:ComputeResource]). */
const REJECTED: readonly (keyof ComputeResourcesFacts)[] = [
  'allocationStrategy', 'bidPercentage', 'desiredvCpus', 'minvCpus', 'imageId', 'instanceTypes', 'ec2Configuration',
  'ec2KeyPair', 'instanceRole', 'launchTemplate', 'placementGroup', 'spotIamFleetRole', 'tags', 'scalingPolicy',
];

/**
 * Set to a value that means something: describe outputs and templates carry zeros, empty strings,
 * empty lists and empty maps for fields never set, and those are not reported (nor unknown values).
 * A value of the wrong type is written, and reported (unless it is an empty one).
 */
function isMeaningful(fact: Fact<unknown>): boolean {
  if (fact.certainty === 'unknown') return fact.invalid === true && !['', '0', '(a list)', '(an object)'].includes(fact.origin);
  if (fact.certainty !== 'known') return false;
  const value = fact.value;
  if (value === '' || value === 0) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object' && value !== null) return Object.values(value).some((f) => isMeaningful(f as Fact<unknown>));
  return true;
}

export default defineRule({
  id: 'fargate-compute-field',
  title: 'EC2-only setting on a Fargate compute environment',
  category: 'sizing',
  severity: 'error',
  description: 'A FARGATE or FARGATE_SPOT compute environment sets a computeResources field only EC2 environments take (allocationStrategy, minvCpus, instanceTypes, launchTemplate, tags, ...).',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/userguide/fargate-compute-environments.html',
  docs: {
    rationale: 'The User Guide lists the fields that "can\'t be provided" for Fargate compute environments: allocationStrategy, bidPercentage, desiredvCpus, imageId, instanceTypes, ec2Configuration, ec2KeyPair, instanceRole, launchTemplate, minvCpus, placementGroup, spotIamFleetRole and computeResources.tags (use the top-level tags); the API adds "don\'t specify" for scalingPolicy. Zeros and empty values are not reported, since describe outputs show unset fields that way.',
    fix: 'Remove the field. Fargate needs only type, maxvCpus, subnets and securityGroupIds; put tags at the top level of the compute environment.',
    bad: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: FARGATE_SPOT\n  maxvCpus: 64\n  instanceTypes: [optimal]\n  subnets: [subnet-0a1b2c3d]\n  securityGroupIds: [sg-0a1b2c3d]',
    good: 'computeEnvironmentName: etl-ce\ntype: MANAGED\ncomputeResources:\n  type: FARGATE_SPOT\n  maxvCpus: 64\n  subnets: [subnet-0a1b2c3d]\n  securityGroupIds: [sg-0a1b2c3d]\ntags: { team: data }',
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    rejected: '"{{field}}" cannot be set on a {{type}} compute environment; remove it{{hint}}.',
  },
  check(resource, context) {
    const facts = computeEnvironmentFacts(resource);
    const type = known(facts.resources.provisioning);
    if (!isFargateEnvironment(facts) || type === undefined) return;
    for (const name of REJECTED) {
      const fact = facts.resources[name];
      if (!isMeaningful(fact)) continue;
      const hint = name === 'tags' ? ' and put the tags at the top level of the compute environment' : '';
      context.report({ messageId: 'rejected', data: { field: name, type, hint }, path: fact.path, key: true });
    }
  },
});
