// The bundle's main module is compiled with a V8 code cache kept between runs (src/cli/code-cache.ts):
// where it lives, that it is made by a lint run and used by the next, refused when it is not the
// user's own or not V8's, and that a run is the same with it, without it, or where none can be written.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canKeepCodeCache, codeCacheDir, codeCacheFileName, writeCodeCache } from '../dist/src/cli/code-cache.js';
import { pricingCacheDir } from '../dist/src/pricing/live/pricing-cache.js';
import { ROOT, spawnCli } from './helpers/cli.js';

const TEMPLATE = 'fixtures/iac/cloudformation/batch-stack.yaml';
const CODE_CACHE = join(ROOT, 'dist/src/cli/code-cache.js');

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'batchlint-code-cache-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('where the cache lives', () => {
  it('is batchlint/code in the cache folder, BATCHLINT_CODE_CACHE when set, and nowhere when that says off', () => {
    expect(codeCacheDir({}, '/home/u')).toBe(join('/home/u/.cache/batchlint/code'));
    expect(codeCacheDir({ XDG_CACHE_HOME: '/xdg' }, '/home/u')).toBe(join('/xdg/batchlint/code'));
    expect(codeCacheDir({ XDG_CACHE_HOME: 'relative' }, '/home/u')).toBe(join('/home/u/.cache/batchlint/code')); // the XDG spec ignores relative paths
    expect(codeCacheDir({ XDG_CACHE_HOME: '/xdg' }, '')).toBe(join('/xdg/batchlint/code'));
    expect(codeCacheDir({}, '')).toBeUndefined(); // no home, no XDG_CACHE_HOME: no cache
    expect(codeCacheDir({ BATCHLINT_CODE_CACHE: '/tmp/x' }, '/home/u')).toBe(resolve('/tmp/x'));
    for (const off of ['off', 'OFF', '0', 'false', 'no', 'none', ' off ']) expect(codeCacheDir({ BATCHLINT_CODE_CACHE: off }, '/home/u')).toBeUndefined();
    // The live prices' cache is a sibling: one folder for batchlint.
    expect(pricingCacheDir({ HOME: '/home/u' })).toBe(join(dirname(codeCacheDir({}, '/home/u')!), 'pricing'));
  });

  it('names the bundle, the Node version, the architecture and the V8 options', () => {
    const name = codeCacheFileName('abc', [], '');
    expect(name).toMatch(new RegExp(`^abc-f2-${process.version.replace(/\\./g, '\\.')}-${process.arch}-[0-9a-f]{8}\\.v8cache$`));
    expect(codeCacheFileName('abc', ['--max-old-space-size=300'], '')).not.toBe(name);
    expect(codeCacheFileName('abc', [], '--no-opt')).not.toBe(name);
    expect(codeCacheFileName('abd', [], '')).not.toBe(name);
  });
});

/** Loads a small CommonJS file through loadWithCodeCache in a fresh process (the cache is written at its exit). */
function load(file: string, cacheDir: string, keep = true, home = ''): { cache: string; value: unknown } {
  const loader = join(work, 'load.mjs');
  writeFileSync(loader, `import { loadWithCodeCache } from ${JSON.stringify(pathToFileURL(CODE_CACHE).href)};
const [file, dir, keep, home] = process.argv.slice(2);
const { exports, cache } = loadWithCodeCache(file, 'test', keep === 'true', dir === '' ? { HOME: home } : { BATCHLINT_CODE_CACHE: dir }, home);
console.log(JSON.stringify({ cache, value: exports.answer(20) }));
`);
  // No options and no NODE_OPTIONS: the cache's name is then codeCacheFileName('test', [], '').
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const run = spawnSync(process.execPath, [loader, file, cacheDir, String(keep), home], { encoding: 'utf8', env, cwd: work });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { cache: string; value: unknown };
}

const NAME = codeCacheFileName('test', [], '');
const identity = (file: string) => {
  const stat = statSync(file);
  return { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino };
};

describe('loadWithCodeCache', () => {
  it('makes the cache at exit, uses it next time, and makes it again after V8 refused it', () => {
    const file = join(work, 'answer.cjs');
    writeFileSync(file, "const helper = require('node:path').basename; exports.answer = (n) => n * 2 + 2 + helper('/x').length - 1;\n");
    const dir = join(work, 'cache-a');
    expect(load(file, dir)).toEqual({ cache: 'none', value: 42 });
    const cacheFile = join(dir, NAME);
    expect(existsSync(cacheFile)).toBe(true);
    if (process.platform !== 'win32') {
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(statSync(cacheFile).mode & 0o777).toBe(0o600);
    }
    expect(load(file, dir)).toEqual({ cache: 'accepted', value: 42 });
    // A whole, well-formed file whose payload V8 refuses (not its magic number): refused, then made again.
    expect(writeCodeCache(dir, cacheFile, Buffer.from('not a V8 code cache'), identity(file))).toBe(true);
    expect(load(file, dir)).toEqual({ cache: 'rejected', value: 42 });
    expect(load(file, dir)).toEqual({ cache: 'accepted', value: 42 });
    expect(readdirSync(dir)).toEqual([NAME]); // no temporary file left
  });

  it('refuses a damaged payload (V8\'s checksum) and a cache of another source (the header), and makes them again', () => {
    const file = join(work, 'answer3.cjs');
    writeFileSync(file, 'exports.answer = (n) => n + 22; // aaaa\n');
    const dir = join(work, 'cache-d');
    load(file, dir);
    const cacheFile = join(dir, NAME);
    const good = readFileSync(cacheFile);
    expect(load(file, dir).cache).toBe('accepted');
    // A torn write (the second half zeros) or one byte flipped on disk: without V8's checksum, V8
    // crashes on such a payload rather than refusing it; with it, refused, and made again.
    const torn = Buffer.from(good);
    torn.fill(0, torn.length >> 1);
    writeFileSync(cacheFile, torn);
    expect(load(file, dir)).toEqual({ cache: 'rejected', value: 42 });
    expect(load(file, dir).cache).toBe('accepted');
    const flipped = readFileSync(cacheFile);
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 9) ^ 0xff, flipped.length - 9);
    writeFileSync(cacheFile, flipped);
    expect(load(file, dir)).toEqual({ cache: 'rejected', value: 42 });
    // The source edited to the same length (V8 checks only the length): the old code must not run.
    expect(load(file, dir).cache).toBe('accepted');
    writeFileSync(file, 'exports.answer = (n) => n + 22; // bbbb\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(load(file, dir)).toEqual({ cache: 'none', value: 42 });
    expect(load(file, dir).cache).toBe('accepted');
    // Truncated, or a header only.
    writeFileSync(cacheFile, readFileSync(cacheFile).subarray(0, 100));
    expect(load(file, dir).cache).toBe('none');
  });

  it('makes none without keep, and reads none from a folder others may write, a link or a file of two names', () => {
    const file = join(work, 'answer2.cjs');
    writeFileSync(file, 'exports.answer = (n) => n + 22;\n');
    const dir = join(work, 'cache-b');
    expect(load(file, dir, false)).toEqual({ cache: 'none', value: 42 });
    expect(existsSync(dir)).toBe(false);
    expect(load(file, dir)).toEqual({ cache: 'none', value: 42 });
    expect(load(file, dir)).toEqual({ cache: 'accepted', value: 42 });
    if (process.platform === 'win32') return;
    const cacheFile = join(dir, NAME);
    chmodSync(dir, 0o777);
    const before = statSync(cacheFile).mtimeMs;
    expect(load(file, dir)).toEqual({ cache: 'none', value: 42 });
    expect(statSync(cacheFile).mtimeMs).toBe(before); // and writes none there either
    chmodSync(dir, 0o700);
    chmodSync(cacheFile, 0o666);
    expect(load(file, dir, false)).toEqual({ cache: 'none', value: 42 });
    chmodSync(cacheFile, 0o600);
    expect(load(file, dir, false).cache).toBe('accepted');
    // The cache file a link to a good cache, or with a second name: not read.
    const elsewhere = join(work, 'elsewhere');
    mkdirSync(elsewhere, { mode: 0o700 });
    renameSync(cacheFile, join(elsewhere, NAME));
    symlinkSync(join(elsewhere, NAME), cacheFile);
    expect(load(file, dir, false).cache).toBe('none');
    unlinkSync(cacheFile);
    linkSync(join(elsewhere, NAME), cacheFile);
    expect(load(file, dir, false).cache).toBe('none');
    // The folder a link to a folder holding a good cache: not read.
    const linked = join(work, 'cache-link');
    symlinkSync(elsewhere, linked);
    expect(load(file, linked, false).cache).toBe('none');
  });

  it('keeps none under a relative HOME, and none in a folder it would have to make in a home not its own', () => {
    const file = join(work, 'answer4.cjs');
    writeFileSync(file, 'exports.answer = (n) => n + 22;\n');
    expect(codeCacheDir({ HOME: 'relative' }, 'relative')).toBeUndefined();
    expect(load(file, '', true, 'relative-home')).toEqual({ cache: 'off', value: 42 });
    expect(existsSync(join(work, 'relative-home'))).toBe(false);
    if (process.platform === 'win32' || process.getuid?.() !== 0) return;
    // Run as root (as `sudo batchlint` with the user's HOME): a home owned by another user gets no root-owned folder.
    const home = join(work, 'someone');
    mkdirSync(home);
    chownSync(home, 12345, 12345);
    expect(canKeepCodeCache(join(home, '.cache', 'batchlint', 'code'))).toBe(false);
    expect(load(file, '', true, home).cache).toBe('none');
    expect(readdirSync(home)).toEqual([]);
  });

  it('removes caches of other builds not written for 30 days and temporary files older than an hour, and keeps newer ones', () => {
    const dir = join(work, 'cache-c');
    mkdirSync(dir, { mode: 0o700 });
    const names = ['old-v20.0.0-x64-0.v8cache', 'recent-v20.0.0-x64-0.v8cache', 'notes.txt', 'a.v8cache.123.tmp', 'b.v8cache.456.tmp'];
    for (const f of names) writeFileSync(join(dir, f), 'x');
    const now = Date.now();
    const ago = (ms: number) => new Date(now - ms);
    utimesSync(join(dir, names[0]!), ago(31 * 86_400_000), ago(31 * 86_400_000));
    utimesSync(join(dir, 'notes.txt'), ago(90 * 86_400_000), ago(90 * 86_400_000));
    utimesSync(join(dir, 'a.v8cache.123.tmp'), ago(2 * 3_600_000), ago(2 * 3_600_000));
    expect(writeCodeCache(dir, join(dir, 'new.v8cache'), Buffer.from('data'), { size: 1, mtimeMs: 1, ino: 1 }, now)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['b.v8cache.456.tmp', 'new.v8cache', 'notes.txt', 'recent-v20.0.0-x64-0.v8cache']);
  });

  it('reports false, and throws nothing, where the folder cannot be made', () => {
    const blocker = join(work, 'a-file');
    writeFileSync(blocker, 'x');
    expect(writeCodeCache(join(blocker, 'sub'), join(blocker, 'sub', 'c.v8cache'), Buffer.from('data'), { size: 1, mtimeMs: 1, ino: 1 })).toBe(false);
  });
});

describe('the bundled CLI', () => {
  it('keeps the cache after lint, uses it, and reports the same with it, without it and where none can be written', () => {
    const dir = join(work, 'cli-cache');
    const lint = (cache: string) => spawnCli(['lint', TEMPLATE, '-f', 'json', '--fail-on', 'none'], { env: { BATCHLINT_CODE_CACHE: cache } });
    const off = lint('off');
    expect(off.code, off.stderr).toBe(0);
    expect(JSON.parse(off.stdout).findings.length).toBeGreaterThan(0);
    expect(spawnCli(['rules'], { env: { BATCHLINT_CODE_CACHE: dir } }).code).toBe(0);
    expect(existsSync(dir)).toBe(false); // only lint keeps one
    const first = lint(dir);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^[0-9a-f]{20}-f2-${process.version.replace(/\./g, '\\.')}-${process.arch}-[0-9a-f]{8}\\.v8cache$`));
    const written = statSync(join(dir, files[0]!)).mtimeMs;
    const second = lint(dir);
    expect(statSync(join(dir, files[0]!)).mtimeMs).toBe(written); // accepted: not made again
    const blocked = join(work, 'blocked');
    writeFileSync(blocked, 'a file where the folder would be');
    const unwritable = lint(join(blocked, 'cache'));
    for (const run of [first, second, unwritable]) {
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(off.stdout);
    }
  });

  it('prints the version without the main module, as the main module does', () => {
    const plain = spawnCli(['--version'], { env: { BATCHLINT_CODE_CACHE: 'off' } });
    expect(plain.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
    expect(spawnCli(['-V']).stdout).toBe(plain.stdout);
    expect(spawnCli(['--debug', '--version']).stdout).toBe(plain.stdout); // commander's answer
  });
});
