/**
 * Bounds that keep one hostile file from taking the run down. They are documented in the README
 * ("Limits") and can be changed with the environment variables named here.
 */
function fromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined ? NaN : Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const MiB = 1024 * 1024;

export const limits = {
  /**
   * Larger files are reported and skipped (BATCHLINT_MAX_FILE_BYTES). Describe outputs of large
   * accounts and plans of large stacks reach hundreds of MB; V8 cannot hold a string much over
   * 512 MiB, and parsing one that size needs several GB of heap.
   */
  maxFileBytes: fromEnv('BATCHLINT_MAX_FILE_BYTES', 384 * MiB),
  /**
   * A JSON file larger than this is read in chunks and only the parts the loaders use are built
   * (BATCHLINT_STREAM_JSON_BYTES): holding the text, JSON.parse's tree and the positions of a
   * 256 MB plan took 2 GB.
   */
  streamJsonBytes: fromEnv('BATCHLINT_STREAM_JSON_BYTES', 16 * MiB),
  /** A `.tf` file larger than this is reported and skipped: HCL parsing costs far more per byte (BATCHLINT_MAX_TF_BYTES). */
  maxTerraformSourceBytes: fromEnv('BATCHLINT_MAX_TF_BYTES', 8 * MiB),
  /** Config files (`--config`, `.batchlint.yaml`, package.json) larger than this are refused. */
  maxConfigBytes: fromEnv('BATCHLINT_MAX_CONFIG_BYTES', 1 * MiB),
  /** Baseline files larger than this are refused (BATCHLINT_MAX_BASELINE_BYTES). */
  maxBaselineBytes: fromEnv('BATCHLINT_MAX_BASELINE_BYTES', 64 * MiB),
  /** Deeper JSON/YAML nesting is reported and the file skipped (BATCHLINT_MAX_DEPTH). */
  maxNestingDepth: fromEnv('BATCHLINT_MAX_DEPTH', 256),
  /** YAML aliases resolved per document before it is treated as an alias bomb (BATCHLINT_MAX_ALIASES). */
  maxAliasCount: fromEnv('BATCHLINT_MAX_ALIASES', 1000),
  /** Time the HCL parser may spend on one `.tf` file before it is stopped (BATCHLINT_TF_TIMEOUT_MS). */
  terraformParseTimeoutMs: fromEnv('BATCHLINT_TF_TIMEOUT_MS', 60_000),
  /** JavaScript heap of the HCL parser's worker thread, in MiB (BATCHLINT_TF_MEMORY_MB). */
  terraformParserHeapMb: fromEnv('BATCHLINT_TF_MEMORY_MB', 512),
};
