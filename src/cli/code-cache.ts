// The bundle's main module is CommonJS, compiled through vm.Script so that V8 can keep its compiled
// code between runs (a code cache): Node 20 has no code cache for ES modules (module.enableCompileCache
// arrives in Node 22), and a run of batchlint on one template spends about as long compiling its code
// (the module's source, then each function on its first call) as it does linting. The cache is made
// at the end of a `lint` run, so it holds every function that run compiled, not only the top level
// (what a cache made at load time would hold), and is read by every later run of any command.
//
// A code cache is code: it is read only from a directory and a file that belong to the user running
// batchlint and that nobody else may write, and only for the bundle and the Node it was made by (its
// name holds the bundle's content hash, Node's version and the architecture; V8 itself also rejects a
// cache of another V8 version or other flags, and then the module is compiled from its source).
// BATCHLINT_CODE_CACHE=off turns it off; BATCHLINT_CODE_CACHE=<dir> puts it in <dir>.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { Script } from 'node:vm';
import { batchlintCacheDir } from '../cache-dir.js';

/** Where the cache lives: batchlint's cache folder (src/cache-dir.ts), or BATCHLINT_CODE_CACHE; undefined when off. */
export function codeCacheDir(env: NodeJS.ProcessEnv, home: string): string | undefined {
  const setting = env.BATCHLINT_CODE_CACHE?.trim();
  if (setting !== undefined && /^(0|off|false|no|none)$/i.test(setting)) return undefined;
  if (setting) return resolve(setting);
  return home || (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) ? join(batchlintCacheDir(env, home), 'code') : undefined;
}

/** The cache file of one bundle (its content hash) on this Node and architecture. */
export function codeCacheFileName(bundleHash: string): string {
  return `${bundleHash}-${process.version}-${process.arch}.v8cache`;
}

/** True when the path belongs to this user and neither its group nor others may write it (always true on Windows: no owner bits). */
function ownedByUser(path: string): boolean {
  if (typeof process.getuid !== 'function') return true;
  const stat = statSync(path);
  return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
}

/** The cache's bytes, when the folder and the file are the user's own; undefined otherwise or when there is none. */
export function readCodeCache(dir: string, file: string): Buffer | undefined {
  try {
    if (!ownedByUser(dir) || !ownedByUser(file)) return undefined;
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

const STALE_MS = 30 * 24 * 3600 * 1000;

/**
 * Writes the cache beside a temporary name and renames it into place (runs in parallel never read half a
 * file), and removes other bundles' caches not written for 30 days (every release and Node version has
 * its own). A cache that cannot be written is no cache: nothing is reported.
 */
export function writeCodeCache(dir: string, file: string, data: Buffer, now = Date.now()): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!ownedByUser(dir)) return false;
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, data, { mode: 0o600 });
    renameSync(temporary, file);
    for (const name of readdirSync(dir)) {
      const other = join(dir, name);
      if (other === file || !/\.v8cache$/.test(name)) continue;
      if (now - statSync(other).mtimeMs > STALE_MS) unlinkSync(other);
    }
    return true;
  } catch {
    return false;
  }
}

export interface LoadedModule {
  exports: Record<string, unknown>;
  /** What became of the cache: used, refused by V8 (another V8 or other flags: remade), or none there. */
  cache: 'accepted' | 'rejected' | 'none' | 'off';
}

/**
 * Runs a CommonJS file as Node's loader would (its own `require`, `module`, `__filename`), compiled with
 * the cache of `bundleHash` when there is a usable one. With `keep`, a missing or refused cache is made
 * when the process exits, from everything the run compiled.
 */
export function loadWithCodeCache(file: string, bundleHash: string, keep: boolean, env: NodeJS.ProcessEnv = process.env, home = homeDir(env)): LoadedModule {
  const dir = codeCacheDir(env, home);
  const cacheFile = dir === undefined ? undefined : join(dir, codeCacheFileName(bundleHash));
  const cachedData = dir === undefined || cacheFile === undefined ? undefined : readCodeCache(dir, cacheFile);
  // The wrapper of Node's CommonJS loader, on one line with the source's first, so positions in stack traces stay right.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${readFileSync(file, 'utf8')}\n})`, { filename: file, cachedData });
  const cache: LoadedModule['cache'] = dir === undefined ? 'off' : cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
  if (keep && dir !== undefined && cacheFile !== undefined && cache !== 'accepted') {
    process.once('exit', () => void writeCodeCache(dir, cacheFile, script.createCachedData()));
  }
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, cache };
}

function homeDir(env: NodeJS.ProcessEnv): string {
  try {
    return env.HOME || homedir();
  } catch {
    return ''; // no home (a user without a passwd entry): no cache
  }
}
