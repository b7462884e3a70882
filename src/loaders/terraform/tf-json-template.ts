// JSON written as a Terraform string with interpolations: a heredoc container definition
// (`"memory": ${var.m},`), file() or templatefile() of a JSON file. Terraform renders the text and the
// provider parses it; here the unknown pieces become placeholders, the text is parsed, and each
// placeholder becomes an Unknown leaf (or the unknown piece of a string), so the keys and the known
// values are read. https://developer.hashicorp.com/terraform/language/expressions/strings#heredoc-strings
import { isRecord, isUnknown, partialString, setField, unknownValue, type JsonRecord, type Piece } from '../../model/values.js';

// Private-use characters: not in any real container definition, and valid inside a JSON string.
const MARK = '\uE000';
const PLACEHOLDER = new RegExp(`${MARK}(\\d+)${MARK}`, 'g');

/** Whether offset `at` of JSON text is inside a string literal. */
function insideString(text: string): boolean {
  let inside = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && inside) i++;
    else if (text[i] === '"') inside = !inside;
  }
  return inside;
}

/** `unknowns[n]` is what placeholder n stands for: unknown text (null) or an unknown name. */
function restore(value: unknown, origin: string, unknowns: readonly Piece[], depth = 0): unknown {
  if (depth > 64) return unknownValue(origin);
  if (typeof value === 'string') {
    if (!value.includes(MARK)) return value;
    const pieces: Piece[] = [];
    let last = 0;
    for (const m of value.matchAll(PLACEHOLDER)) {
      pieces.push(value.slice(last, m.index), unknowns[Number(m[1])] ?? null);
      last = m.index + m[0].length;
    }
    pieces.push(value.slice(last));
    // The whole value is unknown (`"memory": ${var.m}`): a leaf, not a string with pieces.
    if (pieces.every((p) => typeof p !== 'string' || p === '')) return unknownValue(origin);
    return partialString(origin, pieces);
  }
  if (Array.isArray(value)) return value.map((v) => restore(v, origin, unknowns, depth + 1));
  if (isRecord(value)) {
    const out: JsonRecord = {};
    for (const [k, v] of Object.entries(value)) {
      // A key that holds an unknown piece: which keys the object has is not known.
      if (k.includes(MARK)) return unknownValue(origin);
      setField(out, k, restore(v, origin, unknowns, depth + 1));
    }
    return out;
  }
  return value;
}

/**
 * Parses JSON text that may hold unknown pieces; undefined when the rendered text is not JSON (with
 * any value in place of the unknowns, as far as can be told).
 */
export function parseJsonWithUnknowns(text: unknown, origin: string): unknown {
  if (typeof text === 'string') {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  }
  if (!isUnknown(text) || !text.parts) return undefined;
  let rendered = '';
  const unknowns: Piece[] = [];
  for (const part of text.parts) {
    if (typeof part === 'string') {
      rendered += part;
      continue;
    }
    const n = unknowns.push(part) - 1;
    // Unquoted (`"memory": ${var.m}`), the unknown is a whole JSON value; quoted, a piece of a string.
    rendered += insideString(rendered) ? `${MARK}${n}${MARK}` : `"${MARK}${n}${MARK}"`;
  }
  try {
    return restore(JSON.parse(rendered), origin, unknowns);
  } catch {
    return undefined;
  }
}
