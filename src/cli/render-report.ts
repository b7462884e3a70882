// One place that turns a report into text for every --format, for every command that reports findings.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatCompact } from '../reporters/compact-reporter.js';
import { formatGithub } from '../reporters/github-reporter.js';
import { formatJson } from '../reporters/json-reporter.js';
import { formatMarkdown } from '../reporters/markdown-reporter.js';
import type { ReportInput } from '../reporters/report-input.js';
import { formatSarif } from '../reporters/sarif-reporter.js';
import { formatText } from '../reporters/text-reporter.js';
import { packageInfo } from './package-info.js';
import { redactStrings, type ValuePath } from '../engine/redact.js';
import { redactedJson } from './output-edge.js';

import type { ReportFormat } from './report-formats.js';

export { REPORT_FORMATS, type ReportFormat } from './report-formats.js';

/**
 * The repository root, which SARIF URIs and fingerprints are relative to: the nearest directory
 * upward holding `.git` (a directory, or a file in worktrees and submodules); else the working directory.
 */
export function findSourceRoot(cwd: string): string {
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(cwd);
    dir = parent;
  }
}

/** The tool's home page: package.json `homepage`, else its npm page. */
export function informationUri(): string {
  return packageInfo().homepage ?? `https://www.npmjs.com/package/${packageInfo().name}`;
}

/** Rule pages on GitHub when the home page is a GitHub repository; otherwise rule ids link to their AWS page. */
export function docsBaseUrl(): string | undefined {
  const home = packageInfo().homepage;
  const repo = home ? /^https:\/\/github\.com\/[^/]+\/[^/#]+/.exec(home)?.[0] : undefined;
  return repo ? `${repo}/blob/main/docs/rules` : undefined;
}

export interface RenderOptions {
  color: boolean;
  cwd: string;
  sourceRoot?: string;
}

/** `[i, 'location', 'file']` in a list of findings. */
const isFindingFile = (path: ValuePath): boolean => path.length === 3 && path[1] === 'location' && path[2] === 'file';

/**
 * The findings with every string a credential could hide in (messages, resource names, ARNs,
 * suppression justifications) redacted before any format sees them: before Markdown escaping, which
 * would split a token the edge's text pass looks for. JSON and SARIF keep the file path exact (tools
 * open it); the human-readable formats mask it too, and their text passes the edge's pass again.
 */
function redactedInput(input: ReportInput, keepFile: boolean): ReportInput {
  const keep = keepFile ? isFindingFile : undefined;
  return { ...input, findings: redactStrings(input.findings, keep), ...(input.suppressed ? { suppressed: redactStrings(input.suppressed, keep) } : {}) };
}

export function renderReport(format: ReportFormat, raw: ReportInput, options: RenderOptions): string {
  const machineReadable = format === 'json' || format === 'sarif';
  const input = redactedInput(raw, machineReadable);
  switch (format) {
    case 'json':
      return redactedJson(formatJson(input));
    case 'compact':
      return formatCompact(input);
    case 'github':
      return formatGithub(input);
    case 'sarif':
      return redactedJson(formatSarif(input, { cwd: options.cwd, sourceRoot: options.sourceRoot ?? findSourceRoot(options.cwd), informationUri: informationUri() }));
    case 'markdown': {
      const base = docsBaseUrl();
      return formatMarkdown(input, base ? { docsBaseUrl: base } : {});
    }
    default:
      return formatText(input, { color: options.color });
  }
}

