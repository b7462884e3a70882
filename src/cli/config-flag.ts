import { ConfigError, resolveConfig, type LoadedConfig } from '../config/load-config.js';
import { CATALOG } from '../../rules/index.js';
import type { Io } from './io.js';
import { UsageError } from './usage-error.js';

/**
 * The config for a command's `--config FILE` / `--no-config` (false) / discovery (undefined). An
 * invalid config is a usage error (exit 2) with the file, line and column in the message.
 */
export async function configFromFlag(config: string | false | undefined, io: Io): Promise<LoadedConfig | undefined> {
  if (config === false) return undefined;
  try {
    return await resolveConfig(io.cwd, CATALOG, config);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.lines);
    throw error;
  }
}
