// The worker thread that runs HashiCorp's HCL parser (Go compiled to WebAssembly). It runs apart
// from the linter because the parser can run out of memory or never answer on a hostile file, and
// when its Go runtime exits the pending parse never settles: in the main thread Node then exited 0
// with no report. Here, the runtime's exit ends the worker, which the main thread reports.
// Entry point of its own (hcl-parser.ts computes its path from import.meta.url): a bundle must
// emit it as a separate file.
import fs from 'node:fs';
import { parentPort } from 'node:worker_threads';

export interface HclRequest {
  id: number;
  file: string;
  text: string;
}

export type HclResponse = { id: number; started: true } | { id: number; value: unknown } | { id: number; error: string };

// The Go runtime writes panics and its own diagnostics to file descriptors 1 and 2 directly; they
// may quote the input and must never reach the terminal, so they are dropped, as is the worker's
// console output. (The Worker's own `stdout: true` option would keep the process alive.)
const writeSync = fs.writeSync;
fs.writeSync = ((fd: number, ...rest: unknown[]): number => {
  if (fd === 1 || fd === 2) {
    const data = rest[0];
    return typeof data === 'string' ? Buffer.byteLength(data) : ArrayBuffer.isView(data) ? data.byteLength : 0;
  }
  return (writeSync as (...args: unknown[]) => number)(fd, ...rest);
}) as typeof fs.writeSync;

const discard = (): boolean => true;
process.stdout.write = discard as typeof process.stdout.write;
process.stderr.write = discard as typeof process.stderr.write;
for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) console[method] = () => undefined;

// wasm_exec.js defines globalThis.Go; its `exit` only logs. A runtime that exits (a fatal error such
// as running out of memory) can never answer again, so the worker ends with it.
let GoClass: unknown;
Object.defineProperty(globalThis, 'Go', {
  configurable: true,
  get: () => GoClass,
  set: (base: new () => { exit: (code: number) => void }) => {
    GoClass = class extends base {
      constructor() {
        super();
        this.exit = (code: number) => process.exit(code === 0 ? 70 : code);
      }
    };
  },
});

// A CommonJS package: Node's import() also names its exports, the bundle's gives only `default`.
const { parse } = (await import('@cdktn/hcl2json')).default;
// The WebAssembly module is compiled and started before the first request is taken, so that the
// parse time limit measures parsing, not start-up (seconds on a loaded machine).
await parse('start.tf', '');

parentPort?.on('message', (request: HclRequest) => {
  parentPort?.postMessage({ id: request.id, started: true } satisfies HclResponse);
  parse(request.file, request.text).then(
    (value: unknown) => parentPort?.postMessage({ id: request.id, value } satisfies HclResponse),
    (error: unknown) => parentPort?.postMessage({ id: request.id, error: String(error instanceof Error ? error.message : error) } satisfies HclResponse),
  );
});
