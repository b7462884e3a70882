// `--baseline FILE` names any file the user likes: it is read through the same limits as inputs
// (a regular file, bounded size), and a file that is not JSON is reported by position only, since
// the JSON parser's own message quotes the text (`--baseline /etc/shadow` printed its first line).
import { limits } from '../source/limits.js';
import { readBoundedFile } from '../source/read-bounded-file.js';
import { parseSourceText } from '../source/read-source-file.js';

export type BaselineText = { ok: true; text: string } | { ok: false; reason: string };

export function readBaselineFile(absolutePath: string, file: string): BaselineText {
  let read;
  try {
    read = readBoundedFile(absolutePath, limits.maxBaselineBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'no such file (write one with --write-baseline)' : code === 'EISDIR' ? 'a directory' : code ?? 'read error' };
  }
  if (!read.ok) {
    return { ok: false, reason: read.reason === 'not-regular' ? 'not a regular file (a FIFO, socket or device)' : `${read.size} bytes, more than the limit of ${limits.maxBaselineBytes} (BATCHLINT_MAX_BASELINE_BYTES)` };
  }
  const parsed = parseSourceText(read.bytes, file, 'json');
  const problem = parsed.problems[0];
  if (problem) return { ok: false, reason: `${problem.range.line}:${problem.range.column}: not a batchlint baseline (${problem.message})` };
  return { ok: true, text: new TextDecoder().decode(read.bytes) };
}
