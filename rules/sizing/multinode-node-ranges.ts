import { defineRule } from '../../src/engine/rule.js';
import { known } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';
import { parseTargetNodes, uncoveredNodes, type NodeRange } from './reading/node-ranges.js';

const MAX_NODE_GROUPS = 5;

export default defineRule({
  id: 'multinode-node-ranges',
  title: 'Multi-node node ranges that AWS rejects',
  category: 'sizing',
  severity: 'error',
  description: 'A multi-node parallel job has mainNode outside 0..numNodes-1, a targetNodes that is not a range, node ranges that leave nodes uncovered, or more than 5 node groups.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_NodeRangeProperty.html',
  docs: {
    rationale: 'AWS: mainNode "must be less than the number of nodes"; targetNodes is a range a:b (":n" starts at 0, "n:" ends at the last node) and "your accumulative node ranges must account for all nodes (0:n)"; a job has up to 5 distinct node groups (User Guide, job definition parameters). Nested ranges are allowed. A node that no range covers has no container to run.',
    fix: 'Keep mainNode below numNodes, write targetNodes as "a:b", "a:" or ":b", make the ranges together cover 0 to numNodes-1 (an open end such as "1:" is the simplest), and use at most 5 node ranges.',
    bad: 'jobDefinitionName: mpi\ntype: multinode\nnodeProperties:\n  numNodes: 4\n  mainNode: 0\n  nodeRangeProperties:\n    - targetNodes: "0:1"\n      container: { image: my-image:1.0 }',
    good: 'jobDefinitionName: mpi\ntype: multinode\nnodeProperties:\n  numNodes: 4\n  mainNode: 0\n  nodeRangeProperties:\n    - targetNodes: "0:"\n      container: { image: my-image:1.0 }',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    mainNode: 'mainNode is {{mainNode}} but the job has {{numNodes}} nodes (indexes 0 to {{last}}); set mainNode below numNodes.',
    badRange: 'targetNodes {{text}} is not a node range; write "a:b", "a:" or ":b" with node indexes, a <= b.',
    uncovered: 'No node range covers node{{plural}} {{nodes}} (the job has nodes 0 to {{last}}); extend a range, for example with an open end "n:", so that together they cover every node.',
    tooManyGroups: 'This job has {{count}} node ranges; AWS allows at most 5 node groups per multi-node parallel job.',
  },
  check(resource, context) {
    const { nodes } = jobDefinitionFacts(resource);
    const numNodes = known(nodes.numNodes);
    const countKnown = numNodes !== undefined && Number.isInteger(numNodes) && numNodes >= 1;
    const mainNode = known(nodes.mainNode);
    if (countKnown && mainNode !== undefined && mainNode >= numNodes) {
      context.report({ messageId: 'mainNode', data: { mainNode, numNodes, last: numNodes - 1 }, path: nodes.mainNode.path });
    }

    const list = known(nodes.nodeRangeProperties);
    if (list === undefined) return;
    if (list.length > MAX_NODE_GROUPS) {
      context.report({ messageId: 'tooManyGroups', data: { count: list.length }, path: nodes.nodeRangeProperties.path, key: true });
    }
    const ranges: NodeRange[] = [];
    let readable = true;
    for (const entry of nodes.ranges) {
      const text = known(entry.targetNodes);
      if (text === undefined) {
        // Missing is schema-required's finding, a wrong type schema-type's; unknown cannot be judged.
        readable = false;
        continue;
      }
      const range = parseTargetNodes(text);
      if (range) ranges.push(range);
      else {
        readable = false;
        context.report({ messageId: 'badRange', data: { text: JSON.stringify(text.slice(0, 40)) }, path: entry.targetNodes.path });
      }
    }
    if (!countKnown || !readable) return;
    const gaps = uncoveredNodes(ranges, numNodes);
    if (gaps.length > 0) {
      const single = gaps.length === 1 && !gaps[0]!.includes(':');
      context.report({
        messageId: 'uncovered',
        data: { nodes: gaps.join(', '), plural: single ? '' : 's', last: numNodes - 1 },
        path: nodes.nodeRangeProperties.path,
        key: true,
      });
    }
  },
});
