import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/batchlint.js', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  /** Added to this process's environment (NO_COLOR=1 by default); an undefined value removes a variable. */
  env?: NodeJS.ProcessEnv;
  /** false: env is the whole environment, nothing inherited from this process (nor NO_COLOR). */
  inheritEnv?: boolean;
  /** stdin; empty when not given, as from a closed pipe. */
  input?: string;
}

const TIMEOUT_MS = 60_000;

/** The environment a spawned CLI gets: this process's, NO_COLOR=1, then the test's own (undefined deletes). */
function childEnv(options: CliOptions): Record<string, string> {
  const env: Record<string, string> = {};
  const given = options.inheritEnv === false ? options.env : { ...process.env, NO_COLOR: '1', ...options.env };
  for (const [key, value] of Object.entries(given ?? {})) if (value !== undefined) env[key] = String(value);
  return env;
}

/**
 * Runs the built CLI (bin/batchlint.js) as a process, as users do. For the tier where the process
 * boundary is what is tested: exit codes set by the bin, stdin and pipes, TTY and colour, start-up.
 */
export function spawnCli(args: readonly string[], options: CliOptions = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: childEnv(options),
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: TIMEOUT_MS,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** spawnCli without blocking this process (for tests whose loopback servers live here). */
export function spawnCliAsync(args: readonly string[], options: Omit<CliOptions, 'input'> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: childEnv(options), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

function newWorker(): Worker {
  const created = new Worker(new URL('./cli-worker.mjs', import.meta.url));
  created.unref(); // a test file ends without closing it
  return created;
}

// One worker per test file, started at the first run: it loads the bundle once (see cli-worker.mjs).
let worker: Worker | undefined;
function cliWorker(): Worker {
  worker ??= newWorker();
  return worker;
}

/**
 * src/source/limits.ts reads the BATCHLINT_* limit variables once, when it loads: a run that sets
 * one, or drops the ones this process has, gets a worker of its own (a fresh load of the bundle,
 * still no new process). Variables inherited from this process are the shared worker's too: CI's
 * BATCHLINT_PRE_COMMIT made every run load the bundle afresh.
 */
function readsLimitsAtLoad(options: CliOptions): boolean {
  const sets = Object.keys(options.env ?? {}).some((key) => key.startsWith('BATCHLINT_'));
  const drops = options.inheritEnv === false && Object.keys(process.env).some((key) => key.startsWith('BATCHLINT_'));
  return sets || drops;
}

interface Request {
  args: string[];
  cwd: string;
  env: Record<string, string>;
  input: string;
}

function request(args: readonly string[], options: CliOptions): Request {
  return { args: [...args], cwd: options.cwd ?? ROOT, env: childEnv(options), input: options.input ?? '' };
}

/**
 * Runs the bundled CLI (the code bin/batchlint.js runs) with what a spawned process would get —
 * environment, working directory, stdin, captured stdout and stderr, exit code — but in a worker
 * thread of this process that stays loaded between runs, instead of a new Node process per run.
 * Synchronous, like spawnSync: this thread waits on a shared flag the worker sets when it replies.
 */
export function runCli(args: readonly string[], options: CliOptions = {}): CliResult {
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const req = request(args, options);
  const fresh = readsLimitsAtLoad(options);
  const target = fresh ? newWorker() : cliWorker();
  target.postMessage({ ...req, port: port2, flag }, [port2]);
  const waited = Atomics.wait(flag, 0, 0, TIMEOUT_MS);
  const reply = receiveMessageOnPort(port1);
  port1.close();
  if (fresh) void target.terminate();
  if (waited === 'timed-out' || !reply) throw new Error(`batchlint ${args.join(' ')}: no result within ${TIMEOUT_MS / 1000} s`);
  return reply.message as CliResult;
}

/** runCli without blocking this thread (for tests whose loopback servers live in it). */
export function runCliAsync(args: readonly string[], options: Omit<CliOptions, 'input'> = {}): Promise<CliResult> {
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      port1.close();
      reject(new Error(`batchlint ${args.join(' ')}: no result within ${TIMEOUT_MS / 1000} s`));
    }, TIMEOUT_MS);
    port1.once('message', (message: CliResult) => {
      clearTimeout(timer);
      port1.close();
      resolve(message);
    });
    const req = request(args, options);
    const fresh = readsLimitsAtLoad(options);
    const target = fresh ? newWorker() : cliWorker();
    if (fresh) port1.once('close', () => void target.terminate());
    target.postMessage({ ...req, port: port2 }, [port2]);
  });
}
