// What a loaded config means for a run: rule settings (merged with --rule / --disable), which files
// are linted, per-resource suppressions and workload pairings.
import { relative, sep } from 'node:path';
import type { ConfigSuppression } from '../engine/suppressions.js';
import type { RuleSettings } from '../engine/run-rules.js';
import type { Severity } from '../engine/rule.js';
import type { Pairing } from '../model/resource.js';
import { globToRegExp, matchesAnyGlob } from './glob-match.js';
import type { LoadedConfig, RuleEntry } from './load-config.js';

function levelOf(entry: RuleEntry): { level: string; options?: Record<string, unknown> } {
  if (typeof entry === 'string') return { level: entry };
  return { level: entry[0], ...(entry[1] ? { options: entry[1] } : {}) };
}

/**
 * Config levels and options under the command-line flags: --rule runs only the named rules (even
 * ones the config turns off), --disable turns rules off whatever the config says.
 */
export function mergeRuleSettings(config: LoadedConfig | undefined, flags: RuleSettings): RuleSettings {
  const severity = new Map<string, Severity>();
  const options = new Map<string, Record<string, unknown>>();
  const disabled = new Set(flags.disabled ?? []);
  for (const [id, entry] of Object.entries(config?.config.rules ?? {})) {
    const { level, options: ruleOptions } = levelOf(entry);
    if (level === 'off') {
      if (!flags.only?.has(id)) disabled.add(id);
    } else severity.set(id, level as Severity);
    if (ruleOptions) options.set(id, ruleOptions);
  }
  return {
    ...(flags.only ? { only: flags.only } : {}),
    ...(disabled.size > 0 ? { disabled } : {}),
    ...(severity.size > 0 ? { severity } : {}),
    ...(options.size > 0 ? { options } : {}),
  };
}

/** Whether a file is linted under the config's `ignore` and `include` globs (relative to the config's directory). */
export function configFileFilter(config: LoadedConfig | undefined): ((absolutePath: string) => boolean) | undefined {
  const ignore = (config?.config.ignore ?? []).map(globToRegExp);
  const include = (config?.config.include ?? []).map(globToRegExp);
  if (!config || (ignore.length === 0 && include.length === 0)) return undefined;
  return (absolutePath) => {
    const rel = relative(config.directory, absolutePath).split(sep).join('/');
    if (matchesAnyGlob(rel, ignore)) return false;
    return include.length === 0 || matchesAnyGlob(rel, include);
  };
}

export function configSuppressions(config: LoadedConfig | undefined): ConfigSuppression[] {
  if (!config) return [];
  return (config.config.suppressions ?? []).map((s, i) => ({
    ruleId: s.rule,
    resource: s.resource,
    reason: s.reason,
    document: config.document,
    path: [...config.basePath, 'suppressions', i],
  }));
}

/** `workloads` as job definition -> queue pairings (the cost advisor reads the rest of each workload from the config). */
export function configPairings(config: LoadedConfig | undefined): Pairing[] {
  if (!config) return [];
  return (config.config.workloads ?? []).map((w, i) => ({
    jobDefinition: w.jobDefinition,
    jobQueue: w.jobQueue,
    ...(w.arraySize !== undefined ? { arraySize: w.arraySize } : {}),
    origin: 'config' as const,
    source: { document: config.document, path: [...config.basePath, 'workloads', i] },
  }));
}
