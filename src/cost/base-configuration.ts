// The configuration `cost --diff BASE` compares with: a path (a file or directory, priced as given)
// or a git revision, whose tree is extracted to a temporary directory with `git archive` (nothing in
// the repository or its worktree list changes) and priced at the same paths as the head.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface BaseConfiguration {
  /** Where to price from, and which paths. */
  cwd: string;
  paths: string[];
  /** How the report names it: the path, or the revision and its commit. */
  label: string;
  cleanup(): void;
}

export class BaseConfigurationError extends Error {
  override name = 'BaseConfigurationError';
}

function run(command: string, args: string[], cwd: string, stdout?: NodeJS.WritableStream): Promise<{ code: number; out: string; err: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', stdout ? 'pipe' : 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    if (stdout) child.stdout.pipe(stdout);
    else child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, out, err }));
  });
}

/** Extracts `git archive <commit>` into `into` through tar, with no shell. */
async function extractTree(commit: string, repoCwd: string, into: string): Promise<void> {
  const tar = spawn('tar', ['-x', '-f', '-', '-C', into], { stdio: ['pipe', 'ignore', 'pipe'] });
  const tarDone = new Promise<number>((done, fail) => {
    tar.on('error', fail);
    tar.on('close', (code) => done(code ?? 1));
  });
  const archive = await run('git', ['archive', '--format=tar', commit], repoCwd, tar.stdin);
  const tarCode = await tarDone;
  if (archive.code !== 0 || tarCode !== 0) throw new BaseConfigurationError(`--diff: cannot extract ${commit}: ${archive.err.split('\n')[0] || `tar exited with ${tarCode}`}`);
}

export async function baseConfiguration(base: string, headPaths: readonly string[], cwd: string): Promise<BaseConfiguration> {
  if (base === '' || base.startsWith('-')) throw new BaseConfigurationError(`--diff needs a path or a git revision, got "${base}"`);
  const asPath = resolve(cwd, base);
  if (existsSync(asPath)) return { cwd, paths: [base], label: base, cleanup: () => undefined };
  const commit = await run('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${base}^{commit}`], cwd).catch(() => ({ code: 1, out: '', err: '' }));
  const sha = commit.out.trim();
  if (commit.code !== 0 || !/^[0-9a-f]{40,64}$/.test(sha)) throw new BaseConfigurationError(`--diff: "${base}" is neither a path nor a git revision of the repository at ${cwd}`);
  const prefix = (await run('git', ['rev-parse', '--show-prefix'], cwd)).out.trim();
  const dir = mkdtempSync(join(tmpdir(), 'batchlint-diff-base-'));
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    await extractTree(sha, cwd, dir);
  } catch (error) {
    cleanup();
    throw error;
  }
  return { cwd: join(dir, prefix), paths: [...headPaths], label: `${base} (${sha.slice(0, 12)})`, cleanup };
}
