import { relative, sep } from 'node:path';
import { configFileFilter } from '../config/config-settings.js';
import { globToRegExp, matchesAnyGlob } from '../config/glob-match.js';
import type { LoadedConfig } from '../config/load-config.js';

/**
 * Which files a lint run reads: the config's `ignore` / `include` (relative to the config file), and
 * --ignore-pattern on top (relative to the working directory, as ESLint reads it; same glob dialect).
 */
export function fileFilterOf(config: LoadedConfig | undefined, ignorePatterns: readonly string[], cwd: string): ((absolutePath: string) => boolean) | undefined {
  const fromConfig = configFileFilter(config);
  const patterns = ignorePatterns.filter((p) => p.trim() !== '').map(globToRegExp);
  if (patterns.length === 0) return fromConfig;
  return (absolutePath) => {
    const rel = relative(cwd, absolutePath).split(sep).join('/');
    if (!rel.startsWith('../') && matchesAnyGlob(rel, patterns)) return false;
    return fromConfig ? fromConfig(absolutePath) : true;
  };
}
