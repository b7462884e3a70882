// Which of the mutually exclusive property blocks a job definition writes: containerProperties,
// ecsProperties, eksProperties (a `container` job has exactly one) and nodeProperties (a `multinode`
// job). Kept apart from the container facts, which read inside the blocks and not whether they clash.
import type { BatchResource } from '../resource.js';
import { memoisedPerRecord, type Fact } from './fact.js';
import { fieldFact, readAny } from './read-fact.js';

export const JOB_PROPERTY_BLOCKS = ['containerProperties', 'ecsProperties', 'eksProperties', 'nodeProperties'] as const;
export type JobPropertyBlock = (typeof JOB_PROPERTY_BLOCKS)[number];

export type JobDefinitionShapeFacts = Readonly<Record<JobPropertyBlock, Fact<unknown>>>;

const shapeOf = memoisedPerRecord((data): JobDefinitionShapeFacts => ({
  containerProperties: fieldFact(data, 'containerProperties', [], readAny),
  ecsProperties: fieldFact(data, 'ecsProperties', [], readAny),
  eksProperties: fieldFact(data, 'eksProperties', [], readAny),
  nodeProperties: fieldFact(data, 'nodeProperties', [], readAny),
}));

export function jobDefinitionShapeFacts(resource: Pick<BatchResource<'jobDefinition'>, 'data'>): JobDefinitionShapeFacts {
  return shapeOf(resource.data);
}
