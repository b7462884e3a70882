// The composition root for `batchlint lint`: files -> parse -> loaders -> model -> rules -> findings.
import { statSync } from 'node:fs';
import type { PriceCatalog } from './pricing/price-catalog.js';
import type { InstanceCatalog } from './catalog/instance-catalog.js';
import { resolve } from 'node:path';
import { discoverFiles } from './loaders/discover-files.js';
import { apiShapeLoader } from './loaders/api-shape-loader.js';
import { cloudFormationLoader } from './loaders/cloudformation/cloudformation-loader.js';
import { terraformPlanLoader } from './loaders/terraform/plan-loader.js';
import { terraformSourceLoader } from './loaders/terraform/tf-source-loader.js';
import { planSelection } from './loaders/terraform/plan-selection.js';
import { TERRAFORM_SOURCE, TerraformSources } from './loaders/terraform/tf-directory-source.js';
import type { TerraformCliVariables } from './loaders/terraform/tf-module-files.js';
import type { DocumentLoader, LoadedDocument } from './loaders/document-loader.js';
import { readSourceFile } from './source/read-source-file.js';
import { parseStdin, STDIN_PATH, type StdinInput } from './stdin-input.js';
import type { SourceRange } from './source/source-document.js';
import { RESOURCE_KINDS, type BatchResource, type Pairing } from './model/resource.js';
import { describeValue } from './model/values.js';
import { stageFailureFinding } from './engine/stage-failure.js';
import { LintModel } from './graph/lint-model.js';
import { isRuleEnabled, runRules, type RuleSettings } from './engine/run-rules.js';
import { amendFinding, NO_LOCATION, ruleFinding } from './engine/build-finding.js';
import { compareFindings, type Finding } from './engine/finding.js';
import type { Rule } from './engine/rule.js';
import { RULES, RULES_BY_ID } from '../rules/index.js';
import type { DirectiveComment } from './source/suppression-comments.js';
import { settleFindings } from './engine/settle-findings.js';
import type { ConfigSuppression, SuppressedFinding } from './engine/suppressions.js';

export interface LintOptions {
  cwd: string;
  settings?: RuleSettings;
  /** Prices for the cost rules (--catalog); the bundled catalog when absent. */
  priceCatalog?: PriceCatalog;
  /** The instance catalog the rules expand instance types with; the bundled one when absent. */
  instanceCatalog?: InstanceCatalog;
  rules?: readonly Rule[];
  loaders?: readonly DocumentLoader[];
  /** From the config file: which files are linted (`ignore` / `include`), per-resource ignores, workload pairings. */
  fileFilter?: (absolutePath: string) => boolean;
  suppressions?: readonly ConfigSuppression[];
  pairings?: readonly Pairing[];
  /** Skip files named on the command line that hold no Batch configuration, instead of reporting them (pre-commit passes every staged file). */
  skipUnrecognized?: boolean;
  /** The repository root: fingerprints use file paths relative to it (default cwd). */
  sourceRoot?: string;
  /** What `-` on the command line reads: standard input, read by the caller. */
  stdin?: StdinInput;
  /** `--var-file` and `--var` for `.tf` root modules (after terraform.tfvars and *.auto.tfvars). */
  terraformVariables?: TerraformCliVariables;
  /** The Region the inputs are deployed to (`--region`), for what a template computes from it. */
  region?: string;
}

/** What one file adds to the run. */
interface FileYield {
  findings: Finding[];
  resources: BatchResource[];
  pairings: Pairing[];
  skipped: boolean;
}

export interface LintResult {
  findings: Finding[];
  /** Findings silenced by a tag, comment, template metadata or config entry (SARIF keeps them). */
  suppressed: SuppressedFinding[];
  /** Files read (recognised or not). */
  files: number;
  resources: number;
  /** Files found in directories that hold no Batch configuration (shown with --verbose). */
  skipped: string[];
  /** Paths on the command line that do not exist or cannot be read (exit code 2). */
  missing: { path: string; reason: string }[];
  /** Directories and globs on the command line that gave no file to lint (none there, or all ignored). */
  empty: string[];
  model: LintModel;
}

// Templates and plans first: their documents hold keys an API-shaped resource could also have.
export const DEFAULT_LOADERS: readonly DocumentLoader[] = [cloudFormationLoader, terraformPlanLoader, terraformSourceLoader, apiShapeLoader];

function isFile(absolutePath: string): boolean {
  try {
    return statSync(absolutePath).isFile();
  } catch {
    return false;
  }
}

/** A finding about a file itself (a parse error, an unrecognised file, a loader's problem). */
function fileFinding(ruleId: string, messageId: string, data: Readonly<Record<string, string | number>>, file: string, range: SourceRange): Finding {
  const rule = RULES_BY_ID.get(ruleId) ?? { id: ruleId, severity: 'error' as const, category: 'schema' as const, messages: {} };
  return ruleFinding(rule, messageId, data, { owner: null, location: { ...NO_LOCATION, file, line: range.line, column: range.column, endLine: range.endLine, endColumn: range.endColumn }, path: [] });
}

/** What the front half of the pipeline gives: the model of every file, and what reading the files found. */
export interface LoadResult extends Omit<LintResult, 'findings' | 'suppressed'> {
  /** Findings about the files themselves (parse errors, unrecognised files, stage failures), unsettled. */
  fileFindings: Finding[];
  /** Suppression comments by file, for settling the findings. */
  directives: Map<string, readonly DirectiveComment[]>;
  resourceList: BatchResource[];
}

/**
 * discover -> parse -> load -> model: the front half of the pipeline, shared by `lint` (which runs the
 * rules on it), `cost` and `explain` (which read the model). Never throws for bad input.
 */
export async function loadPaths(paths: readonly string[], options: Omit<LintOptions, 'settings' | 'rules' | 'priceCatalog' | 'suppressions' | 'sourceRoot'>): Promise<LoadResult> {
  const loaders = options.loaders ?? DEFAULT_LOADERS;
  const loadOptions = options.region !== undefined ? { region: options.region } : {};
  const named = paths.filter((p) => p !== STDIN_PATH);
  const readsStdin = named.length < paths.length;
  const searchedPaths = named.length > 0 ? named : readsStdin ? [] : ['.'];
  const discovery = searchedPaths.length > 0 ? await discoverFiles(searchedPaths, options.cwd) : { files: [], missing: [] };
  const fileFindings: Finding[] = [];
  const resources: BatchResource[] = [];
  const pairings: Pairing[] = [];
  const skipped: string[] = [];
  const directives = new Map<string, readonly DirectiveComment[]>();
  // Loops rather than push(...list): a file of 120,000 resources overflowed the stack.
  if (options.pairings) for (const p of options.pairings) pairings.push(p);
  if (options.fileFilter) discovery.files = discovery.files.filter((f) => options.fileFilter!(f.absolutePath));
  const kept = new Set(discovery.files.flatMap((f) => f.foundBy));
  const missing = new Set(discovery.missing.map((m) => m.path));
  // A directory or glob that gave nothing. A named file the config ignores is not "empty": pre-commit
  // names every staged file, ignored or not.
  const empty = searchedPaths.filter((p) => !kept.has(p) && !missing.has(p) && !isFile(resolve(options.cwd, p)));
  const entries: { absolutePath: string; file: string; explicit: boolean }[] = [...discovery.files];
  if (readsStdin && options.stdin) entries.unshift({ absolutePath: STDIN_PATH, file: options.stdin.file, explicit: true });

  // A .tf file is evaluated with its whole directory (and the local modules it calls): read them first.
  const tfEntries = entries.filter((e) => e.absolutePath !== STDIN_PATH && TERRAFORM_SOURCE.test(e.absolutePath));
  const terraform = new TerraformSources(options.cwd, options.terraformVariables);
  if (tfEntries.length > 0 || options.terraformVariables) {
    try {
      await terraform.prepare(tfEntries.map((e) => e.absolutePath));
    } catch (error) {
      fileFindings.push(stageFailureFinding('Terraform module', error, null));
    }
    for (const f of terraform.problems) fileFindings.push(fileFinding('parse-error', 'problem', { problem: 'Cannot read the --var-file as Terraform variables (missing, too large or not HCL/JSON)' }, f, { line: 1, column: 1, endLine: 1, endColumn: 1 }));
  }

  for (const entry of entries) {
    let parsed;
    try {
      // .tf files go through HashiCorp's HCL parser (WebAssembly, asynchronous, loaded on first use).
      parsed = entry.absolutePath === STDIN_PATH && options.stdin ? parseStdin(options.stdin) : TERRAFORM_SOURCE.test(entry.absolutePath) ? await terraform.read(entry.absolutePath, entry.file) : readSourceFile(entry.absolutePath, entry.file, { selection: planSelection });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      // Reading and parsing throw only for file-system errors; anything else is a parser bug.
      if (typeof code !== 'string') fileFindings.push(stageFailureFinding('parse', error, entry.file));
      else fileFindings.push(fileFinding('parse-error', 'problem', { problem: `Cannot read the file: ${code === 'EACCES' ? 'permission denied' : code}` }, entry.file, { line: 1, column: 1, endLine: 1, endColumn: 1 }));
      continue;
    }
    // Everything a file yields is kept only when the whole file went through: a loader that throws
    // leaves one finding on the file, and the other files are still linted.
    const yielded: FileYield = { findings: [], resources: [], pairings: [], skipped: false };
    let stage = 'loader';
    try {
      const searched = !entry.explicit || options.skipUnrecognized === true;
      if (searched && parsed.documents.length === 0 && parsed.problems.length > 0 && parsed.problems.every((p) => p.syntax) && parsed.mentionsBatch === false) {
        skipped.push(entry.file); // not valid JSON/YAML and no sign of AWS Batch: not ours to report
        continue;
      }
      for (const problem of parsed.problems) yielded.findings.push(fileFinding('parse-error', 'problem', { problem: problem.message }, entry.file, problem.range));
      let recognised = false;
      for (const { value, document } of parsed.documents) {
        let loaded: LoadedDocument | undefined;
        for (const loader of loaders) {
          stage = `${loader.name} loader`;
          const attempt = loader.load(value, document, loadOptions);
          if (attempt.recognised) {
            loaded = attempt;
            break;
          }
        }
        if (!loaded) continue;
        recognised = true;
        for (const r of loaded.resources) {
          if (!(RESOURCE_KINDS as readonly string[]).includes(r.kind)) throw new Error(`a resource of no known kind (${describeValue(r.kind)})`);
        }
        for (const r of loaded.resources) yielded.resources.push(r);
        if (loaded.pairings) for (const p of loaded.pairings) yielded.pairings.push(p);
        stage = 'source position';
        for (const p of loaded.problems) {
          const range = document.locate(p.path);
          yielded.findings.push(fileFinding(p.ruleId, p.messageId, p.data, entry.file, range));
        }
      }
      if (!recognised && parsed.problems.length === 0) {
        if (entry.explicit && !options.skipUnrecognized) {
          yielded.findings.push(fileFinding('unrecognized-file', 'nothing', {}, entry.file, { line: 1, column: 1, endLine: 1, endColumn: 1 }));
        } else yielded.skipped = true;
      }
    } catch (error) {
      for (const f of yielded.findings) if (f.ruleId === 'parse-error') fileFindings.push(f);
      fileFindings.push(stageFailureFinding(stage, error, entry.file));
      continue;
    }
    if (parsed.directives?.length) directives.set(entry.file, parsed.directives);
    for (const f of yielded.findings) fileFindings.push(f);
    for (const r of yielded.resources) resources.push(r);
    for (const p of yielded.pairings) pairings.push(p);
    if (yielded.skipped) skipped.push(entry.file);
  }

  const model = new LintModel(resources, pairings);
  return { fileFindings, directives, resourceList: resources, files: entries.length, resources: resources.length, skipped, missing: discovery.missing, empty, model };
}

/** Lints files and directories: the whole pipeline; never throws for bad input (each problem is a finding). */
export async function lintPaths(paths: readonly string[], options: LintOptions): Promise<LintResult> {
  const settings = options.settings ?? {};
  const { fileFindings, directives, resourceList: resources, model, ...counts } = await loadPaths(paths, options);
  const { priceCatalog, instanceCatalog } = options;
  const ruleFindings = runRules(model, options.rules ?? RULES, settings, priceCatalog && (() => priceCatalog), instanceCatalog && (() => instanceCatalog));
  const findings = [
    ...fileFindings
      .filter((f) => f.category === 'internal' || isRuleEnabled(f.ruleId, settings))
      .map((f) => amendFinding(f, { severity: settings.severity?.get(f.ruleId) ?? f.severity })),
    ...ruleFindings,
  ].sort(compareFindings);
  let settled: { findings: Finding[]; suppressed: SuppressedFinding[] };
  try {
    settled = settleFindings(findings, { resources, directives, configSuppressions: options.suppressions ?? [], rules: options.rules ?? RULES, settings, cwd: options.cwd, ...(options.sourceRoot ? { sourceRoot: options.sourceRoot } : {}) });
  } catch (error) {
    // Every finding is still reported, unsuppressed and without fingerprints, rather than none.
    settled = { findings: [...findings, stageFailureFinding('suppression and fingerprint', error, null)], suppressed: [] };
  }
  return { findings: settled.findings, suppressed: settled.suppressed, ...counts, model };
}
