import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts } from '../../src/model/facts/compute-environment-facts.js';
import { stringPieces, type Fact } from '../../src/model/facts/fact.js';

// cfn-lint's role ARN pattern (E3511), which follows IAM's identifier format.
const ROLE_ARN = /^arn:aws[a-zA-Z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const ROLE_RESOURCE = /^role\/[\w+=,.@/-]+$/;
const PARTITION = /^aws[a-zA-Z-]*$/;

/**
 * What the known text of a partly known value (pieces, `null` where unknown) says against a role ARN:
 * `name` when it starts with text that is no ARN, `notRole` when its known ARN fields contradict one
 * (another partition or service, an account that is not 12 digits, a resource that is not `role/...`),
 * undefined when some value of the unknown pieces makes it a role ARN. A role name and path hold no `:`,
 * so the text after the last `:` of a known tail is the whole resource.
 */
function contradiction(pieces: readonly (string | null)[]): 'name' | 'notRole' | undefined {
  if (pieces.every((p) => p !== null)) {
    const text = pieces.join('').trim();
    if (text === '' || ROLE_ARN.test(text)) return undefined;
    return text.startsWith('arn:') ? 'notRole' : 'name';
  }
  const head = pieces[0];
  if (typeof head === 'string') {
    const start = head.trimStart();
    if (!start.startsWith('arn:')) return 'arn:'.startsWith(start) ? undefined : 'name';
    // The fields the head writes out in full (each followed by a `:`), then the start of the next one.
    const fields = start.split(':');
    const whole = fields.slice(0, -1);
    const [, partition, service, , account] = whole;
    if (partition !== undefined && !PARTITION.test(partition)) return 'notRole';
    if (service !== undefined && service !== 'iam') return 'notRole';
    if (account !== undefined && !/^\d{12}$/.test(account)) return 'notRole';
    if (whole.length >= 5) {
      const resource = fields.slice(5).join(':');
      if (!resource.startsWith('role/') && !'role/'.startsWith(resource)) return 'notRole';
    }
  }
  const tail = pieces[pieces.length - 1];
  if (typeof tail === 'string' && tail.includes(':') && !ROLE_RESOURCE.test(tail.slice(tail.lastIndexOf(':') + 1).trimEnd())) return 'notRole';
  return undefined;
}

export default defineRule({
  id: 'role-not-arn',
  title: 'Role given by name instead of ARN',
  category: 'security',
  severity: 'warning',
  description: 'A compute environment\'s serviceRole or computeResources.spotIamFleetRole is not an IAM role ARN (a bare role name, or the ARN of something else).',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_CreateComputeEnvironment.html',
  docs: {
    rationale: 'AWS Batch, serviceRole: "When you only specify the name of the service role, Batch assumes that your ARN doesn\'t use the service-role path prefix. Because of this, we recommend that you specify the full ARN of your service role." A role created under a path (service-role/) and given by name leaves the environment INVALID ("CLIENT_ERROR - Not authorized to perform sts:AssumeRole"); spotIamFleetRole is documented as the role\'s ARN, and a wrong value gives "SpotFleetRequestConfig.IamFleetRole is invalid". CloudFormation\'s linter rejects both (cfn-lint E3511).',
    fix: 'Give the full role ARN, for example `arn:aws:iam::123456789012:role/service-role/AWSBatchServiceRole`, or leave `serviceRole` out to use the AWSServiceRoleForBatch service-linked role (needed for infrastructure updates).',
    bad: 'computeEnvironmentName: etl\ntype: MANAGED\nserviceRole: AWSBatchServiceRole\ncomputeResources:\n  type: SPOT\n  maxvCpus: 64\n  subnets: [subnet-0a1b2c3d]\n  spotIamFleetRole: AmazonEC2SpotFleetTaggingRole',
    good: 'computeEnvironmentName: etl\ntype: MANAGED\nserviceRole: arn:aws:iam::123456789012:role/service-role/AWSBatchServiceRole\ncomputeResources:\n  type: SPOT\n  maxvCpus: 64\n  subnets: [subnet-0a1b2c3d]\n  spotIamFleetRole: arn:aws:iam::123456789012:role/AmazonEC2SpotFleetTaggingRole',
    peers: ['cfn-lint E3511'],
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    name: '{{field}} is a role name, not a role ARN; give the full ARN (arn:aws:iam::<account>:role/<path><name>), as a name is assumed to have the path "/".',
    notRole: '{{field}} is not an IAM role ARN (arn:aws:iam::<account>:role/<name>); give the ARN of the role.',
  },
  check(resource, context) {
    // A value rule on the known text: a placeholder (`<account-id>`, `ACCOUNT_ID`) or a parameter
    // inside the ARN is unknown, reported only where the text around it cannot be a role ARN.
    const check = (fact: Fact<string>, label: string): void => {
      const pieces = stringPieces(fact);
      const messageId = pieces && contradiction(pieces);
      if (messageId) context.report({ messageId, data: { field: label }, path: fact.path });
    };
    const facts = computeEnvironmentFacts(resource);
    check(facts.serviceRole, 'serviceRole');
    check(facts.resources.spotIamFleetRole, 'computeResources.spotIamFleetRole');
  },
});
