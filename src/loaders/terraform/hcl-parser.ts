// Runs the HCL parser in one worker thread per run, started on the first `.tf` file (its
// WebAssembly start-up costs about a quarter of a second) and reused for the others. Whatever the
// parser does (fail, run out of memory, exit, never answer), each request settles: with the value,
// or with the reason the file could not be parsed. The worker entry is hcl-parse-worker.ts.
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { limits } from '../../source/limits.js';
import type { HclRequest, HclResponse } from './hcl-parse-worker.js';

export type HclOutcome = { value: unknown } | { error: string; syntax: boolean };

interface Pending {
  id: number;
  worker: Worker;
  settle: (outcome: HclOutcome) => void;
  timer: NodeJS.Timeout;
}

let worker: Worker | undefined;
let pending: Pending | undefined;
let queue: Promise<unknown> = Promise.resolve();
let nextId = 1;

// Compiled next to this module (dist/src/loaders/terraform/); a bundle must keep it beside its output.
const WORKER_URL = new URL('./hcl-parse-worker.js', import.meta.url);

/** Settles the pending request of worker `w` (an old worker's late exit must not fail a newer request). */
function fail(w: Worker, error: string): void {
  const p = pending;
  if (!p || p.worker !== w) return;
  pending = undefined;
  clearTimeout(p.timer);
  p.settle({ error, syntax: false });
}

// Starting the parser takes a quarter of a second on an idle machine; this only catches one that never starts.
const STARTUP_TIMEOUT_MS = 120_000;

function timedOut(w: Worker, error: string): void {
  fail(w, error);
  if (worker === w) worker = undefined;
  w.unref();
  void w.terminate();
}

// Required when the first .tf file is parsed: loading worker_threads cost every run a few milliseconds.
const requireBuiltin = createRequire(import.meta.url);

function startWorker(): Worker {
  const { Worker: WorkerThread } = requireBuiltin('node:worker_threads') as typeof import('node:worker_threads');
  const w = new WorkerThread(WORKER_URL, {
    resourceLimits: { maxOldGenerationSizeMb: limits.terraformParserHeapMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 },
  });
  w.unref();
  w.on('message', (message: HclResponse) => {
    const p = pending;
    if (!p || message.id !== p.id) return;
    if ('started' in message) {
      // Start-up is over: from here the parse has its own time limit.
      clearTimeout(p.timer);
      p.timer = setTimeout(() => timedOut(w, `the HCL parser did not finish within ${limits.terraformParseTimeoutMs} ms (BATCHLINT_TF_TIMEOUT_MS)`), limits.terraformParseTimeoutMs);
      return;
    }
    pending = undefined;
    clearTimeout(p.timer);
    w.unref();
    p.settle('value' in message ? { value: message.value } : { error: firstLine(message.error), syntax: true });
  });
  w.on('error', (error: Error & { code?: string }) => {
    if (worker === w) worker = undefined;
    fail(w, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `the HCL parser ran out of memory (limit ${limits.terraformParserHeapMb} MiB, BATCHLINT_TF_MEMORY_MB)` : 'the HCL parser failed');
  });
  w.on('exit', () => {
    if (worker === w) worker = undefined;
    fail(w, 'the HCL parser stopped without an answer (it may have run out of memory)');
  });
  return w;
}

function parseNow(file: string, text: string): Promise<HclOutcome> {
  const w = (worker ??= startWorker());
  // Referenced only while a parse is pending: an idle worker must not keep the process alive, and
  // a pending one must (an unreferenced wait let Node exit 0 with no report).
  w.ref();
  return new Promise<HclOutcome>((settle) => {
    const id = nextId++;
    const timer = setTimeout(() => timedOut(w, 'the HCL parser did not start'), STARTUP_TIMEOUT_MS);
    pending = { id, worker: w, settle, timer };
    w.postMessage({ id, file, text } satisfies HclRequest);
  });
}

/** Parses one `.tf` text into hcl2json's JSON view. Requests run one at a time. */
export function parseHcl(file: string, text: string): Promise<HclOutcome> {
  const result = queue.then(() => parseNow(file, text));
  queue = result.catch(() => undefined);
  return result;
}

/** Stops the worker (tests, and callers that want the thread gone before the process ends). */
export async function stopHclParser(): Promise<void> {
  const w = worker;
  worker = undefined;
  if (w) await w.terminate();
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').slice(0, 300);
}
