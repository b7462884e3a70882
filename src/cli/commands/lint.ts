import type { Command } from 'commander';
import type { CommandContext } from '../io.js';
import { addReportOptions } from './report-options.js';
import { addContextOption } from './context-option.js';

/** Declares `batchlint lint`; the work is loaded only when the command runs (start-up time). */
export function registerLint(program: Command, ctx: CommandContext): void {
  addContextOption(addReportOptions(
    program
      .command('lint')
      .description('lint AWS Batch configuration files (JSON/YAML) and directories')
      .argument('[paths...]', 'files and directories to lint', ['.']),
  ))
    .option('-v, --verbose', 'also list the files skipped because they hold no Batch configuration')
    .option('--skip-unrecognized', 'skip named files that hold no Batch configuration instead of reporting them (for pre-commit)')
    .action(async (paths: string[], options) => {
      const { runLint } = await import('../lint-command.js');
      ctx.setExitCode(await runLint(paths, options, ctx.io));
    });
}
