// The one place a Finding is made: rule checks, the files' own problems (parse errors, unrecognised
// files), unused suppressions, the audit's Region failures and stage failures all come through here,
// so every finding is rendered, redacted and shaped the same way, and the resource it is about travels
// with it (suppressions and fingerprints read it instead of searching for it again).
import type { BatchResource } from '../model/resource.js';
import type { JsonPath } from '../source/source-document.js';
import type { Finding, FindingLocation } from './finding.js';
import { redactSecrets } from './redact.js';
import type { RuleMeta, Severity } from './rule.js';

/** Where a finding is: the resource it is about (null for a file or a run), its location and its path in the document. */
export interface FindingSite {
  owner: BatchResource | null;
  location: FindingLocation;
  path: JsonPath;
}

export const NO_LOCATION: FindingLocation = Object.freeze({ file: null, line: null, column: null, endLine: null, endColumn: null, arn: null, address: null });

export function renderMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : `{{${name}}}`));
}

/** The level a message of the rule is reported at: the config's, else the message's own, else the rule's. */
export function messageSeverityOf(rule: Pick<RuleMeta, 'severity' | 'messageSeverity'>, messageId: string): Severity {
  const own = rule.messageSeverity as Partial<Record<string, Severity>> | undefined;
  return (own && Object.hasOwn(own, messageId) ? own[messageId] : undefined) ?? rule.severity;
}

// A large run holds tens of thousands of findings until they are written; these keep each small.
// One `{kind, name}` per resource, shared by all its findings (frozen: a reporter that changed one
// would change them all).
const resourceRefs = new WeakMap<BatchResource, Finding['resource']>();
function resourceRef(owner: BatchResource | null): Finding['resource'] {
  if (!owner) return null;
  let ref = resourceRefs.get(owner);
  if (!ref) resourceRefs.set(owner, (ref = Object.freeze({ kind: owner.kind, name: owner.name })));
  return ref;
}

// One string per distinct message: most findings of a run repeat a few hundred messages, and each
// rendering made a new copy. Bounded, so a run of unique messages does not keep a second table of them.
const messages = new Map<string, string>();
const MAX_MESSAGES = 20_000;
function shared(message: string): string {
  const known = messages.get(message);
  if (known !== undefined) return known;
  if (messages.size < MAX_MESSAGES) messages.set(message, message);
  return message;
}

function withOwner(finding: Finding, owner: BatchResource | null): Finding {
  // Not enumerable: reporters, JSON output and redaction never walk into the resource.
  if (owner) Object.defineProperty(finding, 'owner', { value: owner, enumerable: false });
  return finding;
}

/**
 * A finding of `rule` from one of its messages. `severity` is the level set in the config or by the
 * caller; without it, the message's default.
 */
export function ruleFinding(
  rule: Pick<RuleMeta, 'id' | 'category' | 'severity' | 'messageSeverity' | 'messages'>,
  messageId: string,
  data: Readonly<Record<string, string | number>> | undefined,
  site: FindingSite,
  severity?: Severity,
): Finding {
  const messages = rule.messages as Readonly<Record<string, string>>;
  const template = Object.hasOwn(messages, messageId) ? messages[messageId] : undefined;
  return withOwner({
    ruleId: rule.id,
    severity: severity ?? messageSeverityOf(rule, messageId),
    category: rule.category,
    message: shared(redactSecrets(renderMessage(template ?? messageId, data))),
    messageId,
    resource: resourceRef(site.owner),
    location: site.location,
    path: [...site.path],
  }, site.owner);
}

/** An `internal` finding: a rule or a stage that crashed, reported under `ruleId`. The message is already safe text. */
export function internalFinding(ruleId: string, message: string, site: FindingSite): Finding {
  return withOwner({
    ruleId,
    severity: 'error',
    category: 'internal',
    message: redactSecrets(message),
    resource: resourceRef(site.owner),
    location: site.location,
    path: [...site.path],
  }, site.owner);
}

/** A copy of a finding with some fields changed (a severity from the config, the suppressions applied), still owned by its resource. */
export function amendFinding<T extends object>(finding: Finding, changes: T): Finding & T {
  return withOwner({ ...finding, ...changes }, finding.owner ?? null) as Finding & T;
}
