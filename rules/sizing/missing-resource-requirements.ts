import { defineRule } from '../../src/engine/rule.js';
import { arrayOf, field, isRecord, isUnknown, stringOf } from '../../src/model/values.js';
import { jobPlatformOf } from './reading/job-platform.js';
import { parseTargetNodes, uncoveredNodes, type NodeRange } from './reading/node-ranges.js';
import { declaresRequirement } from './reading/resource-requirements.js';

const TYPES = ['VCPU', 'MEMORY'] as const;

/** True when the requirements cannot be read yet (an unknown list or entry): stay silent. */
function requirementsUnknown(container: unknown): boolean {
  const list = field(container, 'resourceRequirements');
  if (isUnknown(list)) return true;
  return arrayOf(list).some((e) => isUnknown(e) || isUnknown(field(e, 'type')));
}

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
    const jd: unknown = resource.data;
    if (jobPlatformOf(resource.data) === 'eks') return;
    const single = field(jd, 'containerProperties');
    if (isRecord(single) && !requirementsUnknown(single)) {
      for (const type of TYPES) {
        if (!declaresRequirement(single, type)) context.report({ messageId: 'missing', data: { type }, path: ['containerProperties'], key: true });
      }
    }

    const nodeProperties = field(jd, 'nodeProperties');
    const numNodes = field(nodeProperties, 'numNodes');
    if (typeof numNodes !== 'number' || !Number.isInteger(numNodes) || numNodes < 1) return;
    const ranges: { range: NodeRange; text: string; container: unknown; index: number }[] = [];
    const list = field(nodeProperties, 'nodeRangeProperties');
    if (!Array.isArray(list)) return;
    for (const [index, entry] of list.entries()) {
      const text = stringOf(field(entry, 'targetNodes'));
      const range = text === undefined ? undefined : parseTargetNodes(text);
      // An unreadable range makes every coverage claim doubtful: multinode-node-ranges reports it.
      if (!range || text === undefined) return;
      ranges.push({ range, text, container: field(entry, 'container'), index });
    }
    for (const type of TYPES) {
      // A range without an ECS container (ecsProperties, eksProperties, unknown) may size its nodes
      // in ways not checked here: count it as setting the value.
      const setting = ranges.filter((r) => !isRecord(r.container) || requirementsUnknown(r.container) || declaresRequirement(r.container, type));
      for (const r of ranges) {
        if (setting.includes(r)) continue;
        const gaps = uncoveredNodes(setting.map((s) => s.range), numNodes, r.range);
        if (gaps.length === 0) continue;
        context.report({
          messageId: 'missingOnNodes',
          data: { type, nodes: gaps.join(', '), range: r.text, plural: gaps.length === 1 && !gaps[0]!.includes(':') ? '' : 's' },
          path: ['nodeProperties', 'nodeRangeProperties', r.index, 'container'],
          key: true,
        });
      }
    }
  },
});
