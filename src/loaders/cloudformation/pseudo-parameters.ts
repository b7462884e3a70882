// CloudFormation's pseudo parameters
// (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/pseudo-parameter-reference.html).
// The Region, and from it the partition and the domain suffix, are known when the run is told the
// Region (`lint --region`); the account, the stack's name and id are never known before deploy.
import { partitionOf, urlSuffixOf } from '../../model/partition.js';
import { unknownValue, type Unknown } from '../../model/values.js';

const PSEUDO_PARAMETERS = new Set(['AWS::AccountId', 'AWS::NotificationARNs', 'AWS::NoValue', 'AWS::Partition', 'AWS::Region', 'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix']);

export function isPseudoParameter(name: string): boolean {
  return PSEUDO_PARAMETERS.has(name);
}

/**
 * The value of a pseudo parameter other than AWS::NoValue (the caller removes the property): a string
 * when the Region says it, else an Unknown named `!Ref AWS::...`; undefined for a name that is not one.
 */
export function pseudoParameterValue(name: string, region: string | undefined): string | Unknown | undefined {
  if (!PSEUDO_PARAMETERS.has(name) || name === 'AWS::NoValue') return undefined;
  if (region !== undefined) {
    if (name === 'AWS::Region') return region;
    if (name === 'AWS::Partition') return partitionOf(region);
    if (name === 'AWS::URLSuffix') return urlSuffixOf(region);
  }
  return unknownValue(`!Ref ${name}`);
}
