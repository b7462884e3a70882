// What `Ref` to a template parameter gives before deploy
// (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html).
import { isUnknown, unknownValue, type JsonRecord } from '../../model/values.js';

const isListType = (type: string): boolean => type.startsWith('List<') || type === 'CommaDelimitedList';

/** A list parameter's value as CloudFormation passes it: the comma-separated text split into items. */
function asList(value: unknown): unknown {
  if (typeof value === 'string') return value.split(',').map((s) => s.trim());
  return value;
}

/**
 * The value a parameter has: its Default, else an Unknown `!Ref <name>`.
 *
 * With a Default, the Default is the value: it is what a deploy uses unless the stack is given
 * another one, and the review of real templates counts it as the documented way to deploy them. The
 * AllowedValues are then not kept beside it (a value is either known or not; the facts model has no
 * "known, but could be one of these"). Without a Default, AllowedValues are every value the deploy
 * can pass: the Unknown lists them as `possible`, so a rule can decide when all of them agree.
 *
 * An SSM parameter type (`AWS::SSM::Parameter::Value<...>`) is present but unknown: its Default is the
 * *name* of an SSM parameter, whose value is read at deploy time. An AWS-specific type such as
 * `AWS::EC2::KeyPair::KeyName` is always present: CloudFormation rejects a value that does not name an
 * existing key pair, an empty one included, so even an empty Default stands for a real key.
 */
export function parameterValue(name: string, parameter: JsonRecord): unknown {
  const type = typeof parameter.Type === 'string' ? parameter.Type : 'String';
  const origin = `!Ref ${name}`;
  if (type.startsWith('AWS::SSM::Parameter::Value')) return unknownValue(origin);
  const fallback = parameter.Default;
  if (fallback !== undefined && fallback !== null && !isUnknown(fallback) && !(type.startsWith('AWS::EC2::') && fallback === '')) {
    return isListType(type) ? asList(fallback) : fallback;
  }
  const allowed = Array.isArray(parameter.AllowedValues) && parameter.AllowedValues.length > 0 ? parameter.AllowedValues : undefined;
  if (allowed && !isListType(type) && allowed.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) {
    return unknownValue(origin, undefined, allowed);
  }
  return unknownValue(origin);
}
