import { Option, type Command } from 'commander';
import type { CommandContext } from '../io.js';

/** Declares `batchlint explain`; the placement code is loaded only when the command runs. */
export function registerExplain(program: Command, ctx: CommandContext): void {
  program
    .command('explain')
    .description('show where a job definition can run: per compute environment of its queue(s), the instance types that hold it and why the others are ruled out')
    .argument('<job-definition>', 'job definition name, name:revision or ARN')
    .argument('[paths...]', 'files and directories to read', ['.'])
    .option('--queue <queue>', 'only this job queue (name or ARN); default: the queues the job is paired with')
    .option('--config <file>', 'config file (workloads and rule options); default: .batchlint.yaml if present')
    .addOption(new Option('--optimal <behavior>', 'how to read `optimal`').choices(['default_x86_64', 'legacy']))
    .option('--region <region>', 'Region to assume for resources without an ARN')
    .action(async (jobDefinition: string, paths: string[], options) => {
      const { runExplain } = await import('../explain-command.js');
      ctx.setExitCode(await runExplain(jobDefinition, paths, options, ctx.io));
    });
}
