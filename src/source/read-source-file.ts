import { closeSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { parseJsonFile } from './json-document.js';
import { parseYamlFile } from './yaml-document.js';
import { limits } from './limits.js';
import type { ParsedFile } from './parsed-file.js';
import { readBoundedFile, streamBoundedFile } from './read-bounded-file.js';
import { JsonStreamParser, type JsonSelection } from './json-stream.js';

const START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
const utf8 = new TextDecoder('utf-8', { fatal: true });

function failed(file: string, format: 'json' | 'yaml', message: string): ParsedFile {
  return { file, format, documents: [], problems: [{ message, range: START }] };
}

/**
 * Reads one input file's text through the limits every input kind shares: a regular file (a FIFO,
 * socket or device is refused without blocking), at most `maxBytes` (enforced while reading), no
 * NUL bytes, valid UTF-8 (a BOM is dropped). Never throws for bad content; throws only for I/O
 * errors such as EACCES. `file` is the display path; `absolutePath` is what is read.
 */
export function readSourceText(absolutePath: string, file: string, format: 'json' | 'yaml', maxBytes = limits.maxFileBytes, limitName = 'BATCHLINT_MAX_FILE_BYTES'): { text: string } | ParsedFile {
  const read = readBoundedFile(absolutePath, maxBytes);
  if (!read.ok) {
    return read.reason === 'not-regular'
      ? failed(file, format, 'Not a regular file (a FIFO, socket or device); it was not read')
      : failed(file, format, `File is ${read.size} bytes, more than the limit of ${maxBytes} (${limitName}); it was not linted`);
  }
  return decodeSource(read.bytes, file, format);
}

function decodeSource(bytes: Uint8Array, file: string, format: 'json' | 'yaml'): { text: string } | ParsedFile {
  if (bytes.includes(0)) return failed(file, format, 'Binary content (NUL bytes); not a JSON or YAML file');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (error) {
    // V8 holds strings of at most about 512 MiB; a larger text is a limit, not an encoding error.
    if (error instanceof RangeError) return failed(file, format, `File is ${bytes.length} bytes, too large to hold as text; it was not linted`);
    return failed(file, format, 'Invalid UTF-8; JSON and YAML files must be UTF-8 encoded');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}

/**
 * Reads and parses one input file. Never throws for bad content: a file that is too large, binary,
 * not UTF-8 or not valid JSON/YAML comes back with problems and no documents (it throws only for
 * I/O errors such as EACCES). Synchronous on purpose: files are small and parsing is CPU-bound, so
 * awaiting each read only left the CPU idle (a fifth of the run in profiles).
 */
export function readSourceFile(absolutePath: string, file: string, options: { selection?: JsonSelection } = {}): ParsedFile {
  const format = extname(absolutePath).toLowerCase() === '.json' ? 'json' : 'yaml';
  if (format === 'json') return readJsonFile(absolutePath, file, options.selection);
  const read = readSourceText(absolutePath, file, format);
  return 'text' in read ? parseText(read.text, file, format) : read;
}

/**
 * A JSON file up to `limits.streamJsonBytes` is parsed whole; a larger one is streamed, building
 * only what `selection` asks for (all of it without one).
 */
function readJsonFile(absolutePath: string, file: string, selection: JsonSelection | undefined): ParsedFile {
  let parser: JsonStreamParser | undefined;
  const reread = (start: number, end: number): string | undefined => rereadRange(absolutePath, start, end);
  const read = streamBoundedFile(absolutePath, limits.maxFileBytes, limits.streamJsonBytes, (bytes) => {
    parser ??= new JsonStreamParser(file, selection, reread);
    return parser.push(bytes);
  });
  if (!read.ok) {
    return read.reason === 'not-regular'
      ? failed(file, 'json', 'Not a regular file (a FIFO, socket or device); it was not read')
      : failed(file, 'json', `File is ${read.size} bytes, more than the limit of ${limits.maxFileBytes} (BATCHLINT_MAX_FILE_BYTES); it was not linted`);
  }
  if ('bytes' in read) return parseSourceText(read.bytes, file, 'json');
  return (parser ?? new JsonStreamParser(file, selection)).end();
}

export function parseSourceText(bytes: Uint8Array, file: string, format: 'json' | 'yaml'): ParsedFile {
  const decoded = decodeSource(bytes, file, format);
  return 'text' in decoded ? parseText(decoded.text, file, format) : decoded;
}

function parseText(text: string, file: string, format: 'json' | 'yaml'): ParsedFile {
  // An empty file holds no configuration; it is not a syntax error (placeholders are common).
  if (text.trim() === '') return { file, format, documents: [], problems: [] };
  const parsed = format === 'json' ? parseJsonFile(file, text) : parseYamlFile(file, text);
  if (parsed.problems.length > 0) parsed.mentionsBatch = BATCH_MARKERS.test(text);
  return parsed;
}

// Words every AWS Batch configuration has in one of the shapes batchlint reads. A file found in a
// directory that does not parse and has none of them (a tsconfig.json with comments, a Helm
// template, JSON Lines) is somebody else's file: skipped, not reported.
const BATCH_MARKERS = /jobDefinitionName|computeEnvironmentName|jobQueueName|computeEnvironmentOrder|containerProperties|schedulingPolic|fairsharePolicy|AWS::Batch::|aws_batch_|JobDefinitionName|ComputeEnvironmentOrder/;

const rereadBuffer = Buffer.allocUnsafeSlow(1 << 16);

/** Bytes [start, end) of a file as text, or undefined when they cannot be read or decoded (the file changed). */
function rereadRange(absolutePath: string, start: number, end: number): string | undefined {
  try {
    const fd = openSync(absolutePath, 'r');
    try {
      // One buffer for every re-read: a describe output of 50,000 resources re-reads each one, and a
      // fresh buffer each time was 90 MB of memory outside the heap waiting for a collection.
      // (A unit larger than the shared buffer gets its own, which is not kept.)
      const size = end - start;
      const buffer = size <= rereadBuffer.length ? rereadBuffer : Buffer.allocUnsafeSlow(size);
      let length = 0;
      while (length < size) {
        const n = readSync(fd, buffer, length, size - length, start + length);
        if (n === 0) return undefined;
        length += n;
      }
      return utf8.decode(buffer.subarray(0, size));
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}
