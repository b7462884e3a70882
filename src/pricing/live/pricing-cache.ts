// On-disk cache of live price look-ups, so repeated `cost --live-pricing` runs do not ask AWS again.
// Location: $XDG_CACHE_HOME/batchlint/pricing, else ~/.cache/batchlint/pricing (src/cache-dir.ts). Entries expire after the TTL (default 24 hours, prices change rarely);
// --refresh-pricing ignores them. A damaged or unreadable entry is a miss, never an error.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { batchlintCacheDir } from '../../cache-dir.js';

export const DEFAULT_PRICING_TTL_SECONDS = 24 * 60 * 60;

export interface PricingCacheOptions {
  env: NodeJS.ProcessEnv;
  ttlSeconds?: number;
  /** Ignore what is cached (still writes fresh entries). */
  refresh?: boolean;
  now?: () => number;
}

export function pricingCacheDir(env: NodeJS.ProcessEnv): string {
  return join(batchlintCacheDir(env, env.HOME || homedir()), 'pricing');
}

export class PricingCache {
  readonly dir: string;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(private readonly options: PricingCacheOptions) {
    this.dir = pricingCacheDir(options.env);
    this.ttlMs = (options.ttlSeconds ?? DEFAULT_PRICING_TTL_SECONDS) * 1000;
    this.now = options.now ?? Date.now;
  }

  private file(key: string): string {
    return join(this.dir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
  }

  get<T>(key: string): { value: T; fetchedAt: string } | undefined {
    if (this.options.refresh) return undefined;
    try {
      const entry = JSON.parse(readFileSync(this.file(key), 'utf8')) as { key: string; fetchedAt: string; value: T };
      if (entry.key !== key) return undefined;
      const age = this.now() - Date.parse(entry.fetchedAt);
      return Number.isFinite(age) && age >= 0 && age < this.ttlMs ? { value: entry.value, fetchedAt: entry.fetchedAt } : undefined;
    } catch {
      return undefined;
    }
  }

  set(key: string, value: unknown): string {
    const fetchedAt = new Date(this.now()).toISOString();
    try {
      mkdirSync(this.dir, { recursive: true });
      const target = this.file(key);
      const temp = `${target}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify({ key, fetchedAt, value }));
      renameSync(temp, target);
    } catch {
      // A read-only home or a full disk costs a cache miss next time, nothing more.
    }
    return fetchedAt;
  }
}
