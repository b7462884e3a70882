import type { Command } from 'commander';
import type { CommandContext } from '../io.js';
import { addInputOptions, addReportOptions } from './report-options.js';
import { addContextOption } from './context-option.js';

/** Declares `batchlint lint`; the work is loaded only when the command runs (start-up time). */
export function registerLint(program: Command, ctx: CommandContext): void {
  addContextOption(addInputOptions(
    addReportOptions(
      program
        .command('lint')
        .description('lint AWS Batch configuration files (JSON/YAML/.tf) and directories')
        // No default value: `lint` alone searches the working directory, but only paths the user named make an empty match an error.
        .argument('[paths...]', 'files, directories and globs to lint; - reads standard input (default: the working directory)'),
    ),
  ))
    .option('-v, --verbose', 'also list the files skipped because they hold no Batch configuration')
    .option('--catalog <file>', 'prices for the cost rules: a price catalog file written by `batchlint pricing update` (as `cost --catalog`)')
    .option('--var-file <file>', 'Terraform: a variables file (.tfvars or .tfvars.json) for the .tf root modules, after terraform.tfvars and *.auto.tfvars (repeatable)', (v: string, p: string[] = []) => [...p, v])
    .option('--var <name=value>', 'Terraform: set a root module variable, as `terraform plan -var` (repeatable; wins over every file)', (v: string, p: string[] = []) => [...p, v])
    .option('--region <region>', 'the Region the templates are deployed to: CloudFormation\'s AWS::Region, AWS::Partition and AWS::URLSuffix take it (default: unknown)')
    .option('--skip-unrecognized', 'skip named files that hold no Batch configuration instead of reporting them (for pre-commit)')
    .action(async (paths: string[], options) => {
      const { runLint } = await import('../lint-command.js');
      ctx.setExitCode(await runLint(paths, options, ctx.io));
    });
}
