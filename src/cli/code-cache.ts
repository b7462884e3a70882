// The bundle's main module is CommonJS, compiled through vm.Script so that V8 can keep its compiled
// code between runs (a code cache): Node 20 has no code cache for ES modules (module.enableCompileCache
// arrives in Node 22), and a run of batchlint on one template spends about as long compiling its code
// (the module's source, then each function on its first call) as it does linting. The cache is made
// at the end of a `lint` run, so it holds every function that run compiled, not only the top level
// (what a cache made at load time would hold), and is read by every later run of any command.
//
// A code cache is code, and V8 trusts it: by default it checks the V8 version, the flags and the
// source's length, nothing else (a damaged payload crashes V8; a same-length edit of the source runs
// stale code). So
// - V8's own checksum of code caches is turned on (`--verify-snapshot-checksum`, set before the module
//   is compiled: V8 then writes a checksum into the caches it makes and refuses a cache whose payload
//   does not match it, natively, in well under a millisecond for 1 MB);
// - the cache is read only from a folder and a file that belong to the user running batchlint and that
//   nobody else may write, the file opened without following a link and checked on the open descriptor;
// - and only for the source it was made from: its name holds the bundle's content hash, Node's version,
//   the architecture and the V8 options of the process; its header the source file's size, mtime and
//   inode.
// BATCHLINT_CODE_CACHE=off turns it off; BATCHLINT_CODE_CACHE=<dir> puts it in <dir>.
import { closeSync, constants, fstatSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { batchlintCacheDir } from '../cache-dir.js';

/** Where the cache lives: batchlint's cache folder (src/cache-dir.ts), or BATCHLINT_CODE_CACHE; undefined when off. */
export function codeCacheDir(env: NodeJS.ProcessEnv, home: string): string | undefined {
  const setting = env.BATCHLINT_CODE_CACHE?.trim();
  if (setting !== undefined && /^(0|off|false|no|none)$/i.test(setting)) return undefined;
  if (setting) return resolve(setting);
  // A relative HOME would put the cache in whatever folder batchlint runs in.
  return isAbsolute(home) || (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) ? join(batchlintCacheDir(env, isAbsolute(home) ? home : ''), 'code') : undefined;
}

/** A short hash of a text (FNV-1a, 32 bits), for names. */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The cache file's format (its header): in its name, so that two builds of one main module whose loaders write different formats do not remake each other's cache. */
const FORMAT = 'f2';

/**
 * The cache file of one bundle (its content hash) on this Node, architecture and V8 options: V8 refuses
 * a cache made under other flags, and runs with and without an option would otherwise remake each
 * other's cache every time.
 */
export function codeCacheFileName(bundleHash: string, execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): string {
  return `${bundleHash}-${FORMAT}-${process.version}-${process.arch}-${fnv(`${execArgv.join('\0')}\0${nodeOptions}`)}.v8cache`;
}

const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;

/** The user's own, and nobody else may write it (Windows has no owner bits: always true there). */
function ownOnly(stat: Stats): boolean {
  return uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0);
}

/** A real folder (not a link) of the user's own that nobody else may write. */
function trustedDir(dir: string): boolean {
  try {
    const stat = lstatSync(dir);
    return stat.isDirectory() && ownOnly(stat);
  } catch {
    return false;
  }
}

// The cache file: a header, then V8's bytes.
const MAGIC = 0x32434c42; // "BLC2"
const HEADER_BYTES = 32; // magic, payload length (u32 each), source size, mtime, inode (f64 each)

interface SourceIdentity {
  size: number;
  mtimeMs: number;
  ino: number;
}

function header(payload: Uint8Array, source: SourceIdentity): Buffer {
  const head = Buffer.alloc(HEADER_BYTES);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(payload.byteLength, 4);
  head.writeDoubleLE(source.size, 8);
  head.writeDoubleLE(source.mtimeMs, 16);
  head.writeDoubleLE(source.ino, 24);
  return head;
}

/**
 * V8's bytes from the cache file, when the folder and the file are the user's own (the file opened
 * without following a link, one link only, checked on its descriptor), the header is whole and the
 * source identity matches; undefined otherwise or when there is none. (V8 checks the payload.)
 */
export function readCodeCache(dir: string, file: string, source: SourceIdentity): Buffer | undefined {
  if (!trustedDir(dir)) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile() || !ownOnly(stat) || (uid !== undefined && stat.nlink !== 1) || stat.size < HEADER_BYTES) return undefined;
    const bytes = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) return undefined;
      read += n;
    }
    const payload = bytes.subarray(HEADER_BYTES);
    if (bytes.readUInt32LE(0) !== MAGIC || bytes.readUInt32LE(4) !== payload.byteLength) return undefined;
    if (bytes.readDoubleLE(8) !== source.size || bytes.readDoubleLE(16) !== source.mtimeMs || bytes.readDoubleLE(24) !== source.ino) return undefined;
    return payload;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Whether a cache can be kept in `dir`: it is a folder of the user's own, or the nearest folder above
 * it that exists is (so that `sudo batchlint` with the user's HOME makes no root-owned folder there).
 */
export function canKeepCodeCache(dir: string): boolean {
  if (uid === undefined) return true;
  for (let at = dir; ; at = dirname(at)) {
    try {
      const stat = statSync(at);
      return at === dir ? trustedDir(at) : stat.isDirectory() && stat.uid === uid;
    } catch {
      if (dirname(at) === at) return false;
    }
  }
}

const STALE_MS = 30 * 24 * 3600 * 1000;
const ABANDONED_MS = 3600 * 1000;

/**
 * Writes the cache under a temporary name, flushes it to disk and renames it into place (runs in
 * parallel never read half a file, a power cut leaves no torn one), then removes other builds' caches
 * not written for 30 days (each release, Node version and set of options has its own) and temporary
 * files older than an hour (a run killed while writing). A cache that cannot be written is no cache:
 * nothing is reported.
 */
export function writeCodeCache(dir: string, file: string, data: Uint8Array, source: SourceIdentity, now = Date.now()): boolean {
  try {
    if (!canKeepCodeCache(dir)) return false;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!trustedDir(dir)) return false;
    const temporary = `${file}.${process.pid}.tmp`;
    const fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
    try {
      for (const part of [header(data, source), data]) {
        for (let written = 0; written < part.byteLength; ) written += writeSync(fd, part, written, part.byteLength - written);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
    for (const name of readdirSync(dir)) {
      const other = join(dir, name);
      if (other === file) continue;
      const age = now - statSync(other).mtimeMs;
      if ((/\.v8cache$/.test(name) && age > STALE_MS) || (/\.v8cache\.\d+\.tmp$/.test(name) && age > ABANDONED_MS)) unlinkSync(other);
    }
    return true;
  } catch {
    return false;
  }
}

export interface LoadedModule {
  exports: Record<string, unknown>;
  /** What became of the cache: used, refused by V8 (another V8 or other flags: remade), none there or none usable, or off. */
  cache: 'accepted' | 'rejected' | 'none' | 'off';
}

/**
 * Runs a CommonJS file as Node's loader would (its own `require`, `module`, `__filename`), compiled with
 * the cache of `bundleHash` when there is a usable one. With `keep`, a missing or refused cache is made
 * when the process exits, from everything the run compiled (when the folder can hold one: making the
 * cache costs ~15 ms, not spent for nothing).
 */
export function loadWithCodeCache(file: string, bundleHash: string, keep: boolean, env: NodeJS.ProcessEnv = process.env, home = homeDir(env)): LoadedModule {
  const dir = codeCacheDir(env, home);
  // On while a cache is read and while one is made (see the header comment), and only then: it joins
  // the flags V8 hashes into each cache (so only caches made this way are accepted), and left on it
  // makes every worker thread (the HCL parser's) verify Node's whole startup snapshot, ~25 ms each.
  const checksums = (on: boolean): void => {
    if (dir !== undefined) setFlagsFromString(on ? '--verify-snapshot-checksum' : '--no-verify-snapshot-checksum');
  };
  checksums(true);
  const cacheName = codeCacheFileName(bundleHash, process.execArgv, env.NODE_OPTIONS ?? '');
  const fd = openSync(file, 'r');
  let text: string;
  let source: SourceIdentity;
  try {
    const stat = fstatSync(fd);
    source = { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino };
    text = readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
  const cachedData = dir === undefined ? undefined : readCodeCache(dir, join(dir, cacheName), source);
  // The wrapper of Node's CommonJS loader, on one line with the source's first, so positions in stack traces stay right.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${text}\n})`, { filename: file, cachedData });
  checksums(false);
  const cache: LoadedModule['cache'] = dir === undefined ? 'off' : cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
  if (keep && dir !== undefined && cache !== 'accepted' && canKeepCodeCache(dir)) {
    process.once('exit', () => {
      checksums(true);
      writeCodeCache(dir, join(dir, cacheName), script.createCachedData(), source);
    });
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
