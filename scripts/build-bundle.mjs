#!/usr/bin/env node
// `npm run build:bundle`: the CLI and the GitHub Action, minified, in bundle/ (committed), so that
// running batchlint resolves no node_modules tree and installing it (pre-commit, `npm install -g`,
// the Action) needs no build step and no registry. esbuild rather than rollup or ncc: it compiles
// the TypeScript sources directly (no tsc pass first), builds ES and CommonJS output alike and takes
// about a second.
//
// What it writes: the ES entries bundle/batchlint.js (what bin/batchlint.js imports) and
// bundle/action.js, small loaders; the main module bundle/chunks/batchlint-main.cjs, all of the CLI and
// the Action's run, CommonJS so that V8 can keep a code cache of it between runs (src/cli/code-cache.ts:
// Node 20 has none for ES modules; a lint of one template is ~30 ms faster with it); and, required
// only by the paths that need them, the heavy parts as CommonJS files of their own in bundle/chunks/:
// the AWS SDK (audit, live prices), globby (directories), ajv (config files), the schema validators
// and the yaml package; the HCL parser runs in a worker whose ES entry is bundle/chunks/hcl-parse-worker.js.
// The output is deterministic (no timestamps, sorted inputs), so CI can rebuild it and
// `git diff --exit-code bundle/`.
//
//   node scripts/build-bundle.mjs [--metafile]   (dist/src/schema/validators.generated.js must exist)
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'bundle');
const validators = join(root, 'dist/src/schema/validators.generated.js');
if (!existsSync(validators)) {
  console.error('build-bundle: run `node scripts/compile-validators.mjs` first (the schema validators are compiled into dist/)');
  process.exit(2);
}

/**
 * The sources find package files (data/, schemas/, package.json) as `new URL('../../../data/x',
 * import.meta.url)`, relative to their place in dist/. In the bundle every module lives in a chunk
 * in bundle/chunks/, so each such URL is rewritten to the same package file, relative to there.
 */
const packageFileUrls = {
  name: 'package-file-urls',
  setup(b) {
    b.onLoad({ filter: /[\\/](src|rules)[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const distFile = join(root, 'dist', relative(root, args.path));
      const contents = source.replace(/new URL\((['`])((?:\.\.\/)+)([^'`]*)\1, import\.meta\.url\)/g, (_, quote, up, rest) => {
        const target = relative(root, resolve(dirname(distFile), up));
        if (target.startsWith('..') || target.startsWith('dist')) throw new Error(`${args.path}: ${up}${rest} leaves the package`);
        const fromChunk = relative(join(outdir, 'chunks'), join(root, target)).split('\\').join('/');
        return `new URL(${quote}${fromChunk}/${rest}${quote}, import.meta.url)`;
      });
      const required = requireBuiltins(contents, args.path);
      return { contents: /\.generated\.ts$/.test(args.path) ? jsonTables(required) : required, loader: 'ts' };
    });
  },
};

/**
 * Node's built-in modules are required (through the chunk's createRequire `require`, see banner), not
 * imported: an ES import of a built-in builds its ES facade from every export, which runs the lazy
 * getters behind them (node:fs loads the whole streams stack and fs/promises, node:crypto all of
 * WebCrypto): ~10 ms of every run for functions batchlint never calls. A require runs none of them.
 */
function requireBuiltins(source, path) {
  return source.replace(/^import (\{[^}]*\}|[\w$]+) from '(node:[\w/]+)';$/gm, (_, what, id) => {
    if (!what.startsWith('{')) return `const ${what} = require('${id}');`;
    const names = what.slice(1, -1).split(',').map((name) => name.trim()).filter((name) => name !== '' && !name.startsWith('type '));
    if (names.some((name) => !/^[\w$]+( as [\w$]+)?$/.test(name))) throw new Error(`${path}: cannot turn this import of ${id} into a require`);
    return names.length === 0 ? '' : `const { ${names.map((name) => name.replace(' as ', ': ')).join(', ')} } = require('${id}');`;
  });
}

/**
 * A generated table (`export const X: T = {...};`, JSON on one line) becomes `JSON.parse('...')`:
 * V8 scans a string literal and parses JSON much faster than it compiles an object literal of the
 * same size, and these tables load with every CloudFormation template.
 */
function jsonTables(source) {
  return source.replace(/^(export const \w+(?::[^=\n]+)?) = ([{[].*);$/gm, (line, head, literal) => {
    try {
      JSON.parse(literal);
    } catch {
      return line; // not plain JSON (`as const`...): left as written
    }
    return `${head} = JSON.parse(${JSON.stringify(literal)});`;
  });
}

// The schema validators (ajv's standalone code, about 400 KB with their schemas) are CommonJS files
// of their own in bundle/chunks/, required on the first validation: in a chunk of the lint path,
// V8 parsed them on every start, and a run may call none of them (a CloudFormation template never
// calls the API-shape ones). Each is built by esbuild with ajv's runtime helpers.
const VALIDATORS = {
  validators: validators, // written into dist/ by scripts/compile-validators.mjs
  'cfn-validators': join(root, 'src/loaders/cloudformation/cfn-validators.generated.ts'),
};

/**
 * ajv's standalone code reaches its runtime helpers through a createRequire `require`; without that
 * local binding esbuild bundles them like any CommonJS require.
 */
function validatorSource(path) {
  const source = readFileSync(path, 'utf8');
  const contents = source.replace(/^import \{ createRequire \} from 'node:module';\nconst require = createRequire\(import\.meta\.url\);\n/m, '');
  if (contents === source) throw new Error(`${path}: the createRequire prelude was not found (did the generator change?)`);
  return contents;
}

/** The validator names a generated module exports (`export const jobDefinition = validate10;`). */
function validatorNames(path) {
  const names = [...readFileSync(path, 'utf8').matchAll(/export const (\w+) = validate\d+;/g)].map((m) => m[1]);
  if (names.length === 0) throw new Error(`${path}: no validators found (did the generator change?)`);
  return names;
}

// The yaml package, likewise: the subset reader (src/source/yaml-subset.ts) reads most files without
// it, so it is required only for the files that reader leaves and for `# batchlint-` comments.
const requireHere = createRequire(import.meta.url);
const LAZY_PACKAGES = { yaml: requireHere.resolve('yaml') };

/**
 * In the main build, `./validators.generated.js` and `./cfn-validators.generated.js` are stubs: each
 * export calls the validator of the required file and copies its `errors`, which the callers read.
 * `yaml` is a stub whose every export requires the package on its first call (a class with `new`).
 */
const lazyStubs = {
  name: 'lazy-stubs',
  setup(b) {
    b.onResolve({ filter: /^\.\/(cfn-)?validators\.generated\.js$/ }, (args) => ({ path: args.path.includes('cfn-') ? 'cfn-validators' : 'validators', namespace: 'lazy-stub' }));
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: 'yaml', namespace: 'lazy-stub' }));
    b.onResolve({ filter: /^\.\/[\w-]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-stub' }, (args) => {
      const load = `let loaded;\nconst load = () => (loaded ??= require('./${args.path}.cjs'));`;
      if (args.path === 'yaml') {
        const yaml = requireHere('yaml');
        const names = Object.keys(yaml).filter((name) => typeof yaml[name] === 'function');
        const isClass = (name) => /^class\b/.test(Function.prototype.toString.call(yaml[name]));
        const exports = names.map((name) => (isClass(name) ? `export function ${name}(...a) { return new (load().${name})(...a); }` : `export function ${name}(...a) { return load().${name}(...a); }`));
        return { contents: [load, ...exports].join('\n'), loader: 'js' };
      }
      const names = validatorNames(VALIDATORS[args.path]);
      const contents = [load, ...names.map((name) => `export function ${name}(data) { const v = load().${name}; const ok = v(data); ${name}.errors = v.errors; return ok; }`)].join('\n');
      return { contents, loader: 'js' };
    });
  },
};

/**
 * commander requires child_process at load for executable subcommands, which batchlint has none of;
 * loading it cost every run, `--version` included, a few milliseconds. It is required on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager) || (source.match(/childProcess\.(\w+)/g) ?? []).some((use) => use !== 'childProcess.spawn')) throw new Error(`${args.path}: commander's use of child_process changed`);
      return { contents: source.replace(eager, "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };"), loader: 'js' };
    });
  },
};

/** The name, version, licence and licence text of every package that has code in the bundle. */
function thirdPartyNotices(inputs) {
  const packageDirs = new Set();
  for (const input of inputs) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) packageDirs.add(m[1]);
  }
  const sections = [...packageDirs].sort().map((dir) => {
    const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const licenceFile = readdirSync(join(root, dir)).sort().find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = licenceFile ? readFileSync(join(root, dir, licenceFile), 'utf8').trim() : `(no licence file; package.json says ${manifest.license ?? 'nothing'})`;
    return `${manifest.name}@${manifest.version} (${manifest.license ?? 'unknown'})\n\n${text}\n`;
  });
  const unique = [...new Set(sections)];
  return `batchlint's bundle contains code from these packages.\n\n${unique.join(`\n${'-'.repeat(72)}\n\n`)}`;
}

/**
 * The heavy packages the sources import with `import()`: CommonJS files of their own in bundle/chunks/,
 * required on first use, so the main module never parses them. The AWS SDK clients share most of
 * their code, so they are one file whose each client is required (and run) when first asked for.
 */
const AWS_SDK_PACKAGES = ['@aws-sdk/client-batch', '@aws-sdk/client-ec2', '@aws-sdk/client-pricing', '@aws-sdk/credential-providers'];
const LAZY_IMPORTS = { globby: 'globby', ajv: 'ajv' };
const lazyImports = {
  name: 'lazy-imports',
  setup(b) {
    b.onResolve({ filter: /^(globby|ajv|@aws-sdk\/[\w-]+)$/ }, (args) => {
      if (args.kind !== 'dynamic-import') throw new Error(`build-bundle: ${args.importer} imports ${args.path} statically; import() it so it stays out of the main module`);
      if (args.path in LAZY_IMPORTS) return { path: `./${LAZY_IMPORTS[args.path]}.cjs`, external: true };
      if (!AWS_SDK_PACKAGES.includes(args.path)) throw new Error(`build-bundle: ${args.path} is not one of AWS_SDK_PACKAGES`);
      return { path: args.path, namespace: 'aws-sdk' };
    });
    b.onLoad({ filter: /.*/, namespace: 'aws-sdk' }, (args) => ({ contents: `module.exports = require('./aws-sdk.cjs')[${JSON.stringify(args.path)}];`, loader: 'js' }));
  },
};

/** A module of the build's own making (the entries below), resolved from the package's root. */
const virtualEntry = (name, contents) => ({
  name: `entry-${name}`,
  setup(b) {
    b.onResolve({ filter: new RegExp(`^${name}$`) }, () => ({ path: name, namespace: 'entry' }));
    b.onLoad({ filter: new RegExp(`^${name}$`), namespace: 'entry' }, () => ({ contents, resolveDir: root, loader: 'js' }));
  },
});

/** What every build shares. */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  // ES modules first: jsonc-parser's CommonJS entry is a UMD wrapper whose require() calls esbuild
  // cannot follow, and the AWS SDK's ES modules tree-shake.
  mainFields: ['module', 'main'],
  // Paths as seen from the package (node_modules/...), never the target of a symlinked
  // node_modules: the module keys in the output depend on them, and the output must not depend on
  // the machine.
  preserveSymlinks: true,
  target: 'node20',
  minify: !process.env.NO_MINIFY,
  legalComments: 'none', // the licences of everything bundled are in bundle/THIRD-PARTY-NOTICES.txt
  // Go's wasm_exec.js falls back to require('performance') where globalThis.performance is missing
  // (never on Node 20).
  external: ['performance'],
  metafile: true,
  logLevel: 'warning',
};

rmSync(outdir, { recursive: true, force: true });

// The main module: the CLI's commands and the Action's run, one CommonJS file (src/cli/code-cache.ts
// says why CommonJS). Every import() of our own code is inlined, its module run when first imported,
// as the ES build's chunks were; the heavy packages are required from files of their own (above).
const MAIN = 'chunks/batchlint-main.cjs';
const mainBuild = await build({
  ...common,
  entryPoints: ['batchlint-main'],
  outfile: join(outdir, MAIN),
  format: 'cjs',
  supported: { 'dynamic-import': false }, // import() of a required file becomes a require
  // The sources find package files and the HCL worker from import.meta.url: the main file's URL.
  define: { 'import.meta.url': '__imu' },
  banner: { js: "const __imu=require('node:url').pathToFileURL(__filename).href;" },
  plugins: [virtualEntry('batchlint-main', `export { main } from './src/cli/main.ts';\nexport { runAction } from './src/action/run-action.ts';`), packageFileUrls, lazyStubs, lazyChildProcess, lazyImports],
});
const mainHash = createHash('sha256').update(readFileSync(join(outdir, MAIN))).digest('hex').slice(0, 20);

// The entries: bundle/batchlint.js (what bin/batchlint.js imports) and bundle/action.js load the main
// module with its code cache; a `lint` run keeps the cache (the command run on every commit), the
// Action's run does not (a runner starts afresh). The HCL parser's worker is an ES entry of its own
// in chunks/, beside the main module that starts it, and finds ../main.wasm.gz from there.
const loadMain = (exports) => `import { loadWithCodeCache } from './src/cli/code-cache.ts';
let loaded;
const load = (keep) => (loaded ??= loadWithCodeCache(__fu(new URL(${JSON.stringify(`./${MAIN}`)}, import.meta.url)), ${JSON.stringify(mainHash)}, keep).exports);
${exports}`;
const entryBuild = await build({
  ...common,
  entryPoints: { batchlint: 'cli-entry', action: 'src/action/main.ts', 'chunks/hcl-parse-worker': 'src/loaders/terraform/hcl-parse-worker.ts' },
  outdir,
  format: 'esm',
  // CommonJS packages in an ES file: their require() of Node built-ins and their __dirname (the HCL
  // parser finds its .wasm file from it) need these.
  banner: {
    js: [
      "import{createRequire as __cr}from'node:module';import{fileURLToPath as __fu}from'node:url';import{dirname as __dn}from'node:path';",
      'const require=__cr(import.meta.url),__filename=__fu(import.meta.url),__dirname=__dn(__filename);',
    ].join(''),
  },
  plugins: [
    // `batchlint --version` alone (what tools run to check an install) prints package.json's version
    // without the main module: loading it and its cache would be most of that run.
    virtualEntry(
      'cli-entry',
      loadMain(`export const main = async (argv, io) => {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V') && io === undefined) {
    process.stdout.write(\`\${JSON.parse(require('node:fs').readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\\n\`);
    return 0;
  }
  return load(argv.find((a) => !a.startsWith('-')) === 'lint').main(argv, io);
};`),
    ),
    // The Action's entry imports its run when it runs (after its check of Node's version).
    {
      name: 'action-run',
      setup(b) {
        b.onResolve({ filter: /^\.\/run-action\.js$/ }, () => ({ path: 'action-run', namespace: 'entry' }));
        b.onLoad({ filter: /^action-run$/, namespace: 'entry' }, () => ({ contents: loadMain('export const runAction = (...a) => load(false).runAction(...a);'), resolveDir: root, loader: 'js' }));
      },
    },
    packageFileUrls,
  ],
});

const lazyBuild = await build({
  ...common,
  entryPoints: { ...VALIDATORS, ...LAZY_PACKAGES, ...Object.fromEntries(Object.entries(LAZY_IMPORTS).map(([pkg, name]) => [name, requireHere.resolve(pkg)])), 'aws-sdk': 'aws-sdk' },
  outdir: join(outdir, 'chunks'),
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  plugins: [
    { name: 'validator-source', setup: (b) => b.onLoad({ filter: /validators\.generated\.(js|ts)$/ }, (args) => ({ contents: validatorSource(args.path), loader: 'js' })) },
    virtualEntry('aws-sdk', `${AWS_SDK_PACKAGES.map((pkg) => `Object.defineProperty(exports, ${JSON.stringify(pkg)}, { enumerable: true, get: () => require(${JSON.stringify(pkg)}) });`).join('\n')}`),
  ],
});
// The stubs require `./x.cjs` from their own file: it must be the main module, beside the required files.
for (const [file, output] of Object.entries({ ...mainBuild.metafile.outputs, ...entryBuild.metafile.outputs })) {
  if (Object.keys(output.inputs).some((i) => i.startsWith('lazy-stub:')) && file !== `bundle/${MAIN}`) throw new Error(`build-bundle: a lazy stub landed in ${file}, outside the main module`);
}

// @cdktn/hcl2json reads ../main.wasm.gz from its own lib/ folder; in the bundle that is bundle/chunks/.
const require = createRequire(import.meta.url);
copyFileSync(join(dirname(require.resolve('@cdktn/hcl2json/package.json')), 'main.wasm.gz'), join(outdir, 'main.wasm.gz'));
const builds = [mainBuild, entryBuild, lazyBuild];
writeFileSync(join(outdir, 'THIRD-PARTY-NOTICES.txt'), thirdPartyNotices(builds.flatMap((r) => Object.keys(r.metafile.inputs))));
if (process.argv.includes('--metafile')) writeFileSync(join(root, 'bundle-meta.json'), JSON.stringify(mainBuild.metafile));

const outputs = builds.flatMap((r) => Object.entries(r.metafile.outputs)).filter(([file]) => /\.c?js$/.test(file));
const total = outputs.reduce((sum, [, o]) => sum + o.bytes, 0);
console.log(`build-bundle: ${outputs.length} files, ${Math.round(total / 1024)} KiB of JavaScript in ${relative(root, outdir)}/`);
