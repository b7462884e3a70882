// The composition root for `batchlint lint`: files -> parse -> loaders -> model -> rules -> findings.
import { discoverFiles } from './loaders/discover-files.js';
import { apiShapeLoader } from './loaders/api-shape-loader.js';
import { cloudFormationLoader } from './loaders/cloudformation/cloudformation-loader.js';
import { terraformPlanLoader } from './loaders/terraform/plan-loader.js';
import { terraformSourceLoader } from './loaders/terraform/tf-source-loader.js';
import { readTerraformSource } from './loaders/terraform/hcl-source.js';
import type { DocumentLoader, LoadedDocument } from './loaders/document-loader.js';
import { readSourceFile } from './source/read-source-file.js';
import type { SourceRange } from './source/source-document.js';
import type { BatchResource, Pairing } from './model/resource.js';
import { LintModel } from './engine/lint-model.js';
import { isRuleEnabled, renderMessage, runRules, type RuleSettings } from './engine/run-rules.js';
import { compareFindings, type Finding } from './engine/finding.js';
import { redactSecrets } from './engine/redact.js';
import type { Rule } from './engine/rule.js';
import { RULES, RULES_BY_ID } from '../rules/index.js';
import type { DirectiveComment } from './source/suppression-comments.js';
import { settleFindings } from './engine/settle-findings.js';
import type { ConfigSuppression, SuppressedFinding } from './engine/suppressions.js';

export interface LintOptions {
  cwd: string;
  settings?: RuleSettings;
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
  model: LintModel;
}

// Templates and plans first: their documents hold keys an API-shaped resource could also have.
export const DEFAULT_LOADERS: readonly DocumentLoader[] = [cloudFormationLoader, terraformPlanLoader, terraformSourceLoader, apiShapeLoader];

function render(ruleId: string, messageId: string, data: Record<string, string | number>): string {
  return renderMessage(RULES_BY_ID.get(ruleId)?.messages[messageId] ?? messageId, data);
}

function fileFinding(ruleId: string, message: string, file: string, range: SourceRange): Finding {
  const rule = RULES_BY_ID.get(ruleId);
  return {
    ruleId,
    severity: rule?.severity ?? 'error',
    category: rule?.category ?? 'schema',
    message: redactSecrets(message),
    resource: null,
    location: { file, line: range.line, column: range.column, endLine: range.endLine, endColumn: range.endColumn, arn: null, address: null },
    path: [],
  };
}

/** Lints files and directories; never throws for bad input (each problem is a finding). */
export async function lintPaths(paths: readonly string[], options: LintOptions): Promise<LintResult> {
  const settings = options.settings ?? {};
  const loaders = options.loaders ?? DEFAULT_LOADERS;
  const discovery = await discoverFiles(paths.length > 0 ? paths : ['.'], options.cwd);
  const fileFindings: Finding[] = [];
  const resources: BatchResource[] = [];
  const pairings: Pairing[] = [];
  const skipped: string[] = [];
  const directives = new Map<string, readonly DirectiveComment[]>();
  // Loops rather than push(...list): a file of 120,000 resources overflowed the stack.
  if (options.pairings) for (const p of options.pairings) pairings.push(p);
  if (options.fileFilter) discovery.files = discovery.files.filter((f) => options.fileFilter!(f.absolutePath));

  for (const entry of discovery.files) {
    let parsed;
    try {
      // .tf files go through HashiCorp's HCL parser (WebAssembly, asynchronous, loaded on first use).
      parsed = /\.tf$/i.test(entry.absolutePath) ? await readTerraformSource(entry.absolutePath, entry.file) : readSourceFile(entry.absolutePath, entry.file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'EACCES' ? 'permission denied' : code ?? 'read error';
      fileFindings.push(fileFinding('parse-error', `Cannot read the file: ${why}`, entry.file, { line: 1, column: 1, endLine: 1, endColumn: 1 }));
      continue;
    }
    if (parsed.directives?.length) directives.set(entry.file, parsed.directives);
    const searched = !entry.explicit || options.skipUnrecognized === true;
    if (searched && parsed.documents.length === 0 && parsed.problems.length > 0 && parsed.problems.every((p) => p.syntax) && parsed.mentionsBatch === false) {
      skipped.push(entry.file); // not valid JSON/YAML and no sign of AWS Batch: not ours to report
      continue;
    }
    for (const problem of parsed.problems) fileFindings.push(fileFinding('parse-error', problem.message, entry.file, problem.range));
    let recognised = false;
    for (const { value, document } of parsed.documents) {
      let loaded: LoadedDocument | undefined;
      for (const loader of loaders) {
        const attempt = loader.load(value, document);
        if (attempt.recognised) {
          loaded = attempt;
          break;
        }
      }
      if (!loaded) continue;
      recognised = true;
      for (const r of loaded.resources) resources.push(r);
      if (loaded.pairings) for (const p of loaded.pairings) pairings.push(p);
      for (const p of loaded.problems) {
        const range = document.locate(p.path);
        fileFindings.push(fileFinding(p.ruleId, render(p.ruleId, p.messageId, p.data), entry.file, range));
      }
    }
    if (!recognised && parsed.problems.length === 0) {
      if (entry.explicit && !options.skipUnrecognized) {
        fileFindings.push(fileFinding('unrecognized-file', render('unrecognized-file', 'nothing', {}), entry.file, { line: 1, column: 1, endLine: 1, endColumn: 1 }));
      } else skipped.push(entry.file);
    }
  }

  const model = new LintModel(resources, pairings);
  const ruleFindings = runRules(model, options.rules ?? RULES, settings);
  const findings = [
    ...fileFindings
      .filter((f) => isRuleEnabled(f.ruleId, settings))
      .map((f) => ({ ...f, severity: settings.severity?.get(f.ruleId) ?? f.severity })),
    ...ruleFindings,
  ].sort(compareFindings);
  const settled = settleFindings(findings, { resources, directives, configSuppressions: options.suppressions ?? [], rules: options.rules ?? RULES, settings, cwd: options.cwd, ...(options.sourceRoot ? { sourceRoot: options.sourceRoot } : {}) });
  return { findings: settled.findings, suppressed: settled.suppressed, files: discovery.files.length, resources: resources.length, skipped, missing: discovery.missing, model };
}
