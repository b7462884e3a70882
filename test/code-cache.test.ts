// The bundle's main module is compiled with a V8 code cache kept between runs (src/cli/code-cache.ts):
// where it lives, that it is made by a lint run and used by the next, refused when it is not the
// user's own or not V8's, and that a run is the same with it, without it, or where none can be written.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeCacheDir, codeCacheFileName, writeCodeCache } from '../dist/src/cli/code-cache.js';
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

  it('names the bundle, the Node version and the architecture', () => {
    expect(codeCacheFileName('abc')).toBe(`abc-${process.version}-${process.arch}.v8cache`);
  });
});

/** Loads a small CommonJS file through loadWithCodeCache in a fresh process (the cache is written at its exit). */
function load(file: string, cacheDir: string, keep = true): { cache: string; value: unknown } {
  const script = `import { loadWithCodeCache } from ${JSON.stringify(CODE_CACHE)};
const { exports, cache } = loadWithCodeCache(${JSON.stringify(file)}, 'test', ${keep}, { BATCHLINT_CODE_CACHE: ${JSON.stringify(cacheDir)} });
console.log(JSON.stringify({ cache, value: exports.answer(20) }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { cache: string; value: unknown };
}

describe('loadWithCodeCache', () => {
  it('makes the cache at exit, uses it next time, and makes it again after V8 refused it', () => {
    const file = join(work, 'answer.cjs');
    writeFileSync(file, "const helper = require('node:path').basename; exports.answer = (n) => n * 2 + 2 + helper('/x').length - 1;\n");
    const dir = join(work, 'cache-a');
    expect(load(file, dir)).toEqual({ cache: 'none', value: 42 });
    const cacheFile = join(dir, codeCacheFileName('test'));
    expect(existsSync(cacheFile)).toBe(true);
    if (process.platform !== 'win32') {
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(statSync(cacheFile).mode & 0o777).toBe(0o600);
    }
    expect(load(file, dir)).toEqual({ cache: 'accepted', value: 42 });
    writeFileSync(cacheFile, Buffer.from('not a V8 code cache'), { mode: 0o600 });
    expect(load(file, dir)).toEqual({ cache: 'rejected', value: 42 });
    expect(load(file, dir)).toEqual({ cache: 'accepted', value: 42 });
    expect(readdirSync(dir)).toEqual([codeCacheFileName('test')]); // no temporary file left
  });

  it('makes none without keep, and reads none from a folder others may write', () => {
    const file = join(work, 'answer2.cjs');
    writeFileSync(file, 'exports.answer = (n) => n + 22;\n');
    const dir = join(work, 'cache-b');
    expect(load(file, dir, false)).toEqual({ cache: 'none', value: 42 });
    expect(existsSync(dir)).toBe(false);
    expect(load(file, dir)).toEqual({ cache: 'none', value: 42 });
    expect(load(file, dir)).toEqual({ cache: 'accepted', value: 42 });
    if (process.platform === 'win32') return;
    chmodSync(dir, 0o777);
    expect(load(file, dir)).toEqual({ cache: 'none', value: 42 }); // and writes none there either
    chmodSync(dir, 0o700);
    chmodSync(join(dir, codeCacheFileName('test')), 0o666);
    expect(load(file, dir, false)).toEqual({ cache: 'none', value: 42 });
  });

  it('removes caches of other bundles not written for 30 days, and keeps newer ones', () => {
    const dir = join(work, 'cache-c');
    mkdirSync(dir, { mode: 0o700 });
    const old = join(dir, 'old-v20.0.0-x64.v8cache');
    const recent = join(dir, 'recent-v20.0.0-x64.v8cache');
    const other = join(dir, 'notes.txt');
    for (const f of [old, recent, other]) writeFileSync(f, 'x');
    const now = Date.now();
    const days = (n: number) => new Date(now - n * 24 * 3600 * 1000);
    utimesSync(old, days(31), days(31));
    utimesSync(other, days(90), days(90));
    expect(writeCodeCache(dir, join(dir, 'new.v8cache'), Buffer.from('data'), now)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['new.v8cache', 'notes.txt', 'recent-v20.0.0-x64.v8cache']);
  });

  it('reports false, and throws nothing, where the folder cannot be made', () => {
    const blocker = join(work, 'a-file');
    writeFileSync(blocker, 'x');
    expect(writeCodeCache(join(blocker, 'sub'), join(blocker, 'sub', 'c.v8cache'), Buffer.from('data'))).toBe(false);
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
    expect(files[0]).toMatch(new RegExp(`^[0-9a-f]{20}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.v8cache$`));
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
