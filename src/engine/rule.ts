import type { BatchResource, ResourceKind } from '../model/resource.js';
import type { SchemaIssue } from '../model/schema-issue.js';
import type { JsonPath } from '../source/source-document.js';
import type { LintModel } from '../graph/lint-model.js';
import type { PriceCatalog } from '../pricing/price-catalog.js';
import type { InstanceCatalog } from '../catalog/instance-catalog.js';
import type { InstanceTypeExpansion } from '../catalog/expand-instance-types.js';
import type { EnvironmentExpansionOptions } from '../catalog/environment-instance-types.js';
import { defaultOptionsOf, optionsSchemaOf, type OptionDeclarations, type OptionsOf } from './rule-options.js';

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
   * Options the rule reads (thresholds, required tag keys...), declared with `option.*` of
   * rule-options.ts: users set them in the config file (`rules: { id: [severity, options] }`); the
   * rule sees defaults merged with them, typed.
   */
  options?: OptionDeclarations;
  /** The defaults of `options`, derived by defineRule (config printing, docs, the engine read them). */
  readonly defaultOptions?: Record<string, unknown>;
  /**
   * false for rules that only make sense once configured (AWS Config's "launch template required"):
   * they run only when named with --rule or given a severity in the config file.
   */
  enabledByDefault?: boolean;
  /** JSON Schema of the options object, derived from `options` by defineRule: the config file is validated with it. */
  readonly optionsSchema?: Record<string, unknown>;
}

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;

/** The `{{name}}` placeholders of a message template, as a union of names. */
// renderMessage fills `{{ name }}` with a word name only: `{{resolve:ssm:...}}` in a message is literal text.
type WordName<N extends string> = N extends `${string}${':' | '.' | '/' | ' ' | '-'}${string}` ? never : N;
export type Placeholders<S extends string> = S extends `${string}{{${infer Name}}}${infer Rest}` ? WordName<Trim<Name>> | Placeholders<Rest> : never;

/** The data a message needs: exactly its placeholders (none: no data). */
export type MessageData<S extends string> = string extends S
  ? { data?: Readonly<Record<string, string | number>> } // a rule whose messages are not literal types (the engine's view)
  : [Placeholders<S>] extends [never]
    ? { data?: Readonly<Record<string, never>> }
    : { data: { readonly [K in Placeholders<S>]: string | number } };

type Messages = Readonly<Record<string, string>>;

/**
 * One finding a rule reports: a message id of the rule, the data its placeholders need, and where.
 * With a message id that is one of several (`cond ? 'a' : 'b'`), data holds the placeholders of each.
 */
export type Report<Msgs extends Messages = Messages, Id extends keyof Msgs & string = keyof Msgs & string> = {
  messageId: Id;
  /** Path inside the resource of what the finding is about. A path that does not exist is reported on its nearest existing parent. */
  path: JsonPath;
  /** Point at the property's key rather than its value. */
  key?: boolean;
} & MessageData<Msgs[Id]>;

export interface RuleContext<Msgs extends Messages = Messages, O = Readonly<Record<string, unknown>>> {
  report<Id extends keyof Msgs & string>(report: Report<Msgs, Id>): void;
  /** Schema failures of this resource (validated once, shared by the schema rules). */
  schemaIssues(): readonly SchemaIssue[];
  /** Every resource of the run, for rules that look across resources. */
  model: LintModel;
  /** The rule's options: the declared defaults merged with the user's (validated against the declaration). */
  options: O;
  /**
   * The prices of this run: the bundled catalog, or the one given with --catalog. `lint` and `cost`
   * read the same, so a cost rule and the cost report never disagree. Loaded on first use.
   */
  prices(): PriceCatalog;
  /** The instance catalog of this run (the bundled one unless the run was given another). */
  instances(): InstanceCatalog;
  /**
   * What a compute environment may launch, expanded through the run's instance catalog (once per
   * environment): undefined for Fargate, unmanaged and unknown `computeResources`.
   */
  instanceTypes(environment: BatchResource<'computeEnvironment'>, options?: EnvironmentExpansionOptions): InstanceTypeExpansion | undefined;
}

export interface Rule<K extends ResourceKind = ResourceKind, M extends string = string> extends RuleMeta<M> {
  check?(resource: BatchResource<K>, context: RuleContext<Record<M, string>>): void;
}

/** What a rule file declares: the metadata, its typed options and messages, and its check. */
export type RuleDefinition<K extends ResourceKind, Msgs extends Messages, D extends OptionDeclarations> = Omit<RuleMeta<keyof Msgs & string>, 'messages' | 'options' | 'defaultOptions' | 'optionsSchema'> & {
  appliesTo: readonly K[];
  messages: Msgs;
  options?: D;
  check?(resource: BatchResource<K>, context: RuleContext<Msgs, OptionsOf<D>>): void;
};

/**
 * Gives every rule its type checks: message ids in `report` must exist in `messages`, `data` must
 * hold exactly the message's placeholders, and `context.options` has the declared options' types.
 * The options' JSON Schema and defaults are derived here from the one declaration.
 */
export function defineRule<K extends ResourceKind, const Msgs extends Messages, D extends OptionDeclarations = Record<never, never>>(rule: RuleDefinition<K, Msgs, D>): Rule<ResourceKind, string> {
  const options = rule.options;
  const derived = options && Object.keys(options).length > 0 ? { defaultOptions: defaultOptionsOf(options), optionsSchema: optionsSchemaOf(options) } : {};
  return { ...rule, ...derived } as unknown as Rule<ResourceKind, string>;
}
