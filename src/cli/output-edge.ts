// The last pass over everything the CLI writes: stdout, stderr and every file it creates (reports,
// cost reports, baselines, price catalogs). Whatever text reaches it, from a reporter, a command or a
// library's error message, leaves with every credential-shaped string masked. Commands write only
// through `Io` (wrapped here by `main`), `writeOutputFile` and `writeOutputBlocks`, so a new format or command is covered
// without doing anything.
//
// JSON outputs are redacted one string at a time before they are serialized (`redactStrings`), so
// they stay valid JSON and a finding's file path stays exact for the tools that open it. Such a text
// is marked with `redactedJson` and passes the edge unchanged; any other text is redacted whole here.
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { redactSecrets } from '../engine/redact.js';
import type { Io } from './io.js';

// Texts the structural pass produced, by value (an equal text is the same safe text). Bounded: a
// text rendered but never written (the GitHub Action renders reports itself) must not pile up.
const structurallyRedacted = new Set<string>();
const MAX_MARKED = 16;

/** Marks a JSON text whose strings went through `redactStrings`: the edge writes it as it is. */
export function redactedJson(text: string): string {
  if (structurallyRedacted.size >= MAX_MARKED) structurallyRedacted.clear();
  structurallyRedacted.add(text);
  return text;
}

/** The text as it may leave the process. */
export function redactOutput(text: string): string {
  return structurallyRedacted.delete(text) ? text : redactSecrets(text);
}

/** The same streams, each write passed through `redactOutput`. */
export function redactingIo(io: Io): Io {
  return { ...io, stdout: (text) => io.stdout(redactOutput(text)), stderr: (text) => io.stderr(redactOutput(text)) };
}

/** Writes an output file (relative to the working directory) through the same pass; errors are the caller's to word. */
export function writeOutputFile(io: Pick<Io, 'cwd'>, file: string, text: string): void {
  writeFileSync(resolve(io.cwd, file), redactOutput(text));
}

/**
 * Writes an output file block by block, each block through the same pass (a block of structurally
 * redacted JSON is marked by its maker, as a whole text is); for reports too large to hold as one
 * text. A block ends where a finding ends, so no credential is split between two passes.
 */
export function writeOutputBlocks(io: Pick<Io, 'cwd'>, file: string, blocks: Iterable<string>): void {
  const fd = openSync(resolve(io.cwd, file), 'w');
  try {
    for (const block of blocks) {
      const bytes = Buffer.from(redactOutput(block), 'utf8');
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    }
  } finally {
    closeSync(fd);
  }
}
