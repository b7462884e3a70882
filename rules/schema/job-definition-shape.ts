import { defineRule } from '../../src/engine/rule.js';
import { isRecord } from '../../src/model/values.js';
import { known, type Fact } from '../../src/model/facts/fact.js';
import { JOB_PROPERTY_BLOCKS, jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';

const CONTAINER_BLOCKS = ['containerProperties', 'ecsProperties', 'eksProperties'] as const;

/**
 * Written for certain, with something in it: describe outputs and plans show unset blocks as `{}` or
 * null, and a block from a variable or a condition may turn out to be the only one.
 */
function certainlyWritten(fact: Fact<unknown>): boolean {
  return fact.certainty === 'known' && !(isRecord(fact.value) && Object.keys(fact.value).length === 0);
}

export default defineRule({
  id: 'job-definition-shape',
  title: 'Job definition without its one properties block, or with several',
  category: 'schema',
  severity: 'error',
  description: 'A job definition breaks the rules of its top-level blocks: a `container` job needs exactly one of containerProperties, ecsProperties or eksProperties; a `multinode` job needs nodeProperties; the four are mutually exclusive; and eksProperties cannot be combined with platformCapabilities or propagateTags.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_RegisterJobDefinition.html',
  docs: {
    rationale: 'RegisterJobDefinition, for `type`: "If the value is container, then one of the following is required: containerProperties, ecsProperties, or eksProperties. If the value is multinode, then nodeProperties is required"; a job run on Amazon EKS resources must not specify platformCapabilities, nor propagateTags; containerProperties, ecsProperties, eksProperties and nodeProperties are mutually exclusive ([API:RegisterJobDefinition], [API:JobDefinition]). The JSON Schemas cannot say "exactly one of", so a job definition with none or two of them passes schema validation and is refused by AWS. Empty blocks (`{}`, as describe outputs and plans show unset ones) and blocks from a variable or a condition are not counted as written.',
    fix: 'Keep exactly one block: containerProperties (or ecsProperties, or eksProperties) with type container, nodeProperties with type multinode; drop platformCapabilities and propagateTags from EKS job definitions.',
    bad: 'jobDefinitionName: etl\ntype: container\nplatformCapabilities: [EC2]\nretryStrategy: {attempts: 2}',
    good: 'jobDefinitionName: etl\ntype: container\nplatformCapabilities: [EC2]\nretryStrategy: {attempts: 2}\ncontainerProperties:\n  image: public.ecr.aws/docker/library/busybox:1.36\n  resourceRequirements:\n    - {type: VCPU, value: "1"}\n    - {type: MEMORY, value: "2048"}',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    none: 'This container job definition has none of containerProperties, ecsProperties or eksProperties; AWS requires exactly one.',
    nodesOnContainer: 'nodeProperties belongs to type multinode, but this job definition has type container and no containerProperties, ecsProperties or eksProperties.',
    noNodes: 'This multinode job definition has no nodeProperties, which type multinode requires.',
    several: '{{second}} cannot be given with {{first}}: a job definition has exactly one of containerProperties, ecsProperties, eksProperties and nodeProperties.',
    eksWith: '{{field}} cannot be given with eksProperties: jobs on Amazon EKS take neither platformCapabilities nor propagateTags.',
  },
  check(resource, context) {
    const facts = jobDefinitionFacts(resource);
    const shape = facts.blocks;
    const written = JOB_PROPERTY_BLOCKS.filter((block) => certainlyWritten(shape[block]));
    if (written.length >= 2) {
      context.report({ messageId: 'several', data: { first: written[0]!, second: written[1]! }, path: shape[written[1]!].path, key: true });
    } else {
      const type = known(facts.type);
      if (type === 'container' && CONTAINER_BLOCKS.every((block) => shape[block].certainty === 'absent')) {
        const nodes = certainlyWritten(shape.nodeProperties);
        context.report({ messageId: nodes ? 'nodesOnContainer' : 'none', path: nodes ? shape.nodeProperties.path : facts.type.path, key: nodes });
      } else if (type === 'multinode' && shape.nodeProperties.certainty === 'absent') {
        context.report({ messageId: 'noNodes', path: facts.type.path });
      }
    }
    if (!certainlyWritten(shape.eksProperties)) return;
    const capabilities = known(facts.platform.capabilities);
    if (capabilities !== undefined && capabilities.length > 0) context.report({ messageId: 'eksWith', data: { field: 'platformCapabilities' }, path: facts.platform.capabilities.path, key: true });
    if (known(facts.propagateTags) === true) context.report({ messageId: 'eksWith', data: { field: 'propagateTags' }, path: facts.propagateTags.path, key: true });
  },
});
