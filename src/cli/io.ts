/** The process's streams and environment, injectable so tests can run the CLI in-process. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** What `batchlint lint -` reads; absent when there is none. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/**
 * A write that cannot reach its reader any more (`batchlint rules | head` closes the pipe: EPIPE)
 * ends that stream's output quietly; the run finishes and exits with its own code. Without a
 * listener, Node turns the error into an uncaught exception with a stack trace.
 */
function quietWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', () => {
    closed = true; // EPIPE, or a write after it: there is nobody left to tell
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

let streams: { stdout: (text: string) => void; stderr: (text: string) => void } | undefined;

export const processIo = (): Io => {
  streams ??= { stdout: quietWriter(process.stdout), stderr: quietWriter(process.stderr) };
  return {
    stdout: streams.stdout,
    stderr: streams.stderr,
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
    // Opened only when read: touching process.stdin creates a handle even for runs that never read it.
    stdin: { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() },
  };
};

/** What a command module gets: where to write, and how to set the exit code. */
export interface CommandContext {
  io: Io;
  setExitCode(code: number): void;
}
