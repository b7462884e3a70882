// SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer). What GitHub requires and limits is
// summarised in ../shared/data/README.md §2 (from docs.github.com "SARIF support for code scanning"):
// shortDescription/fullDescription <= 1024 characters, help text required, at most 25,000 results
// per run and 20 tags per rule (10 shown), partialFingerprints.primaryLocationLineHash as the only
// fingerprint GitHub reads, repository-relative URIs, 1-based regions.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Finding } from '../engine/finding.js';
import { SEVERITY_RANK } from '../engine/finding.js';
import type { RuleMeta, Severity } from '../engine/rule.js';
import type { SuppressedFinding } from '../engine/suppressions.js';
import type { ReportInput } from './report-input.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub rejects a run with more results than this. */
export const SARIF_MAX_RESULTS = 25_000;
const MAX_DESCRIPTION = 1024;
const MAX_TAGS = 10;

/**
 * GitHub reads `security-severity` (a score in (0, 10]) only on security rules and shows it as
 * critical/high/medium/low: error -> 8.0 (high), warning -> 5.5 (medium), note -> 3.0 (low).
 */
export const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.5', note: '3.0' };
const PROBLEM_SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'recommendation' };

export interface SarifOptions {
  /** The repository root; URIs are relative to it (`%SRCROOT%`). */
  sourceRoot: string;
  /** The directory findings' file paths are relative to. */
  cwd: string;
  /** The tool's home page (tool.driver.informationUri). */
  informationUri: string;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function ruleHelp(rule: RuleMeta): { text: string; markdown: string } {
  const fence = '```';
  const text = [rule.description, '', `Why: ${rule.docs.rationale}`, '', `How to fix: ${rule.docs.fix}`, '', `AWS documentation: ${rule.helpUri}`].join('\n');
  const markdown = [
    `**${rule.title}**`,
    '',
    rule.description,
    '',
    `**Why.** ${rule.docs.rationale}`,
    '',
    `**How to fix.** ${rule.docs.fix}`,
    ...(rule.docs.bad ? ['', 'Triggers:', '', `${fence}${rule.docs.examplesFormat ?? 'yaml'}`, rule.docs.bad, fence] : []),
    ...(rule.docs.good ? ['', 'Does not trigger:', '', `${fence}${rule.docs.examplesFormat ?? 'yaml'}`, rule.docs.good, fence] : []),
    '',
    `AWS documentation: <${rule.helpUri}>`,
  ].join('\n');
  return { text, markdown };
}

function ruleDescriptor(rule: RuleMeta): Sarif.ReportingDescriptor {
  const security = rule.category === 'security';
  const tags = [...new Set([rule.category, 'aws-batch', ...(security ? ['security'] : [])])].slice(0, MAX_TAGS);
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: truncate(rule.title, MAX_DESCRIPTION) },
    fullDescription: { text: truncate(rule.description, MAX_DESCRIPTION) },
    help: ruleHelp(rule),
    helpUri: rule.helpUri,
    defaultConfiguration: { level: rule.severity, enabled: rule.enabledByDefault !== false },
    properties: {
      tags,
      precision: 'high',
      ...(security ? { 'security-severity': SECURITY_SEVERITY[rule.severity] } : { 'problem.severity': PROBLEM_SEVERITY[rule.severity] }),
    },
  };
}

/** `dir/my file.yaml` -> `dir/my%20file.yaml`: a URI reference, segment by segment. */
function uriOf(file: string, options: SarifOptions): { uri: string; uriBaseId?: string } {
  const absolute = resolve(options.cwd, file);
  const rel = relative(options.sourceRoot, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(absolute).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function locationOf(finding: Finding, options: SarifOptions): Sarif.Location {
  const loc = finding.location;
  const location: Sarif.Location = {};
  if (loc.file !== null) {
    const region: Sarif.Region = {};
    if (loc.line !== null && loc.line >= 1) {
      region.startLine = loc.line;
      if (loc.column !== null && loc.column >= 1) region.startColumn = loc.column;
      if (loc.endLine !== null && loc.endLine >= loc.line) {
        region.endLine = loc.endLine;
        if (loc.endColumn !== null && loc.endColumn >= 1 && (loc.endLine > loc.line || loc.endColumn >= (region.startColumn ?? 1))) region.endColumn = loc.endColumn;
      }
    }
    location.physicalLocation = { artifactLocation: uriOf(loc.file, options), ...(region.startLine !== undefined ? { region } : {}) };
  }
  if (finding.resource) {
    location.logicalLocations = [{
      name: finding.resource.name,
      fullyQualifiedName: loc.arn ?? loc.address ?? `${finding.resource.kind}/${finding.resource.name}`,
      kind: 'resource',
    }];
  } else if (loc.file === null) {
    // A finding about no file and no resource (a Region the audit could not read): name where it is.
    const region = (loc as { region?: string }).region;
    location.logicalLocations = [{ name: region ?? loc.arn ?? loc.address ?? 'account', fullyQualifiedName: loc.arn ?? loc.address ?? region ?? 'account', kind: 'namespace' }];
  }
  return location;
}

function resultOf(finding: Finding | SuppressedFinding, ruleIndex: Map<string, number>, options: SarifOptions): Sarif.Result {
  const index = ruleIndex.get(finding.ruleId);
  const result: Sarif.Result = {
    ruleId: finding.ruleId,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: finding.severity,
    message: { text: finding.message },
    locations: [locationOf(finding, options)],
    ...(finding.fingerprint ? { partialFingerprints: { primaryLocationLineHash: finding.fingerprint } } : {}),
    properties: { category: finding.category },
  };
  if ('suppressions' in finding) {
    result.suppressions = finding.suppressions.map((s) => ({ kind: s.kind, status: 'accepted', ...(s.justification ? { justification: s.justification } : {}) }));
  }
  return result;
}

/** The log without its results, and the results to put in it: made one by one as they are written. */
function sarifParts(input: ReportInput, options: SarifOptions): { log: Sarif.Log; run: Sarif.Run; results: () => Iterable<Sarif.Result> } {
  const ruleIndex = new Map(input.rules.map((r, i) => [r.id, i]));
  // Suppressed results count against GitHub's limit too; when over it, the most severe are kept.
  const all: (Finding | SuppressedFinding)[] = [...input.findings, ...(input.suppressed ?? [])];
  const kept = all.length > SARIF_MAX_RESULTS ? [...all].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]).slice(0, SARIF_MAX_RESULTS) : all;
  const notifications: Sarif.Notification[] = [];
  if (kept.length < all.length) {
    notifications.push({ level: 'warning', message: { text: `${all.length} results; only the ${SARIF_MAX_RESULTS} most severe are included (GitHub code scanning rejects more per run).` } });
  }
  for (const f of input.findings) {
    if (f.category === 'internal') notifications.push({ level: 'error', message: { text: f.message }, descriptor: { id: f.ruleId } });
  }
  const run: Sarif.Run = {
    tool: { driver: { name: 'batchlint', version: input.version, informationUri: options.informationUri, rules: input.rules.map(ruleDescriptor) } },
    // The run completed: a rule that crashed is a finding and a notification, and the other rules
    // ran. (GitHub treats executionSuccessful: false as a failed analysis.)
    invocations: [{ executionSuccessful: true, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
    columnKind: 'utf16CodeUnits',
    results: [],
  };
  return { log: { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] }, run, results: function* () {
    for (const f of kept) yield resultOf(f, ruleIndex, options);
  } };
}

export function buildSarif(input: ReportInput, options: SarifOptions): Sarif.Log {
  const { log, run, results } = sarifParts(input, options);
  run.results = [...results()];
  return log;
}

// `results` is the last member of the one run, so in the log serialized without results the last
// `"results": []` is where they go (inside strings a quote is escaped: this text is structure).
const EMPTY_RESULTS = '"results": []';

/**
 * The SARIF log piece by piece: everything but the results, then one piece per result. Joined they
 * are exactly `JSON.stringify(log, null, 2) + '\n'`: 25,000 results made a 30 MB text and a tree of
 * objects behind it.
 */
export function* sarifReportPieces(input: ReportInput, options: SarifOptions): Generator<string> {
  const { log, results } = sarifParts(input, options);
  const skeleton = JSON.stringify(log, null, 2);
  const at = skeleton.lastIndexOf(EMPTY_RESULTS);
  const open = at + EMPTY_RESULTS.length - 1;
  yield skeleton.slice(0, open);
  let first = true;
  for (const result of results()) {
    yield `${first ? '' : ','}\n        ${JSON.stringify(result, null, 2).replace(/\n/g, '\n        ')}`;
    first = false;
  }
  yield `${first ? '' : '\n      '}${skeleton.slice(open)}\n`;
}

export function formatSarif(input: ReportInput, options: SarifOptions): string {
  return [...sarifReportPieces(input, options)].join('');
}
