// Every way to silence a finding, applied in one place after the rules ran: resource tags
// (`batchlint:ignore`), suppressions loaders read from templates (`Metadata.batchlint.ignore`),
// `# batchlint-disable...` comments in YAML, and the config file's per-resource ignores. A suppressed
// finding is kept (SARIF shows it with `suppressions`); a suppression that silences nothing is
// reported as `unused-suppression`, so suppressions do not outlive the problem they excused.
import type { BatchResource } from '../model/resource.js';
import { field, stringOf } from '../model/values.js';
import type { DirectiveComment } from '../source/suppression-comments.js';
import type { SourceDocument, SourceRange } from '../source/source-document.js';
import { compareFindings, type Finding, type FindingLocation } from './finding.js';
import { amendFinding, ruleFinding, type FindingSite } from './build-finding.js';
import type { RuleMeta, Severity } from './rule.js';
import { locateInResource } from './run-rules.js';

/** The tag that suppresses rules on a resource, in files and live accounts alike. */
export const IGNORE_TAG = 'batchlint:ignore';
export const UNUSED_SUPPRESSION_RULE = 'unused-suppression';

export type SuppressionOrigin = 'comment' | 'tag' | 'template-metadata' | 'config';

/** How a finding was silenced (SARIF `suppressions[]`). */
export interface AppliedSuppression {
  origin: SuppressionOrigin;
  /** SARIF: `inSource` for comments, tags and template metadata; `external` for the config file. */
  kind: 'inSource' | 'external';
  justification?: string;
}

export interface SuppressedFinding extends Finding {
  suppressions: AppliedSuppression[];
}

/** A per-resource ignore from the config file. */
export interface ConfigSuppression {
  ruleId: string;
  /** Resource name (a job definition's with or without `:revision`), ARN or address; `*` matches any run of characters. */
  resource: string;
  reason?: string;
  /** Where the entry is in the config file, for the "suppresses nothing" note. */
  document: SourceDocument;
  path: readonly (string | number)[];
}

export interface SuppressionInput {
  resources: readonly BatchResource[];
  /** Directive comments by file (display path). */
  directives: ReadonlyMap<string, readonly DirectiveComment[]>;
  config?: readonly ConfigSuppression[];
  /** Every rule known to this build (to tell a misspelt id from a rule that did not run). */
  rules: readonly RuleMeta[];
  /** True when the rule ran in this run: only then can a suppression of it be called unused. */
  isActive(ruleId: string): boolean;
  /** The severity of `unused-suppression` findings (its configured level); undefined: do not report them. */
  unusedSeverity?: Severity;
  /** A close known id for a misspelt one. */
  suggest?(id: string): string | undefined;
}

export interface SuppressionOutcome {
  /** Findings still reported, with the unused-suppression notes added, in report order. */
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

/** A declared suppression, with what it covers and whether it covered anything. */
interface Declaration {
  ruleIds: string[];
  applied: AppliedSuppression;
  matches(finding: Finding, owner: BatchResource | undefined): boolean;
  /** Rule ids it silenced at least once. */
  used: Set<string>;
  /** Where to report it when it silences nothing. */
  location(): FindingSite;
}

/** `a,b c+d/e` -> ids. AWS advises tag values limited to letters, digits, spaces and `+ - = . _ : / @` where tags propagate to ECS, so every separator is accepted. */
export function parseIgnoreTag(value: string): string[] {
  return value.split(/[\s,+/]+/).filter(Boolean);
}

function wildcard(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

function rangeLocation(file: string, range: SourceRange): FindingLocation {
  return { file, line: range.line, column: range.column, endLine: range.endLine, endColumn: range.endColumn, arn: null, address: null };
}

function resourceDeclarations(resource: BatchResource): Declaration[] {
  const declarations: Declaration[] = [];
  const sameResource = (_: Finding, owner: BatchResource | undefined): boolean => owner === resource;
  const tagValue = field(field(resource.data, 'tags'), IGNORE_TAG);
  const tagged = stringOf(tagValue);
  if (tagged !== undefined) {
    declarations.push({
      ruleIds: parseIgnoreTag(tagged),
      applied: { origin: 'tag', kind: 'inSource', justification: `tag ${IGNORE_TAG}` },
      matches: sameResource,
      used: new Set(),
      location: () => ({ location: locateInResource(resource, ['tags', IGNORE_TAG]), owner: resource, path: [...resource.source.path, 'tags', IGNORE_TAG] }),
    });
  }
  for (const s of resource.suppressions ?? []) {
    declarations.push({
      ruleIds: [s.ruleId],
      applied: { origin: s.origin, kind: 'inSource', ...(s.reason ? { justification: s.reason } : {}) },
      matches: sameResource,
      used: new Set(),
      // ResourceSuppression.path is a path in the resource's document (a template's Metadata sits beside Properties).
      location: () => ({ location: rangeLocation(resource.source.document.file, resource.source.document.locate(s.path)), owner: resource, path: s.path }),
    });
  }
  return declarations;
}

function commentDeclarations(file: string, directives: readonly DirectiveComment[]): Declaration[] {
  const declarations: Declaration[] = [];
  for (const d of directives) {
    if (d.kind === 'enable') continue;
    const applied: AppliedSuppression = { origin: 'comment', kind: 'inSource', ...(d.reason ? { justification: d.reason } : {}) };
    const location = (): ReturnType<Declaration['location']> => ({ location: rangeLocation(file, d.range), owner: null, path: [] });
    if (d.kind === 'disable-next-line') {
      const target = d.range.endLine + 1;
      declarations.push({ ruleIds: d.ruleIds, applied, used: new Set(), location, matches: (f) => f.location.file === file && f.location.line === target });
      continue;
    }
    // `disable` holds from its line to the end of the file, or to an `enable` naming the rule.
    if (d.ruleIds.length === 0) declarations.push({ ruleIds: [], applied, used: new Set(), location, matches: () => false });
    for (const id of d.ruleIds) {
      const end = directives.find((e) => e.kind === 'enable' && e.range.line > d.range.line && e.ruleIds.includes(id))?.range.line ?? Infinity;
      declarations.push({
        ruleIds: [id],
        applied,
        used: new Set(),
        location,
        matches: (f) => f.location.file === file && f.location.line !== null && f.location.line >= d.range.line && f.location.line < end,
      });
    }
  }
  return declarations;
}

function configDeclaration(entry: ConfigSuppression): Declaration {
  const pattern = wildcard(entry.resource);
  return {
    ruleIds: [entry.ruleId],
    applied: { origin: 'config', kind: 'external', ...(entry.reason ? { justification: entry.reason } : {}) },
    used: new Set(),
    matches: (finding) => {
      const r = finding.resource;
      if (!r) return false;
      const names = [r.name, finding.location.arn, finding.location.address];
      if (r.kind === 'jobDefinition') names.push(r.name.replace(/:\d+$/, ''));
      return names.some((n) => typeof n === 'string' && pattern.test(n));
    },
    location: () => ({ location: rangeLocation(entry.document.file, entry.document.locate(entry.path)), owner: null, path: entry.path }),
  };
}

// A tag value is split into rule ids at commas, spaces, `+` and `/`, so a credential pasted there comes
// back in pieces no redaction recognises (`etl:pw@db:5432` of a URL, one line of a key). Rule ids are
// lowercase words joined by hyphens: anything else is not echoed.
const RULE_ID_SHAPED = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
function echoedRuleId(id: string): string {
  return id.length <= 64 && RULE_ID_SHAPED.test(id) ? id : '****';
}

/** Splits findings into reported and suppressed, and adds a note for every suppression that silenced nothing. */
export function applySuppressions(findings: readonly Finding[], input: SuppressionInput): SuppressionOutcome {
  const declarations: Declaration[] = [
    ...input.resources.flatMap(resourceDeclarations),
    ...[...input.directives].flatMap(([file, directives]) => commentDeclarations(file, directives)),
    ...(input.config ?? []).map(configDeclaration),
  ];
  // By rule id: each finding is checked against the declarations naming its rule only (every
  // finding against every declaration was quadratic in a run of many templates with suppressions).
  const byRule = new Map<string, Declaration[]>();
  for (const d of declarations) {
    for (const id of new Set(d.ruleIds)) {
      const list = byRule.get(id);
      if (list) list.push(d);
      else byRule.set(id, [d]);
    }
  }
  const reported: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const owner = finding.owner;
    const applied: AppliedSuppression[] = [];
    for (const d of byRule.get(finding.ruleId) ?? []) {
      if (!d.matches(finding, owner)) continue;
      d.used.add(finding.ruleId);
      applied.push(d.applied);
    }
    if (applied.length > 0) suppressed.push(amendFinding(finding, { suppressions: applied }));
    else reported.push(finding);
  }

  if (input.unusedSeverity !== undefined) {
    const rule = input.rules.find((r) => r.id === UNUSED_SUPPRESSION_RULE);
    const known = new Set(input.rules.map((r) => r.id));
    const seen = new Set<string>();
    for (const d of declarations) {
      const report = (messageId: string, data: Record<string, string>): void => {
        const finding = ruleFinding(rule ?? { id: UNUSED_SUPPRESSION_RULE, severity: 'note', category: 'run', messages: {} }, messageId, data, d.location(), input.unusedSeverity);
        // One comment naming a rule twice, or a `disable` split per rule, is still one note per rule and place.
        const key = `${finding.location.file}:${finding.location.line}:${finding.location.column}:${finding.message}`;
        if (seen.has(key)) return;
        seen.add(key);
        reported.push(finding);
      };
      const what = d.applied.origin === 'comment' ? 'comment' : d.applied.origin === 'config' ? 'config entry' : d.applied.origin === 'tag' ? `tag ${IGNORE_TAG}` : 'template metadata';
      if (d.ruleIds.length === 0) report('noRule', { what });
      for (const id of d.ruleIds) {
        if (!known.has(id)) {
          const guess = input.suggest?.(id);
          report('unknownRule', { rule: echoedRuleId(id), what, hint: guess ? ` (did you mean "${guess}"?)` : '' });
        } else if (!d.used.has(id) && input.isActive(id)) report('unused', { rule: id, what });
      }
    }
  }
  reported.sort(compareFindings);
  return { findings: reported, suppressed };
}

