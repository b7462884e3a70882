import { defineRule } from '../../src/engine/rule.js';
import { known } from '../../src/model/facts/fact.js';
import { jobDefinitionFacts } from '../../src/model/facts/job-definition-facts.js';
import { declaresRequirement, type ContainerFacts } from '../../src/model/facts/container-facts.js';
import { parseTargetNodes, uncoveredNodes, type NodeRange } from './reading/node-ranges.js';

const TYPES = ['VCPU', 'MEMORY'] as const;

export default defineRule({
  id: 'missing-resource-requirements',
  title: 'No VCPU or MEMORY requirement',
  category: 'sizing',
  severity: 'error',
  description: 'A container job sets no VCPU or no MEMORY (in resourceRequirements or the legacy vcpus / memory), or a multi-node parallel job leaves nodes without one.',
  helpUri: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_ResourceRequirement.html',
  docs: {
    rationale: 'AWS: VCPU and MEMORY are each "required but can be specified in several places for multi-node parallel (MNP) jobs. It must be specified for each node at least once." Registration fails without them (RegisterJobDefinition answers "vCPU is not provided"). Only containerProperties and multinode node containers are checked: for ecsProperties the API text and the console guide disagree on where VCPU and MEMORY go, and EKS jobs size themselves through resources.requests / limits.',
    fix: 'Add {type: VCPU, value: "N"} and {type: MEMORY, value: "MiB"} to the container\'s resourceRequirements; for a multi-node parallel job, make sure every node index falls in a node range whose container sets them.',
    bad: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: my-image:1.0\n  resourceRequirements:\n    - type: VCPU\n      value: "2"',
    good: 'jobDefinitionName: etl\ntype: container\ncontainerProperties:\n  image: my-image:1.0\n  resourceRequirements:\n    - type: VCPU\n      value: "2"\n    - type: MEMORY\n      value: "4096"',
  },
  appliesTo: ['jobDefinition'],
  messages: {
    missing: 'The container in containerProperties sets no {{type}}; add a resourceRequirements entry {type: {{type}}, value: "..."} (AWS requires it for every job).',
    missingOnNodes: 'No node range gives {{type}} to node{{plural}} {{nodes}} of this multi-node parallel job; add a resourceRequirements entry {type: {{type}}} to the container of node range {{range}}.',
  },
  check(resource, context) {
    const facts = jobDefinitionFacts(resource);
    if (facts.platform.kind === 'eks') return;
    const single = facts.containers.find((c) => c.path.length === 1 && c.path[0] === 'containerProperties');
    // Requirements that cannot be read yet (an unknown list or entry): stay silent.
    if (single && !single.requirementsUnknown) {
      for (const type of TYPES) {
        if (!declaresRequirement(single, type)) context.report({ messageId: 'missing', data: { type }, path: single.path, key: true });
      }
    }

    const { nodes } = facts;
    const numNodes = known(nodes.numNodes);
    if (numNodes === undefined || !Number.isInteger(numNodes) || numNodes < 1) return;
    if (known(nodes.nodeRangeProperties) === undefined) return;
    const ranges: { range: NodeRange; text: string; container: ContainerFacts | undefined; path: readonly (string | number)[] }[] = [];
    for (const entry of nodes.ranges) {
      const text = known(entry.targetNodes);
      const range = text === undefined ? undefined : parseTargetNodes(text);
      // An unreadable range makes every coverage claim doubtful: multinode-node-ranges reports it.
      if (!range || text === undefined) return;
      ranges.push({ range, text, container: entry.containerFacts, path: entry.container.path });
    }
    for (const type of TYPES) {
      // A range without an ECS container (ecsProperties, eksProperties, unknown) may size its nodes
      // in ways not checked here: count it as setting the value.
      const setting = ranges.filter((r) => !r.container || r.container.requirementsUnknown || declaresRequirement(r.container, type));
      for (const r of ranges) {
        if (setting.includes(r)) continue;
        const gaps = uncoveredNodes(setting.map((s) => s.range), numNodes, r.range);
        if (gaps.length === 0) continue;
        context.report({
          messageId: 'missingOnNodes',
          data: { type, nodes: gaps.join(', '), range: r.text, plural: gaps.length === 1 && !gaps[0]!.includes(':') ? '' : 's' },
          path: [...r.path],
          key: true,
        });
      }
    }
  },
});
