// Tags, as every resource kind writes them: a map of key to value. Keys starting with `aws:` are
// system tags, which AWS Config's tag rules do not count; they are kept here, and marked.
import type { JsonPath } from '../../source/source-document.js';
import { field, isRecord, stringOf } from '../values.js';
import { factOf, type Fact } from './fact.js';

export interface TagFact {
  readonly key: string;
  readonly value: Fact<string>;
  /** `aws:` tags are set by AWS, not by the configuration. */
  readonly system: boolean;
}

export type TagsFact = Fact<readonly TagFact[]>;

export function tagsFactOf(raw: unknown, path: JsonPath): TagsFact {
  return factOf(raw, path, (value) =>
    isRecord(value) ? Object.keys(value).map((key) => ({ key, value: factOf(field(value, key), [...path, key], stringOf), system: key.startsWith('aws:') })) : undefined,
  );
}

/** The keys the configuration sets (system tags left out); [] when there are no tags. Undefined when the tags are not known. */
export function userTagKeys(tags: TagsFact): string[] | undefined {
  if (tags.certainty === 'absent') return [];
  if (tags.certainty !== 'known') return undefined;
  return tags.value.filter((t) => !t.system).map((t) => t.key);
}
