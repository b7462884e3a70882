// The worker behind runCli in test/helpers/cli.ts: runs the bundled CLI's main (the code
// bin/batchlint.js runs) once per request, so a test file pays Node's start-up and the bundle's
// loading once instead of once per run. Plain JavaScript: a worker thread loads its file without
// vitest's transform.
//
// Each run gets what a spawned process would have: the environment (process.env too, since the
// AWS SDK and the limits read it there), the working directory (through the Io; a worker cannot
// chdir), an empty or given stdin, and every write to stdout or stderr captured in order,
// including any that bypass the Io (console, process warnings), as a child's pipes would. An
// exception nothing catches ends the run with exit code 1 and its stack on stderr, as it would
// end a process.
import { parentPort } from 'node:worker_threads';
import { main } from '../../bundle/batchlint.js';

const realWrite = { stdout: process.stdout.write, stderr: process.stderr.write };
let crash; // the running request's way to end as a crashed process would

for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (error) => {
    if (crash) crash(error);
    else realWrite.stderr.call(process.stderr, `cli-worker: ${event} between runs: ${error?.stack ?? error}\n`);
  });
}

function capture(append) {
  return function write(chunk, encoding, callback) {
    append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') queueMicrotask(done);
    return true;
  };
}

/** Runs one request; the reply goes to its port, then the shared flag wakes a caller blocked on it. */
async function runOne({ args, cwd, env, input, port, flag }) {
  let stdout = '';
  let stderr = '';
  process.stdout.write = capture((t) => void (stdout += t));
  process.stderr.write = capture((t) => void (stderr += t));
  const savedEnv = process.env;
  process.env = { ...env };
  let code;
  try {
    const stdin = {
      async *[Symbol.asyncIterator]() {
        if (input) yield Buffer.from(input, 'utf8');
      },
    };
    const crashed = new Promise((resolve) => {
      crash = (error) => {
        stderr += `${error instanceof Error ? error.stack : String(error)}\n`;
        resolve(1);
      };
    });
    const io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, env: process.env, cwd, stdin };
    code = await Promise.race([main(args, io), crashed]);
  } catch (error) {
    stderr += `${error instanceof Error ? error.stack : String(error)}\n`;
    code = 1;
  } finally {
    crash = undefined;
    process.env = savedEnv;
    process.stdout.write = realWrite.stdout;
    process.stderr.write = realWrite.stderr;
  }
  port.postMessage({ code, stdout, stderr });
  port.close();
  if (flag) {
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  }
}

// One run at a time, as one process would be: runs from concurrent async callers queue here.
let queue = Promise.resolve();
parentPort.on('message', (request) => {
  queue = queue.then(() => runOne(request));
});
