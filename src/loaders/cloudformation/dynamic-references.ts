// CloudFormation dynamic references (`{{resolve:ssm:name}}`, `{{resolve:ssm-secure:...}}`,
// `{{resolve:secretsmanager:...}}`): CloudFormation replaces them with the parameter's or secret's value
// when it creates or updates the resource, so before deploy they are unknown, with the text around
// them literal (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html).
import { partialString, type Unknown } from '../../model/values.js';

const REFERENCE = /\{\{resolve:[^{}]*\}\}/g;

/** The string as an Unknown keeping its literal parts when it holds a dynamic reference; else undefined. */
export function dynamicReference(text: string): Unknown | undefined {
  if (!text.includes('{{resolve:')) return undefined;
  const pieces: (string | null)[] = [];
  const references: string[] = [];
  let last = 0;
  for (const m of text.matchAll(REFERENCE)) {
    pieces.push(text.slice(last, m.index), null);
    references.push(m[0]);
    last = m.index + m[0].length;
  }
  if (references.length === 0) return undefined;
  pieces.push(text.slice(last));
  return partialString(references.join(' '), pieces) as Unknown;
}
