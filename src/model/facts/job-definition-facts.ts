// Everything a job definition says, as typed facts with their certainty and path, computed once per
// resource: the job-definition rules and cost (timeout, attempts, Spot retries) read these instead of
// the raw record, so that each field has one reader and an unknown value means the same thing to all
// of them. Placement reads job sizes from them too (`requirements`, job-size-facts.ts).
import type { BatchResource } from '../resource.js';
import type { JsonPath } from '../../source/source-document.js';
import { arrayOf, field, isRecord, type JsonRecord } from '../values.js';
import { keptList, memoisedPerRecord, type Fact } from './fact.js';
import { containerFactsOf, type ContainerFacts } from './container-facts.js';
import { jobPlatformFactsOf, type JobPlatformFacts } from './job-platform-facts.js';
import { sharedPath } from './fact-paths.js';
import { factAt, fieldFact, pathFact, readAmount, readAny, readFlag, readJsonNumber, readList, readRecord, readText } from './read-fact.js';
import { retryFactsOf, type RetryFacts } from './retry-facts.js';
import { jobSizeFacts, SINGLE_NODE_SHAPES, type JobRequirements } from './job-size-facts.js';
import { ecsTaskFactsOf, eksPodFactsOf, nodeRangeLabel, type EcsTaskFacts, type EksPodFacts } from './task-facts.js';

export interface NodeRangeFacts {
  index: number;
  path: JsonPath;
  /** `node range 0:3`, or `node range #2` when targetNodes is not text. */
  label: string;
  targetNodes: Fact<string>;
  /** The range's ECS `container` (a record), whose sizes the multinode rules read. */
  container: Fact<JsonRecord>;
  /** The facts of that container, when it is one. */
  containerFacts?: ContainerFacts;
  /** `container.instanceType` and the range's `instanceTypes` entries. */
  instanceType: Fact<string>;
  instanceTypes: readonly Fact<string>[];
}

export interface NodePropertiesFacts {
  /** `nodeProperties` itself, for presence (isSetFact: describe outputs list `[]` for fields never set). */
  present: Fact<unknown>;
  numNodes: Fact<number>;
  /** numNodes as placement counts nodes: a whole number from 1 to 10,000 (a numeric string counts), else undefined. */
  nodeCount: number | undefined;
  mainNode: Fact<number>;
  nodeRangeProperties: Fact<readonly unknown[]>;
  ranges: readonly NodeRangeFacts[];
}

/** The mutually exclusive top-level blocks: a `container` job has one of the first three, a `multinode` job nodeProperties. */
export const JOB_PROPERTY_BLOCKS = ['containerProperties', 'ecsProperties', 'eksProperties', 'nodeProperties'] as const;
export type JobPropertyBlock = (typeof JOB_PROPERTY_BLOCKS)[number];

export interface JobDefinitionFacts {
  name: Fact<string>;
  /** `container` or `multinode`. */
  type: Fact<string>;
  platform: JobPlatformFacts;
  /** Every container of every kind (containerProperties, node ranges, ecsProperties tasks, EKS pods, init containers). */
  containers: readonly ContainerFacts[];
  /** Every ECS task (the holders of roles, volumes, ECS Exec). */
  tasks: readonly EcsTaskFacts[];
  /** Every EKS pod. */
  pods: readonly EksPodFacts[];
  retry: RetryFacts;
  timeout: Fact<JsonRecord>;
  attemptDurationSeconds: Fact<number>;
  tags: Fact<JsonRecord>;
  propagateTags: Fact<boolean>;
  parameters: Fact<JsonRecord>;
  schedulingPriority: Fact<number>;
  nodes: NodePropertiesFacts;
  /** A multi-node parallel job: nodeProperties is a record. */
  multinode: boolean;
  /** True when the job definition is certainly Windows (a task with a WINDOWS operatingSystemFamily). */
  windows: boolean;
  /** What each copy (each node, for multinode jobs) asks for; undefined when no container shape is declared. */
  requirements: JobRequirements | undefined;
  /** Whether each top-level block is written (eksProperties and nodeProperties are the platform's and the nodes' facts). */
  blocks: Readonly<Record<JobPropertyBlock, Fact<unknown>>>;
}

function nodeCountOf(raw: unknown): number | undefined {
  const n = readAmount(raw);
  return n !== undefined && Number.isInteger(n) && n > 0 && n <= 10_000 ? n : undefined;
}

function nodeFacts(jobDefinition: unknown, containers: readonly ContainerFacts[]): NodePropertiesFacts {
  const nodeProperties = field(jobDefinition, 'nodeProperties');
  const base: JsonPath = ['nodeProperties'];
  return {
    present: fieldFact(jobDefinition, 'nodeProperties', [], readAny),
    numNodes: fieldFact(nodeProperties, 'numNodes', base, readJsonNumber),
    nodeCount: nodeCountOf(field(nodeProperties, 'numNodes')),
    mainNode: fieldFact(nodeProperties, 'mainNode', base, readJsonNumber),
    nodeRangeProperties: fieldFact(nodeProperties, 'nodeRangeProperties', base, readList),
    ranges: keptList(arrayOf(field(nodeProperties, 'nodeRangeProperties')).map((range, index): NodeRangeFacts => {
      const path = sharedPath(base, 'nodeRangeProperties', index);
      const containerPath = [...path, 'container'].join('/');
      const containerFacts = containers.find((c) => c.path.join('/') === containerPath);
      return {
        index,
        path,
        label: nodeRangeLabel(range, index),
        targetNodes: fieldFact(range, 'targetNodes', path, readText),
        container: fieldFact(range, 'container', path, readRecord),
        ...(containerFacts ? { containerFacts } : {}),
        instanceType: pathFact(range, ['container', 'instanceType'], path, readText),
        instanceTypes: keptList(arrayOf(field(range, 'instanceTypes')).map((t, j) => factAt(t, sharedPath(path, 'instanceTypes'), j, readText))),
      };
    })),
  };
}

function computeFacts(jobDefinition: unknown): JobDefinitionFacts {
  const containers = containerFactsOf(jobDefinition);
  const tasks = ecsTaskFactsOf(jobDefinition);
  const platform = jobPlatformFactsOf(jobDefinition);
  const nodes = nodeFacts(jobDefinition, containers);
  const multinode = isRecord(field(jobDefinition, 'nodeProperties'));
  return {
    name: fieldFact(jobDefinition, 'jobDefinitionName', [], readText),
    type: fieldFact(jobDefinition, 'type', [], readText),
    platform,
    containers,
    tasks,
    pods: eksPodFactsOf(jobDefinition),
    retry: retryFactsOf(jobDefinition),
    timeout: fieldFact(jobDefinition, 'timeout', [], readRecord),
    attemptDurationSeconds: pathFact(jobDefinition, ['timeout', 'attemptDurationSeconds'], [], readAmount),
    tags: fieldFact(jobDefinition, 'tags', [], readRecord),
    propagateTags: fieldFact(jobDefinition, 'propagateTags', [], readFlag),
    parameters: fieldFact(jobDefinition, 'parameters', [], readRecord),
    schedulingPriority: fieldFact(jobDefinition, 'schedulingPriority', [], readAmount),
    nodes,
    multinode,
    windows: tasks.some((t) => t.operatingSystemFamily.certainty === 'known' && t.operatingSystemFamily.value.toUpperCase().startsWith('WINDOWS')),
    requirements: jobSizeFacts(containers, nodes, multinode, SINGLE_NODE_SHAPES.find((key) => isRecord(field(jobDefinition, key))), platform),
    blocks: {
      containerProperties: fieldFact(jobDefinition, 'containerProperties', [], readAny),
      ecsProperties: fieldFact(jobDefinition, 'ecsProperties', [], readAny),
      eksProperties: platform.eksProperties,
      nodeProperties: nodes.present,
    },
  };
}

// Job definitions are the resources a large input has by the ten thousand (describe outputs of every
// revision); the others are few and their facts are kept for the run.
const RECENT_JOB_DEFINITIONS = 16;

/** The facts of a job definition's record (its `data`): for readers that hold the record, not the resource. */
export const jobDefinitionFactsOf = memoisedPerRecord(computeFacts, { recent: RECENT_JOB_DEFINITIONS });

/** The facts of a job definition, computed on first use and shared by every reader of the run. */
export function jobDefinitionFacts(resource: Pick<BatchResource<'jobDefinition'>, 'data'>): JobDefinitionFacts {
  return jobDefinitionFactsOf(resource.data);
}
