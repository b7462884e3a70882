#!/usr/bin/env node
// `npm test`'s build of dist/: every TypeScript file of src/, rules/ and scripts/ compiled on its own
// by esbuild (the compiler that builds the shipped bundle), to the same place tsc would write it,
// in about a second instead of tsc's 15 to 20 s of type checking. Types are checked elsewhere:
// `npm run lint` runs tsc over src, rules, scripts and test (tsconfig.test.json), and CI runs it.
// `npm run build:dist` (tsc, with declarations) stays the build for everything else.
//
// For that type check, each module also gets a declaration file that re-exports its source: the
// tests import dist/, and tsc, finding a .js there without a .d.ts, would type it as `any`.
//
//   node scripts/transpile-dist.mjs   (then scripts/compile-validators.mjs writes the validators)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sources(dir) {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const entryPoints = ['src', 'rules', 'scripts'].flatMap(sources).sort();
await build({
  absWorkingDir: root,
  entryPoints,
  outdir: 'dist',
  outbase: '.',
  bundle: false,
  format: 'esm',
  platform: 'node',
  target: 'es2022', // tsconfig.json's target
  tsconfig: 'tsconfig.json',
  sourcemap: true,
  logLevel: 'warning',
});
for (const source of entryPoints) {
  const declaration = join(root, 'dist', source.replace(/\.ts$/, '.d.ts'));
  const target = relative(dirname(declaration), join(root, source)).split('\\').join('/').replace(/\.ts$/, '.js');
  const text = readFileSync(join(root, source), 'utf8');
  const hasDefault = /^export default\b|\bas default\b/m.test(text);
  writeFileSync(declaration, `export * from '${target}';\n${hasDefault ? `export { default } from '${target}';\n` : ''}`);
}
console.log(`transpile-dist: ${entryPoints.length} files to dist/`);
