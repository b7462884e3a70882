import { defineRule } from '../../src/engine/rule.js';
import { computeEnvironmentFacts } from '../../src/model/facts/compute-environment-facts.js';

export default defineRule({
  id: 'ec2-key-pair',
  title: 'SSH key pair on compute environment instances',
  category: 'security',
  severity: 'note',
  description: 'A compute environment sets computeResources.ec2KeyPair, so its instances accept SSH logins with that key.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html',
  docs: {
    rationale: 'AWS Batch: ec2KeyPair is "the Amazon EC2 key pair that\'s used for instances launched in the compute environment. You can use this key pair to log in to your instances with SSH." A long-lived private key shared by everyone who debugs the fleet, and an SSH port that security groups must keep open, are a standing way in to every instance and the jobs on it. AWS Systems Manager Session Manager gives shell access without keys or open ports, with IAM control and logs.',
    fix: 'Remove `ec2KeyPair` and use Session Manager (the ECS-optimized AMI ships the SSM agent; add AmazonSSMManagedInstanceCore to the instance role). Changing it needs an infrastructure update.',
    bad: 'computeEnvironmentName: etl\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 64\n  subnets: [subnet-0a1b2c3d]\n  ec2KeyPair: ops-key',
    good: 'computeEnvironmentName: etl\ntype: MANAGED\ncomputeResources:\n  type: EC2\n  maxvCpus: 64\n  subnets: [subnet-0a1b2c3d]',
  },
  appliesTo: ['computeEnvironment'],
  messages: {
    keyPair: 'computeResources.ec2KeyPair lets anyone with the key log in to every instance over SSH; remove it and use Session Manager for shell access.',
  },
  check(resource, context) {
    // A presence rule: a key pair from a variable or a parameter is set, whatever it holds.
    const key = computeEnvironmentFacts(resource).resources.ec2KeyPair;
    const set = key.certainty === 'known' ? key.value.trim() !== '' : key.certainty === 'unknown' && !key.invalid;
    if (!set) return;
    context.report({ messageId: 'keyPair', path: key.path });
  },
});
