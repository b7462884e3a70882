import { closeSync, fchmodSync, openSync, writeSync } from 'node:fs';
import type { BatchSnapshot } from './snapshot.js';

/**
 * The --save file: a bundle in the describe outputs' shapes (`batchlint lint FILE` reads it back).
 * Resources are in a stable order (region, then name and revision) and the JSON is indented, so two
 * snapshots of the same account diff line by line. No timestamp, for the same reason.
 */
export function serializeSnapshot(snapshot: BatchSnapshot): string {
  return `${JSON.stringify(
    {
      jobDefinitions: snapshot.jobDefinitions,
      computeEnvironments: snapshot.computeEnvironments,
      jobQueues: snapshot.jobQueues,
      schedulingPolicies: snapshot.schedulingPolicies,
    },
    null,
    2,
  )}\n`;
}

/**
 * Writes the snapshot readable by its owner only: it is the account's data as AWS returned it,
 * environment variable values included (docs/audit.md says why it is not redacted). The mode is set
 * before any byte is written, also when the file already existed with a wider one.
 */
export function writeSnapshotFile(path: string, snapshot: BatchSnapshot): void {
  const fd = openSync(path, 'w', 0o600);
  try {
    fchmodSync(fd, 0o600);
    writeSync(fd, serializeSnapshot(snapshot));
  } finally {
    closeSync(fd);
  }
}
