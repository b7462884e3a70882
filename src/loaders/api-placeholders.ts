// API-shaped files have no intrinsic functions: a value still to be filled in is written as a
// placeholder (`"image": "<image-uri>"`, `"serviceRole": "{{ service_role }}"`). A value that is a
// placeholder as a whole is read as what it is, an unknown value, so that rules about presence see
// it set and rules about a value stay silent. A placeholder inside a longer string (an ARN with
// `<account-id>`) stays text: rules about a value read it with the recogniser, and free text such as
// a shell command (`--user $USER`) keeps what it says.
import { isPlaceholder } from '../model/placeholder.js';
import { setField, unknownValue, type JsonRecord } from '../model/values.js';

/** The value with every whole-placeholder string replaced by an Unknown; the same object when there is none. */
export function placeholdersAsUnknown<T>(value: T): T {
  if (typeof value === 'string') return (isPlaceholder(value) ? unknownValue(value.trim()) : value) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const next = placeholdersAsUnknown(item);
      if (next !== item) (copy ??= [...value])[i] = next;
    });
    return (copy ?? value) as T;
  }
  if (typeof value === 'object' && value !== null) {
    let copy: JsonRecord | undefined;
    for (const [key, item] of Object.entries(value)) {
      const next = placeholdersAsUnknown(item);
      if (next === item) continue;
      if (!copy) {
        copy = {};
        for (const [k, v] of Object.entries(value)) setField(copy, k, v);
      }
      setField(copy, key, next);
    }
    return (copy ?? value) as T;
  }
  return value;
}
