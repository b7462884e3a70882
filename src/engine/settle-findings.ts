import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { BatchResource } from '../model/resource.js';
import type { DirectiveComment } from '../source/suppression-comments.js';
import { suggest } from '../schema/validate-resource.js';
import { compareFindings, type Finding } from './finding.js';
import { fingerprintFindings } from './fingerprint.js';
import type { Rule } from './rule.js';
import { isRuleEnabled, type RuleSettings } from './run-rules.js';
import { applySuppressions, UNUSED_SUPPRESSION_RULE, type ConfigSuppression, type SuppressionOutcome } from './suppressions.js';

export interface SettleInput {
  resources: readonly BatchResource[];
  directives: ReadonlyMap<string, readonly DirectiveComment[]>;
  configSuppressions?: readonly ConfigSuppression[];
  rules: readonly Rule[];
  settings: RuleSettings;
  cwd: string;
  /** Fingerprints use file paths relative to this directory (the repository root); default cwd. */
  sourceRoot?: string;
}

/** The last engine step: suppressions applied (and unused ones reported), then every finding fingerprinted. */
export function settleFindings(findings: readonly Finding[], input: SettleInput): SuppressionOutcome {
  const rulesById = new Map(input.rules.map((r) => [r.id, r]));
  const unusedRule = rulesById.get(UNUSED_SUPPRESSION_RULE);
  const unusedOn = unusedRule !== undefined && isRuleEnabled(UNUSED_SUPPRESSION_RULE, input.settings, unusedRule.enabledByDefault !== false);
  const outcome = applySuppressions(findings, {
    resources: input.resources,
    directives: input.directives,
    config: input.configSuppressions ?? [],
    rules: input.rules,
    isActive: (id) => {
      const rule = rulesById.get(id);
      return rule !== undefined && isRuleEnabled(id, input.settings, rule.enabledByDefault !== false);
    },
    ...(unusedOn ? { unusedSeverity: input.settings.severity?.get(UNUSED_SUPPRESSION_RULE) ?? unusedRule.severity } : {}),
    suggest: (id) => suggest(id, [...rulesById.keys()]),
  });
  const root = input.sourceRoot ?? input.cwd;
  // Once per file: a file has many findings, and resolving paths took as long as hashing them.
  const relativeFiles = new Map<string, string>();
  const relativeFile = (file: string): string => {
    let shown = relativeFiles.get(file);
    if (shown === undefined) {
      const rel = relative(root, resolve(input.cwd, file));
      shown = rel.startsWith('..') || isAbsolute(rel) ? file : rel.split(sep).join('/');
      relativeFiles.set(file, shown);
    }
    return shown;
  };
  const all: Finding[] = [...outcome.findings, ...outcome.suppressed].sort(compareFindings);
  fingerprintFindings(all, { relativeFile });
  return outcome;
}
