// `batchlint lint --print-config FILE`: what applies to FILE once the config file, --rule, --disable
// and --ignore-pattern are combined, to debug "why is (not) this reported?".
import { resolve } from 'node:path';
import { mergeRuleSettings } from '../config/config-settings.js';
import { isRuleEnabled } from '../engine/run-rules.js';
import { displayPath } from '../loaders/discover-files.js';
import { RULES } from '../../rules/index.js';
import { configFromFlag } from './config-flag.js';
import { fileFilterOf } from './file-filter.js';
import type { Io } from './io.js';
import type { LintFlags } from './lint-command.js';
import { ruleSettingsFromFlags } from './rule-selection.js';

export async function printConfig(file: string, flags: LintFlags, io: Io): Promise<number> {
  const config = await configFromFlag(flags.config, io);
  const settings = mergeRuleSettings(config, ruleSettingsFromFlags(flags.rule, flags.disable));
  const filter = fileFilterOf(config, flags.ignorePattern ?? [], io.cwd);
  const rules = RULES.map((rule) => {
    if (!isRuleEnabled(rule.id, settings, rule.enabledByDefault !== false)) return [rule.id, 'off'] as const;
    const level = settings.severity?.get(rule.id);
    const options = { ...rule.defaultOptions, ...settings.options?.get(rule.id) };
    return [rule.id, {
      level: level ?? rule.severity,
      // A level set by the user applies to every message; otherwise some messages have their own.
      ...(level === undefined && rule.messageSeverity ? { messageLevels: rule.messageSeverity } : {}),
      ...(Object.keys(options).length > 0 ? { options } : {}),
    }] as const;
  });
  const effective = {
    file: displayPath(resolve(io.cwd, file), io.cwd),
    configFile: config?.file ?? null,
    linted: filter ? filter(resolve(io.cwd, file)) : true,
    failOn: flags.failOn,
    ...(flags.maxWarnings !== undefined ? { maxWarnings: flags.maxWarnings } : {}),
    rules: Object.fromEntries(rules),
    suppressions: config?.config.suppressions ?? [],
    workloads: config?.config.workloads ?? [],
  };
  io.stdout(`${JSON.stringify(effective, null, 2)}\n`);
  return 0;
}
