// The kind of capacity a compute environment launches: `computeResources.type` is EC2, SPOT,
// FARGATE or FARGATE_SPOT ([API:ComputeResource]):
// https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html
import type { ComputeEnvironmentData } from '../../../src/model/aws-types.generated.js';
import { field, stringOf } from '../../../src/model/values.js';

export type ComputeType = 'EC2' | 'SPOT' | 'FARGATE' | 'FARGATE_SPOT';

/** `computeResources.type`, or undefined when missing, unknown or not one of the four (enums are case-sensitive). */
export function computeTypeOf(environment: ComputeEnvironmentData): ComputeType | undefined {
  const type = stringOf(field(field(environment, 'computeResources'), 'type'));
  return type === 'EC2' || type === 'SPOT' || type === 'FARGATE' || type === 'FARGATE_SPOT' ? type : undefined;
}

export function isFargateCompute(type: ComputeType | undefined): boolean {
  return type === 'FARGATE' || type === 'FARGATE_SPOT';
}
