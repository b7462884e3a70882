import { type Command } from 'commander';
import type { CommandContext } from '../io.js';
import { collect } from './report-options.js';

/** Declares `batchlint pricing update`, which writes a price catalog from the AWS APIs. */
export function registerPricing(program: Command, ctx: CommandContext): void {
  const pricing = program.command('pricing').description('manage the price catalog the cost advisor uses');
  pricing
    .command('update')
    .description('fetch EC2 On-Demand, Spot and Fargate prices for regions from AWS and write a catalog for `cost --catalog`')
    .requiredOption('--region <region>', 'a region to fetch (repeatable, or comma-separated)', collect)
    .option('--instance-types <types>', 'only these instance types (comma-separated; default: every Linux type of the region)', collect)
    .option('-o, --output <file>', 'write the catalog to a file instead of stdout')
    .action(async (options) => {
      const { runPricingUpdate } = await import('../pricing-command.js');
      ctx.setExitCode(await runPricingUpdate(options, ctx.io));
    });
}
