import { defineRule } from '../../src/engine/rule.js';
import { known } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';

export default defineRule({
  id: 'multinode-instance-type',
  title: 'Node groups with different instance types',
  category: 'sizing',
  severity: 'error',
  description: 'The node ranges of a multi-node parallel job name different instance types (container.instanceType or instanceTypes).',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_NodeRangeProperty.html',
  docs: {
    rationale: 'AWS (ContainerProperties.instanceType): "All node groups in a multi-node parallel job must use the same instance type." NodeRangeProperty.instanceTypes is "currently limited to one element".',
    fix: 'Name the same instance type in every node range, or name it in none and let the compute environment choose.',
    bad: 'jobDefinitionName: mpi\ntype: multinode\nnodeProperties:\n  numNodes: 3\n  mainNode: 0\n  nodeRangeProperties:\n    - targetNodes: "0"\n      container: { image: my-image:1.0, instanceType: c5.4xlarge }\n    - targetNodes: "1:"\n      container: { image: my-image:1.0, instanceType: c5.9xlarge }',
    good: 'jobDefinitionName: mpi\ntype: multinode\nnodeProperties:\n  numNodes: 3\n  mainNode: 0\n  nodeRangeProperties:\n    - targetNodes: "0"\n      container: { image: my-image:1.0, instanceType: c5.9xlarge }\n    - targetNodes: "1:"\n      container: { image: my-image:1.0, instanceType: c5.9xlarge }',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    mixed: 'This node range uses instance type {{type}} while another uses {{first}}; all node groups of a multi-node parallel job must use the same instance type.',
  },
  check(resource, context) {
    let first: string | undefined;
    for (const range of jobDefinitionFacts(resource).nodes.ranges) {
      for (const fact of [range.instanceType, ...range.instanceTypes]) {
        const type = known(fact);
        if (!type) continue;
        if (first === undefined) first = type;
        else if (type.trim().toLowerCase() !== first.trim().toLowerCase()) context.report({ messageId: 'mixed', data: { type, first }, path: fact.path });
      }
    }
  },
});
