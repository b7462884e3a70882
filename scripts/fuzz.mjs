// `npm run fuzz [-- --cases N --seed S --kind K --no-shrink]`: bundles test/fuzz/campaign.ts with
// esbuild (the fuzzer is TypeScript; batchlint itself is imported from dist/, built by `npm run build:dist`)
// and runs it in a child process. In-process code cannot interrupt a synchronous loop, so this parent
// watches: a case that runs for more than a minute, or a child that dies, is reported with its seed
// and its input saved to .fuzz/.
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const out = args.includes('--out') ? resolve(args[args.indexOf('--out') + 1] ?? '.fuzz') : join(root, '.fuzz');
// Outside the repository, so that eslint and git never see it; fast-check is bundled in, so it runs from there.
const buildDir = mkdtempSync(join(tmpdir(), 'batchlint-fuzz-build-'));
const bundle = join(buildDir, 'campaign.mjs');
process.on('exit', () => rmSync(buildDir, { recursive: true, force: true }));
const WATCHDOG_MS = 60_000;

if (!existsSync(join(root, 'dist', 'src', 'lint-files.js'))) {
  console.error('batchlint fuzz: dist/ is missing; run `npm run build:dist` first');
  process.exit(2);
}
await build({
  entryPoints: [join(root, 'test', 'fuzz', 'campaign.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  plugins: [
    {
      // batchlint is run as built (dist/), not re-bundled: it finds its data files next to itself.
      name: 'dist-external',
      setup(b) {
        b.onResolve({ filter: /\/dist\// }, (args) => ({ path: pathToFileURL(resolve(args.resolveDir, args.path)).href, external: true }));
      },
    },
  ],
});

const child = fork(bundle, [...args.filter((a, i) => a !== '--out' && args[i - 1] !== '--out'), '--root', root, '--out', out], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child.kill('SIGKILL');
    process.exit(130);
  });
}
let current;
let startedAt = Date.now();
child.on('message', (message) => {
  if (message?.type === 'case') {
    current = message;
    startedAt = Date.now();
  }
});
const watchdog = setInterval(() => {
  if (Date.now() - startedAt > WATCHDOG_MS) {
    console.error(`batchlint fuzz: hang: case ${current?.i} (${current?.kind}, seed ${current?.seed}) ran for more than ${WATCHDOG_MS / 1000} s; stopped`);
    child.kill('SIGKILL');
  }
}, 1000);

function dump(c) {
  return new Promise((done) => fork(bundle, ['--dump', '--cases', '1', '--kind', c.kind, '--seed', String(c.seed), '--root', root, '--out', out], { stdio: 'inherit' }).on('exit', done));
}

child.on('exit', async (code, signal) => {
  clearInterval(watchdog);
  if (code === 0 || code === 1) process.exit(code);
  console.error(`batchlint fuzz: the fuzzing process ended (${signal ?? `exit code ${code}`}) during case ${current?.i} (${current?.kind}, seed ${current?.seed}); counted as a crash or hang. Input:`);
  if (current) await dump(current);
  console.error(`replay: npm run fuzz -- --cases 1 --kind ${current?.kind} --seed ${current?.seed}`);
  process.exit(1);
});
