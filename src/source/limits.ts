/**
 * Bounds that keep one hostile file from taking the run down. They are documented in the README
 * ("Limits") and can be changed with the environment variables named here.
 */
function fromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined ? NaN : Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export const limits = {
  /** Larger files are reported and skipped (BATCHLINT_MAX_FILE_BYTES). */
  maxFileBytes: fromEnv('BATCHLINT_MAX_FILE_BYTES', 10 * 1024 * 1024),
  /** Deeper JSON/YAML nesting is reported and the file skipped (BATCHLINT_MAX_DEPTH). */
  maxNestingDepth: fromEnv('BATCHLINT_MAX_DEPTH', 256),
  /** YAML aliases resolved per document before it is treated as an alias bomb (BATCHLINT_MAX_ALIASES). */
  maxAliasCount: fromEnv('BATCHLINT_MAX_ALIASES', 1000),
};
