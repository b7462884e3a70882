// `batchlint lint --context <dir> <files...>`, what the pre-commit hook runs: pre-commit names only
// the staged files, but a job queue's compute environments, a job definition's queue pairing and
// every other cross-file check need the rest of the repository's Batch configuration. So the
// directory is linted with them, as context, and only findings in the named files are reported.
import { isAbsolute, relative, resolve } from 'node:path';
import type { Finding } from '../engine/finding.js';
import type { LintResult } from '../lint-files.js';

export interface LintScope {
  /** What to lint: the named paths first (so they count as named), then the context directory. */
  paths: string[];
  /** The result with only the findings (and suppressed findings) in the named paths. */
  narrow(result: LintResult): LintResult;
}

function inside(file: string, named: string): boolean {
  const rel = relative(named, file);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function lintScope(paths: readonly string[], contextDir: string | undefined, cwd: string): LintScope {
  if (contextDir === undefined) return { paths: [...paths], narrow: (result) => result };
  const named = paths.map((p) => resolve(cwd, p));
  // A finding with no file (a resource from the live account) belongs to no named path.
  const keep = (f: Finding): boolean => f.location.file !== null && named.some((n) => inside(resolve(cwd, f.location.file!), n));
  return {
    paths: [...paths, contextDir],
    // The context directory was not named by the user: that it holds nothing else to lint is no error.
    narrow: (result) => ({ ...result, findings: result.findings.filter(keep), suppressed: result.suppressed.filter(keep), empty: result.empty.filter((p) => p !== contextDir) }),
  };
}
