import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Io } from './io.js';
import { UsageError } from './usage-error.js';

/**
 * The one place report outputs reach a file (relative to the working directory), as stdout and
 * stderr go through `io`: whatever is done to outputs at their edge is done here too.
 */
export function writeOutputFile(file: string, text: string, io: Io): void {
  try {
    writeFileSync(resolve(io.cwd, file), text);
  } catch (error) {
    throw new UsageError(`cannot write "${file}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
