// A stage other than a rule (a loader, the resource graph, placement, cost) that throws is a bug, but
// one odd input must not cost the whole run: the failure becomes one `internal` finding naming the
// stage, on the file it was processing when there is one, and everything else is still reported.
import type { Finding } from './finding.js';
import { internalFinding, NO_LOCATION } from './build-finding.js';
import { redactSecrets } from './redact.js';
import { StageFailure } from '../model/stage-failure.js';

export { StageFailure };

/** The rule id of findings about a stage that failed (rules that crash keep their own id). */
export const INTERNAL_RULE_ID = 'internal';

/** The first line of an error, redacted and short: error texts can quote input (`reading 'x'`). */
export function errorText(error: unknown): string {
  let text: string;
  try {
    text = error instanceof Error ? error.message : typeof error === 'string' ? error : 'a non-Error value was thrown';
  } catch {
    text = 'an unreadable error';
  }
  return redactSecrets(text.split('\n')[0] ?? '').slice(0, 300);
}

/** The finding for a stage that threw; on `file` (line 1) when the stage was processing one file. */
export function stageFailureFinding(stage: string, error: unknown, file: string | null): Finding {
  const cause = error instanceof StageFailure ? error.original : error;
  const scope = file === null ? 'The run went on without it' : 'The file was skipped; the other files were still linted';
  const line = file === null ? null : 1;
  return internalFinding(INTERNAL_RULE_ID, `Internal error in the ${stage} stage: ${errorText(cause)}. ${scope}. Please report this.`, {
    owner: null,
    location: { ...NO_LOCATION, file, line, column: line, endLine: line, endColumn: line },
    path: [],
  });
}
