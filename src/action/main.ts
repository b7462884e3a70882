// Entry point of the GitHub Action: bin/batchlint-action.js calls `main` (action.yml runs that bin
// with the runner's Node). No top-level side effects, so a bundler can take this file as an entry.
import type { Io } from '../cli/io.js';
import { redactOutput } from '../cli/output-edge.js';
import { workflowCommand } from './workflow-commands.js';

/** Runs the Action with the process's environment; resolves to the exit code, never rejects. */
export async function main(env: NodeJS.ProcessEnv = process.env, raw: Pick<Io, 'stdout' | 'stderr'> = { stdout: (t) => void process.stdout.write(t), stderr: (t) => void process.stderr.write(t) }): Promise<number> {
  // The job log is an output like any other: credentials are masked in every line (file names in annotations included).
  const io: Pick<Io, 'stdout' | 'stderr'> = { stdout: (t) => raw.stdout(redactOutput(t)), stderr: (t) => raw.stderr(redactOutput(t)) };
  try {
    // Imported here, not at the top: in the bundle it is the commands' module (scripts/build-bundle.mjs).
    const { runAction } = await import('./run-action.js');
    return await runAction(env, io);
  } catch (error) {
    const token = env.INPUT_GITHUB_TOKEN || env['INPUT_GITHUB-TOKEN'];
    const message = error instanceof Error ? error.message : String(error);
    io.stdout(workflowCommand('error', { title: 'batchlint' }, `internal error: ${token ? message.split(token).join('***') : message}`));
    return 2;
  }
}
