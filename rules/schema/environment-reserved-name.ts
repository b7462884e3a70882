import { defineRule } from '../../src/engine/rule.js';
import { knownHeadOf } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';

// Batch sets AWS_BATCH_JOB_ID, AWS_BATCH_JOB_ATTEMPT, AWS_BATCH_JOB_ARRAY_INDEX, AWS_BATCH_JQ_NAME,
// AWS_BATCH_CE_NAME... in every job, and the API reserves the whole prefix: "Environment variables
// cannot start with AWS_BATCH. This naming convention is reserved for variables that Batch sets."
// (ContainerProperties, TaskContainerProperties and EksContainer environment/env).
const RESERVED_PREFIX = 'AWS_BATCH';

export default defineRule({
  id: 'environment-reserved-name',
  title: 'Environment variable with the reserved AWS_BATCH prefix',
  category: 'schema',
  severity: 'warning',
  description: 'A container declares an environment variable whose name starts with AWS_BATCH, a prefix Batch reserves for the variables it sets itself (every container kind: containerProperties, node ranges, ecsProperties, eksProperties).',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerProperties.html',
  docs: {
    rationale: 'The API reference of every container shape says: "Environment variables cannot start with AWS_BATCH. This naming convention is reserved for variables that Batch sets." Batch itself sets AWS_BATCH_JOB_ID, AWS_BATCH_JOB_ATTEMPT, AWS_BATCH_JOB_ARRAY_INDEX, AWS_BATCH_JQ_NAME, AWS_BATCH_CE_NAME and more in each job. Registration does not always refuse such a name (an AWS genomics-workflows sample shows an ACTIVE job definition with AWS_BATCH_JOB_QUEUE), but a name Batch sets is shadowed or overwritten, and any name under the prefix may become one of Batch\'s. A name with a variable part is reported when its literal start already has the prefix.',
    fix: 'Rename the variable (for example JOB_QUEUE_ARN instead of AWS_BATCH_JOB_QUEUE); read the values Batch provides (AWS_BATCH_JOB_ID...) from the environment instead of setting them.',
    bad: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36\n  environment:\n    - name: AWS_BATCH_JOB_QUEUE\n      value: arn:aws:batch:us-east-1:123456789012:job-queue/etl',
    good: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36\n  environment:\n    - name: JOB_QUEUE_ARN\n      value: arn:aws:batch:us-east-1:123456789012:job-queue/etl',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    reserved: 'Environment variable "{{name}}" of the {{where}} starts with AWS_BATCH, a prefix Batch reserves for the variables it sets; rename it.',
  },
  check(resource, context) {
    for (const c of jobDefinitionFacts(resource).containers) {
      for (const entry of c.environment) {
        // The literal start of the name: a known name whole, or the head of one with variable parts.
        const head = knownHeadOf(entry.name);
        if (head === undefined || !head.startsWith(RESERVED_PREFIX)) continue;
        context.report({ messageId: 'reserved', data: { name: entry.name.certainty === 'known' ? head : `${head}…`, where: c.label }, path: entry.name.path });
      }
    }
  },
});
