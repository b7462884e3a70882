// `batchlint lint -`: standard input linted as one file (`terraform show -json plan | batchlint lint -`).
import { extname } from 'node:path';
import { parseSourceText } from './source/read-source-file.js';
import { limits } from './source/limits.js';
import type { ParsedFile } from './source/parsed-file.js';

/** The path that means standard input on the command line. */
export const STDIN_PATH = '-';
export const DEFAULT_STDIN_NAME = '<stdin>';

export interface StdinInput {
  /** The name findings carry (--stdin-filename); its extension picks the format, as for files. */
  file: string;
  /** At most limits.maxFileBytes; `overLimit` says there was more. */
  bytes: Uint8Array;
  overLimit: boolean;
}

/**
 * Reads a stream whole, but never more than the file size limit plus one byte: a stream that says
 * more is reported like a file that is too large, without holding it in memory.
 */
export async function readStdin(stream: AsyncIterable<Uint8Array | string>, file: string, maxBytes = limits.maxFileBytes): Promise<StdinInput> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    chunks.push(bytes);
    size += bytes.length;
    if (size > maxBytes) return { file, bytes: new Uint8Array(), overLimit: true };
  }
  return { file, bytes: Buffer.concat(chunks), overLimit: false };
}

/** The format by the name's extension, else by the first character (`{` or `[`: JSON). */
function formatOf(input: StdinInput): 'json' | 'yaml' {
  const ext = extname(input.file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  const text = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, Math.min(input.bytes.byteLength, 4096)).toString('utf8').replace(/^\uFEFF/, '');
  return /^\s*[{[]/.test(text) ? 'json' : 'yaml';
}

export function parseStdin(input: StdinInput): ParsedFile {
  if (input.overLimit) {
    const range = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    return { file: input.file, format: 'json', documents: [], problems: [{ message: `Standard input is more than the limit of ${limits.maxFileBytes} bytes (BATCHLINT_MAX_FILE_BYTES); it was not linted`, range }] };
  }
  return parseSourceText(input.bytes, input.file, formatOf(input));
}
