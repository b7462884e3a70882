// The composition root for `batchlint lint`: files -> parse -> loaders -> model -> rules -> findings.
import { discoverFiles } from './loaders/discover-files.js';
import { apiShapeLoader } from './loaders/api-shape-loader.js';
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

export interface LintOptions {
  cwd: string;
  settings?: RuleSettings;
  rules?: readonly Rule[];
  loaders?: readonly DocumentLoader[];
}

export interface LintResult {
  findings: Finding[];
  /** Files read (recognised or not). */
  files: number;
  resources: number;
  /** Files found in directories that hold no Batch configuration (shown with --verbose). */
  skipped: string[];
  /** Paths on the command line that do not exist or cannot be read (exit code 2). */
  missing: { path: string; reason: string }[];
  model: LintModel;
}

export const DEFAULT_LOADERS: readonly DocumentLoader[] = [apiShapeLoader];

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

  for (const entry of discovery.files) {
    let parsed;
    try {
      parsed = await readSourceFile(entry.absolutePath, entry.file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'EACCES' ? 'permission denied' : code ?? 'read error';
      fileFindings.push(fileFinding('parse-error', `Cannot read the file: ${why}`, entry.file, { line: 1, column: 1, endLine: 1, endColumn: 1 }));
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
      resources.push(...loaded.resources);
      if (loaded.pairings) pairings.push(...loaded.pairings);
      for (const p of loaded.problems) {
        const range = document.locate(p.path);
        fileFindings.push(fileFinding(p.ruleId, render(p.ruleId, p.messageId, p.data), entry.file, range));
      }
    }
    if (!recognised && parsed.problems.length === 0) {
      if (entry.explicit) {
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
  return { findings, files: discovery.files.length, resources: resources.length, skipped, missing: discovery.missing, model };
}
