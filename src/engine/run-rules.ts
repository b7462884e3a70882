import { KIND_LABELS, type BatchResource } from '../model/resource.js';
import { bundledPriceCatalog, type PriceCatalog } from '../pricing/price-catalog.js';
import { loadInstanceCatalog, type InstanceCatalog } from '../catalog/instance-catalog.js';
import { environmentInstanceTypes } from '../catalog/environment-instance-types.js';
import { validateResource } from '../schema/validate-resource.js';
import type { SchemaIssue } from '../model/schema-issue.js';
import type { JsonPath } from '../source/source-document.js';
import type { Finding } from './finding.js';
import type { LintModel } from '../graph/lint-model.js';
import { internalFinding, ruleFinding } from './build-finding.js';
import { errorText, StageFailure, stageFailureFinding } from './stage-failure.js';
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

export { renderMessage, messageSeverityOf } from './build-finding.js';

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


/** The default level of one message of a rule (see RuleMeta.messageSeverity). */
interface ActiveRule {
  rule: Rule;
  /** Set by the user (config, audit): then it applies to every message of the rule. */
  severity: Severity | undefined;
  options: Readonly<Record<string, unknown>>;
}

/**
 * Runs every enabled rule on every resource it applies to. A rule that throws becomes one `internal`
 * finding naming the rule and the resource, and the run goes on.
 *
 * This loop runs (rules x resources) times, a million on a large repository: the rule list is split
 * by kind and options merged once per rule, and one context per resource serves all its rules.
 */
export function runRules(model: LintModel, rules: readonly Rule[], settings: RuleSettings, prices: () => PriceCatalog = bundledPriceCatalog, instances: () => InstanceCatalog = loadInstanceCatalog): Finding[] {
  const findings: Finding[] = [];
  const byKind = new Map<string, ActiveRule[]>();
  for (const rule of rules) {
    if (!rule.check || !isRuleEnabled(rule.id, settings, rule.enabledByDefault !== false)) continue;
    const active: ActiveRule = {
      rule,
      severity: settings.severity?.get(rule.id),
      options: Object.freeze({ ...rule.defaultOptions, ...settings.options?.get(rule.id) }),
    };
    for (const kind of rule.appliesTo) {
      const list = byKind.get(kind);
      if (list) list.push(active);
      else byKind.set(kind, [active]);
    }
  }

  // A cross-file stage (the graph) that failed is reported once, not by every rule that reads it.
  const failedStages = new Map<string, StageFailure>();
  for (const resource of model.resources) {
    const applicable = byKind.get(resource.kind);
    if (!applicable) continue;
    let issues: SchemaIssue[] | undefined;
    let current: ActiveRule = applicable[0]!;
    const context: RuleContext = {
      model,
      schemaIssues: () => (issues ??= resource.schemaIssues ? resource.schemaIssues() : validateResource(resource.kind, resource.data)),
      options: current.options,
      prices,
      instances,
      instanceTypes: (environment, expansion) => environmentInstanceTypes(environment, instances(), expansion),
      report(report: Report) {
        const { rule, severity } = current;
        if (!Object.hasOwn(rule.messages, report.messageId)) throw new Error(`unknown message id "${report.messageId}"`);
        findings.push(ruleFinding(rule, report.messageId, report.data, { owner: resource, location: locateInResource(resource, report.path, report.key ?? false), path: [...resource.source.path, ...report.path] }, severity));
      },
    };
    for (const active of applicable) {
      current = active;
      context.options = active.options;
      const before = findings.length;
      try {
        active.rule.check!(resource, context);
      } catch (error) {
        findings.length = before; // what the rule reported before it crashed is not trusted
        if (error instanceof StageFailure) {
          failedStages.set(error.stage, error);
          continue;
        }
        findings.push(internalFinding(active.rule.id, `Rule ${active.rule.id} crashed on ${KIND_LABELS[resource.kind]} "${resource.name}": ${errorText(error)}. Please report this; the other rules still ran.`, { owner: resource, location: locateInResource(resource, []), path: resource.source.path }));
      }
    }
  }
  for (const failure of failedStages.values()) findings.push(stageFailureFinding(failure.stage, failure, null));
  return findings;
}
