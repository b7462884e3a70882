import { main } from '../../dist/src/cli/main.js';

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI's `main` in this process with captured streams: no Node start-up per run. */
export async function runInProcess(cwd: string, args: string[], env: NodeJS.ProcessEnv = { NO_COLOR: '1' }): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, env, cwd });
  return { code, stdout, stderr };
}
