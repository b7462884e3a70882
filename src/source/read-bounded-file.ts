import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type BoundedRead =
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: 'not-regular' }
  | { ok: false; reason: 'too-large'; size: number };

/**
 * Reads a regular file of at most `maxBytes`. The type is checked with fstat on the opened file
 * (a path checked before opening can be swapped), and the open does not block: opening a FIFO for
 * reading waits for a writer otherwise. The bound holds while reading, since a file can grow after
 * fstat and /proc files report a size of 0. Throws only for I/O errors (ENOENT, EACCES...).
 */
export function readBoundedFile(absolutePath: string, maxBytes: number): BoundedRead {
  // Never streams: no file is larger than Infinity bytes.
  return streamBoundedFile(absolutePath, maxBytes, Infinity, () => true) as BoundedRead;
}

/** Chunks handed to a streaming reader: large enough that per-chunk work is noise, small next to the memory goal. */
export const STREAM_CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * As `readBoundedFile`, but a file larger than `streamAbove` bytes is not held: its bytes go to
 * `onChunk` in order (a chunk is reused after the call returns; `false` stops reading).
 */
export function streamBoundedFile(
  absolutePath: string,
  maxBytes: number,
  streamAbove: number,
  onChunk: (bytes: Uint8Array) => boolean,
): BoundedRead | { ok: true; streamed: number } {
  let fd: number;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    // A Unix socket cannot be opened at all (ENXIO).
    if ((error as NodeJS.ErrnoException).code === 'ENXIO') return { ok: false, reason: 'not-regular' };
    throw error;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, reason: 'not-regular' };
    if (info.size > maxBytes) return { ok: false, reason: 'too-large', size: info.size };
    if (info.size > streamAbove) return streamChunks(fd, maxBytes, onChunk);
    // One byte past the reported size tells a file that grew from one that did not.
    let buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return { ok: false, reason: 'too-large', size: length };
        const grown = Buffer.allocUnsafe(Math.min(Math.max(2 * length, 64 * 1024), maxBytes + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return { ok: true, bytes: buffer.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

function streamChunks(fd: number, maxBytes: number, onChunk: (bytes: Uint8Array) => boolean): BoundedRead | { ok: true; streamed: number } {
  const buffer = Buffer.allocUnsafe(STREAM_CHUNK_BYTES);
  let total = 0;
  for (;;) {
    const n = readSync(fd, buffer, 0, buffer.length, null);
    if (n === 0) break;
    total += n;
    // The bound holds while reading: the file can grow after fstat.
    if (total > maxBytes) return { ok: false, reason: 'too-large', size: total };
    if (!onChunk(buffer.subarray(0, n))) break;
  }
  return { ok: true, streamed: total };
}
