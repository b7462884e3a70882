import { Option, type Command } from 'commander';
import type { CommandContext } from '../io.js';

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

/** Declares `batchlint lint`; the work is loaded only when the command runs (start-up time). */
export function registerLint(program: Command, ctx: CommandContext): void {
  program
    .command('lint')
    .description('lint AWS Batch configuration files (JSON/YAML) and directories')
    .argument('[paths...]', 'files and directories to lint', ['.'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif', 'markdown']).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addOption(new Option('--fail-on <severity>', 'exit with 1 when a finding is at or above this severity').choices(['error', 'warning', 'note', 'none']).default('error'))
    .option('--rule <id>', 'run only this rule (repeatable, or comma-separated)', collect)
    .option('--disable <id>', 'do not run this rule (repeatable, or comma-separated)', collect)
    .option('-q, --quiet', 'report errors only')
    .option('-v, --verbose', 'also list the files skipped because they hold no Batch configuration')
    .option('-c, --config <file>', 'the config file (default: .batchlint.yaml/.yml/.json or package.json "batchlint", found upward)')
    .option('--no-config', 'use no config file')
    .option('--baseline <file>', 'report only findings that are not in this baseline')
    .option('--write-baseline <file>', 'record the current findings in this baseline file (and exit 0)')
    .option('--skip-unrecognized', 'skip named files that hold no Batch configuration instead of reporting them (for pre-commit)')
    .action(async (paths: string[], options) => {
      const { runLint } = await import('../lint-command.js');
      ctx.setExitCode(await runLint(paths, options, ctx.io));
    });
}
