// One place that turns a report into text for every --format, for every command that reports findings.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { compactReportPieces } from '../reporters/compact-reporter.js';
import { githubReportPieces } from '../reporters/github-reporter.js';
import { jsonReportPieces } from '../reporters/json-reporter.js';
import { formatMarkdown } from '../reporters/markdown-reporter.js';
import type { Prepare, ReportInput } from '../reporters/report-input.js';
import { sarifReportPieces } from '../reporters/sarif-reporter.js';
import { textReportPieces } from '../reporters/text-reporter.js';
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
/** `['location', 'file']` in one finding. */
const isOwnFile = (path: ValuePath): boolean => path.length === 2 && path[0] === 'location' && path[1] === 'file';

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

/** The same redaction one finding at a time, as a streamed format shows it. */
const redactEach = (keepFile: boolean): Prepare => (value) => redactStrings(value, keepFile ? isOwnFile : undefined);

/** What a report is written as: pieces of text, and whether they are JSON the structural pass produced. */
export interface ReportPieces {
  pieces: Iterable<string>;
  /** JSON whose strings were redacted one by one: the edge must write it as it is. */
  json: boolean;
}

// Pieces are joined into blocks of about this many characters before they are written: one write
// per finding would be 80,000 system calls. A block ends where a finding ends. Small enough to die
// young: blocks of 64 KiB reached the old generation and added 26 MB to a large run's peak.
const BLOCK_CHARS = 1 << 14;

function* blocks(pieces: Iterable<string>): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    parts.push(piece);
    size += piece.length;
    if (size >= BLOCK_CHARS) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) yield parts.join('');
}

/**
 * The report in blocks, made as they are written: JSON, SARIF, text, compact and github never hold
 * the whole report (JSON and the text formats not even a redacted copy of every finding: SARIF's
 * redaction copies only what it masks); Markdown (a bounded comment) is one block.
 */
export function reportPieces(format: ReportFormat, raw: ReportInput, options: RenderOptions): ReportPieces {
  switch (format) {
    case 'json':
      return { pieces: blocks(jsonReportPieces(raw, redactEach(true))), json: true };
    case 'compact':
      return { pieces: blocks(compactReportPieces(raw, redactEach(false))), json: false };
    case 'github':
      return { pieces: blocks(githubReportPieces(raw, redactEach(false))), json: false };
    case 'sarif': {
      const input = redactedInput(raw, true);
      return { pieces: blocks(sarifReportPieces(input, { cwd: options.cwd, sourceRoot: options.sourceRoot ?? findSourceRoot(options.cwd), informationUri: informationUri() })), json: true };
    }
    case 'markdown': {
      const base = docsBaseUrl();
      return { pieces: [formatMarkdown(redactedInput(raw, false), base ? { docsBaseUrl: base } : {})], json: false };
    }
    default:
      return { pieces: blocks(textReportPieces(raw, { color: options.color }, redactEach(false))), json: false };
  }
}

/** The report's blocks as the output edge must see them, each marked just before it is written. */
export function* writableReport(format: ReportFormat, raw: ReportInput, options: RenderOptions): Generator<string> {
  const { pieces, json } = reportPieces(format, raw, options);
  for (const block of pieces) yield json ? redactedJson(block) : block;
}

/** The whole report as one text (the GitHub Action, tests); a JSON text is marked for the edge. */
export function renderReport(format: ReportFormat, raw: ReportInput, options: RenderOptions): string {
  const { pieces, json } = reportPieces(format, raw, options);
  const text = [...pieces].join('');
  return json ? redactedJson(text) : text;
}
