// Where batchlint keeps what it caches between runs (live prices, compiled code): one folder per kind
// in $XDG_CACHE_HOME/batchlint, else ~/.cache/batchlint, on every platform (the XDG Base Directory
// spec: a relative XDG_CACHE_HOME is invalid and ignored).
import { isAbsolute, join } from 'node:path';

export function batchlintCacheDir(env: NodeJS.ProcessEnv, home: string): string {
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(home, '.cache'), 'batchlint');
}
