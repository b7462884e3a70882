import { CATALOG_BY_ID as RULES_BY_ID } from '../../rules/index.js';
import type { RuleSettings } from '../engine/run-rules.js';
import { suggest } from '../schema/validate-resource.js';
import { UsageError } from './usage-error.js';

function checkIds(ids: readonly string[], flag: string): void {
  for (const id of ids) {
    if (RULES_BY_ID.has(id)) continue;
    const guess = suggest(id, [...RULES_BY_ID.keys()]);
    throw new UsageError(`${flag}: unknown rule "${id}"${guess ? `; did you mean "${guess}"?` : ''} (batchlint rules lists them)`);
  }
}

/** --rule / --disable into rule settings; unknown ids are usage errors. */
export function ruleSettingsFromFlags(only: readonly string[] | undefined, disabled: readonly string[] | undefined): RuleSettings {
  checkIds(only ?? [], '--rule');
  checkIds(disabled ?? [], '--disable');
  return {
    ...(only && only.length > 0 ? { only: new Set(only) } : {}),
    ...(disabled && disabled.length > 0 ? { disabled: new Set(disabled) } : {}),
  };
}
