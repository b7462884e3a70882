import type { BatchResource, ResourceKind } from '../model/resource.js';
import type { SchemaIssue } from '../model/schema-issue.js';
import type { JsonPath } from '../source/source-document.js';
import type { LintModel } from '../graph/lint-model.js';
import type { PriceCatalog } from '../pricing/price-catalog.js';

export const SEVERITIES = ['error', 'warning', 'note'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = ['run', 'schema', 'security', 'retry', 'timeout', 'sizing', 'spot', 'wiring', 'cost'] as const;
export type Category = (typeof CATEGORIES)[number];
/** Findings carry `internal` when a rule crashed or the input could not be processed at all. */
export type FindingCategory = Category | 'internal';

export interface RuleDocs {
  /** Why it matters: the AWS behaviour behind the rule. */
  rationale: string;
  /** How to fix it. */
  fix: string;
  /**
   * A complete input that triggers the rule and one that does not (API shapes, or a template where
   * the rule needs one); test/rule-docs-examples.test.ts lints both.
   */
  bad?: string;
  good?: string;
  /** The language of `bad` and `good` (default yaml): their fence in the docs and their file's extension in the test. */
  examplesFormat?: 'yaml' | 'json';
  /** Peer checks this rule covers (checkov, KICS, cfn-lint, AWS Config, Security Hub ids). */
  peers?: readonly string[];
}

export interface RuleMeta<M extends string = string> {
  /** Stable, never reused: findings, suppressions and baselines refer to it. */
  id: string;
  title: string;
  category: Category;
  /** The default level of its findings; the highest when `messageSeverity` lowers some messages. */
  severity: Severity;
  /**
   * Messages whose findings default to another level than `severity` (one rule, one id, and so one
   * suppression, for a check whose cases differ in certainty: a value in a known credential format is
   * an error, a credential-sounding name only a warning). A level set in the config or by the audit
   * applies to every message of the rule.
   */
  messageSeverity?: Partial<Record<M, Severity>>;
  /** With `messageSeverity`: in words, which findings get the other level (docs, `rules`). */
  severityNote?: string;
  /** One sentence: what the rule reports. */
  description: string;
  /** The AWS documentation the rule relies on. */
  helpUri: string;
  docs: RuleDocs;
  /** The resource kinds the check runs on; empty for rules the engine reports itself (parse errors). */
  appliesTo: readonly ResourceKind[];
  /** Message templates by id; `{{name}}` is replaced by the report's data. */
  messages: Record<M, string>;
  /**
   * Options the rule reads (thresholds, required tag keys...), with their defaults. Users set them in
   * the config file (`rules: { id: [severity, options] }`); the rule sees defaults merged with them.
   */
  defaultOptions?: Record<string, unknown>;
  /**
   * false for rules that only make sense once configured (AWS Config's "launch template required"):
   * they run only when named with --rule or given a severity in the config file.
   */
  enabledByDefault?: boolean;
  /** JSON Schema of the options object, used to validate the config file. */
  optionsSchema?: Record<string, unknown>;
}

export interface Report<M extends string> {
  messageId: M;
  data?: Record<string, string | number>;
  /** Path inside the resource of what the finding is about. A path that does not exist is reported on its nearest existing parent. */
  path: JsonPath;
  /** Point at the property's key rather than its value. */
  key?: boolean;
}

export interface RuleContext<M extends string> {
  report(report: Report<M>): void;
  /** Schema failures of this resource (validated once, shared by the schema rules). */
  schemaIssues(): readonly SchemaIssue[];
  /** Every resource of the run, for rules that look across resources. */
  model: LintModel;
  /** The rule's options: defaultOptions merged with the user's. */
  options: Readonly<Record<string, unknown>>;
  /**
   * The prices of this run: the bundled catalog, or the one given with --catalog. `lint` and `cost`
   * read the same, so a cost rule and the cost report never disagree. Loaded on first use.
   */
  prices(): PriceCatalog;
}

export interface Rule<K extends ResourceKind = ResourceKind, M extends string = string> extends RuleMeta<M> {
  check?(resource: BatchResource<K>, context: RuleContext<M>): void;
}

/** Gives every rule its type checks: message ids in `report` must exist in `messages`. */
export function defineRule<K extends ResourceKind, M extends string>(
  rule: RuleMeta<M> & { appliesTo: readonly K[]; check?(resource: BatchResource<K>, context: RuleContext<M>): void },
): Rule<ResourceKind, string> {
  return rule as unknown as Rule<ResourceKind, string>;
}
