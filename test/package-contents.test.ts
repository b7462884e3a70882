// What `npm pack` ships (what pre-commit and `npm install -g` install): the bundled CLI runs from the
// unpacked tarball with no node_modules anywhere above it, on every input kind, and gives the same
// report as the working tree's; installing it asks nothing of the registry.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from './helpers/cli.js';

interface PackResult { filename: string; files: { path: string }[] }

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: object; optionalDependencies?: object; peerDependencies?: object; scripts: Record<string, string>; bin: Record<string, string> };
const INPUTS = ['fixtures/iac/terraform/root/main.tf', 'fixtures/iac/cloudformation/batch-stack.yaml', 'examples'];

describe('the packed package', () => {
  let work: string;
  let packed: Set<string>;
  let unpacked: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'batchlint-pack-'));
    const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_offline: 'true' }, timeout: 120_000 });
    expect(pack.status, pack.stderr).toBe(0);
    const [result] = JSON.parse(pack.stdout) as PackResult[];
    packed = new Set(result!.files.map((f) => f.path));
    unpacked = join(work, 'unpacked');
    mkdirSync(unpacked);
    expect(spawnSync('tar', ['-xzf', join(work, result!.filename), '-C', unpacked]).status).toBe(0);
  }, 180_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('has no dependencies and no script that npm runs when it installs or prepares a git dependency', () => {
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.optionalDependencies ?? {}).toEqual({});
    expect(manifest.peerDependencies ?? {}).toEqual({});
    // npm's git fetcher (pacote) installs every devDependency and runs `prepare` when one of these exists.
    for (const script of ['prepare', 'prepack', 'build', 'preinstall', 'install', 'postinstall']) expect(manifest.scripts).not.toHaveProperty(script);
  });

  it('ships the bin, every chunk it imports, the HCL parser and every package file the bundle reads', () => {
    expect(packed).toContain(manifest.bin.batchlint);
    const bundleFiles = [...packed].filter((p) => p.startsWith('bundle/') && /\.c?js$/.test(p));
    expect(bundleFiles).toContain('bundle/batchlint.js');
    expect(bundleFiles).toContain('bundle/action.js');
    expect(packed).toContain('bundle/main.wasm.gz');
    const shipped = (file: string, target: string) => expect(packed, `${file} loads ${target}`).toContain(posix.join(posix.dirname(file), target));
    let urls = 0;
    for (const file of bundleFiles) {
      const code = readFileSync(join(ROOT, file), 'utf8');
      for (const m of code.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) shipped(file, m[1]!);
      // The main module is CommonJS: import.meta.url is its own URL, __imu (scripts/build-bundle.mjs).
      for (const m of code.matchAll(/new URL\(["`](\.{1,2}\/[^"`]+)["`],\s*(?:import\.meta\.url|__imu)\)/g)) {
        urls++;
        // A template (`../../schemas/${name}.schema.json`): its folder is shipped and holds such files.
        const [head, tail] = m[1]!.split(/\$\{[^}]*\}/);
        const target = posix.join(posix.dirname(file), head!);
        expect([...packed].some((p) => (tail === undefined ? p === target : p.startsWith(target) && p.endsWith(tail))), `${file} reads ${m[1]}`).toBe(true);
      }
      // Nothing is resolved from node_modules: every import esbuild left in the output is a Node built-in.
      for (const m of code.matchAll(/(?:\bfrom|\bimport\s*\()\s*"([\w@][\w@/.:-]*)"/g)) expect(m[1], `${file} imports a package`).toMatch(/^node:/);
      // Nor required: a require is of a file shipped beside it or of a built-in. (Two texts that only
      // name a require are not calls: ajv's generated-code texts (`'require("ajv/dist/runtime/...")'`, also in a template) and the SDK's
      // message "by calling [require(\"@aws-sdk/signature-v4-crt\");]".)
      for (const m of code.matchAll(/(?<![`'[])\brequire\("([^"]+)"\)/g)) {
        if (m[1]!.startsWith('.')) shipped(file, m[1]!);
        else expect(builtinModules, `${file} requires ${m[1]}`).toContain(m[1]!.replace(/^node:/, ''));
      }
    }
    expect(urls).toBeGreaterThanOrEqual(4); // package.json, data/ (2), schemas/
  });

  it('runs from the unpacked tarball, outside any node_modules tree, with the same report as the working tree', () => {
    const run = (bin: string) => spawnSync(process.execPath, [bin, 'lint', ...INPUTS, '--format', 'json', '--fail-on', 'none'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' }, timeout: 60_000 });
    const installed = run(join(unpacked, 'package', 'bin', 'batchlint.js'));
    expect(installed.status, installed.stderr).toBe(0);
    const report = JSON.parse(installed.stdout) as { findings: { ruleId: string }[] };
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.map((f) => f.ruleId)).not.toContain('parse-error'); // the .tf file was parsed (the .wasm was found)
    expect(installed.stdout).toBe(run(BIN).stdout);
    const version = spawnSync(process.execPath, [join(unpacked, 'package', 'bin', 'batchlint.js'), '--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('the schema path the docs give editors is in the package', () => {
    const docs = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
    let paths = 0;
    for (const doc of docs) {
      for (const m of readFileSync(join(ROOT, doc), 'utf8').matchAll(/\$schema=\.\/node_modules\/batchlint\/(\S+)/g)) {
        paths++;
        expect(packed, `${doc}: ${m[0]}`).toContain(m[1]);
      }
    }
    expect(paths).toBeGreaterThan(0);
  });
});
