import { Option, type Command } from 'commander';
import type { CommandContext } from '../io.js';
import { choiceOf } from '../report-targets.js';

/** Declares `batchlint cost`; the cost model (and, with --live-pricing, the AWS SDK) loads only when it runs. */
export function registerCost(program: Command, ctx: CommandContext): void {
  program
    .command('cost')
    .description('estimate what each job, array, month and compute environment costs (offline prices, or --live-pricing)')
    .argument('[paths...]', 'files and directories to read', ['.'])
    .option('--region <region>', 'price every compute environment in this region (default: each ARN\'s region, else us-east-1)')
    .option('--duration <duration>', 'run time of one job: 90s, 30m, 2h, or seconds (default: the workload\'s, else 1h)')
    .option('--array-size <n>', 'child jobs per submission (array jobs)')
    .option('--jobs-per-month <n>', 'submissions per month, for the monthly figure (default: the workloads\' jobsPerDay)')
    .option('--live-pricing', 'ask the AWS Price List API and EC2 Spot price history (needs credentials; cached)')
    .option('--refresh-pricing', 'with --live-pricing: ignore the cached prices')
    .option('--write-workloads <file>', 'also write every job/queue pairing with the volume assumed (jobs per day, array size, duration) as a workloads file to fill in')
    .option('--diff <base>', 'show the cost change against another configuration: a path, or a git revision (priced at the same paths)')
    .option('--catalog <file>', 'a price catalog file written by `batchlint pricing update`')
    .addOption(new Option('-f, --format <format>', 'output format').argParser((v) => choiceOf(v, ['text', 'json', 'markdown'] as const)).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('-c, --config <file>', 'the config file (workloads; default: found upward from the working directory)')
    .option('--no-config', 'use no config file')
    .action(async (paths: string[], options) => {
      const { runCostCommand } = await import('../cost-command.js');
      ctx.setExitCode(await runCostCommand(paths, options, ctx.io));
    });
}
