import { KIND_LABELS, type BatchResource } from '../model/resource.js';
import { validateResource } from '../schema/validate-resource.js';
import type { SchemaIssue } from '../schema/schema-issue.js';
import type { JsonPath } from '../source/source-document.js';
import type { Finding } from './finding.js';
import type { LintModel } from './lint-model.js';
import { redactSecrets } from './redact.js';
import type { Report, Rule, RuleContext, Severity } from './rule.js';

/** Which rules run and at what severity (from --rule / --disable and, later, the config file). */
export interface RuleSettings {
  /** When set, only these rules run. */
  only?: ReadonlySet<string>;
  disabled?: ReadonlySet<string>;
  severity?: ReadonlyMap<string, Severity>;
  /** Per-rule options from the config file, merged over each rule's defaultOptions. */
  options?: ReadonlyMap<string, Record<string, unknown>>;
}

export function isRuleEnabled(id: string, settings: RuleSettings, enabledByDefault = true): boolean {
  if (settings.disabled?.has(id)) return false;
  if (settings.only) return settings.only.has(id);
  return enabledByDefault || settings.severity?.has(id) === true;
}

export function renderMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => (name in data ? String(data[name]) : `{{${name}}}`));
}

/** Turns a path inside a resource into a finding location: the engine, not the rule, knows the source. */
export function locateInResource(resource: BatchResource, path: JsonPath, key = false): Finding['location'] {
  const range = resource.source.document.locate([...resource.source.path, ...path], { key });
  // A resource read from a live account has no file (file '' and line 0): its ARN and region locate it.
  const positioned = range.line > 0;
  return {
    file: resource.source.document.file !== '' ? resource.source.document.file : null,
    line: positioned ? range.line : null,
    column: positioned ? range.column : null,
    endLine: positioned ? range.endLine : null,
    endColumn: positioned ? range.endColumn : null,
    arn: resource.arn ?? null,
    address: resource.address ?? null,
    ...(resource.region !== undefined ? { region: resource.region } : {}),
  };
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return redactSecrets(text.split('\n')[0] ?? '').slice(0, 300);
}

/**
 * Runs every enabled rule on every resource it applies to. A rule that throws becomes one `internal`
 * finding naming the rule and the resource, and the run goes on.
 */
export function runRules(model: LintModel, rules: readonly Rule[], settings: RuleSettings): Finding[] {
  const findings: Finding[] = [];
  const active = rules.filter((r) => r.check && isRuleEnabled(r.id, settings, r.enabledByDefault !== false));
  const schemaCache = new Map<BatchResource, SchemaIssue[]>();

  for (const resource of model.resources) {
    const schemaIssues = (): SchemaIssue[] => {
      let issues = schemaCache.get(resource);
      if (!issues) {
        issues = resource.schemaIssues ? resource.schemaIssues() : validateResource(resource.kind, resource.data);
        schemaCache.set(resource, issues);
      }
      return issues;
    };
    for (const rule of active) {
      if (!rule.appliesTo.includes(resource.kind)) continue;
      const severity = settings.severity?.get(rule.id) ?? rule.severity;
      const pending: Finding[] = [];
      const context: RuleContext<string> = {
        model,
        schemaIssues,
        options: { ...rule.defaultOptions, ...settings.options?.get(rule.id) },
        report(report: Report<string>) {
          const template = rule.messages[report.messageId];
          if (template === undefined) throw new Error(`unknown message id "${report.messageId}"`);
          pending.push({
            ruleId: rule.id,
            severity,
            category: rule.category,
            message: redactSecrets(renderMessage(template, report.data)),
            resource: { kind: resource.kind, name: resource.name },
            location: locateInResource(resource, report.path, report.key ?? false),
            path: [...resource.source.path, ...report.path],
          });
        },
      };
      try {
        rule.check!(resource, context);
        findings.push(...pending);
      } catch (error) {
        findings.push({
          ruleId: rule.id,
          severity: 'error',
          category: 'internal',
          message: `Rule ${rule.id} crashed on ${KIND_LABELS[resource.kind]} "${resource.name}": ${errorText(error)}. Please report this; the other rules still ran.`,
          resource: { kind: resource.kind, name: resource.name },
          location: locateInResource(resource, []),
          path: [...resource.source.path],
        });
      }
    }
  }
  return findings;
}
