import { Option, type Command } from 'commander';
import type { CommandContext } from '../io.js';
import { addReportOptions, collect } from './report-options.js';

/** Declares `batchlint audit`; the AWS SDK is loaded only when the command runs. */
export function registerAudit(program: Command, ctx: CommandContext): void {
  const command = program
    .command('audit')
    .description('read AWS Batch resources from live accounts (read-only) and lint them')
    .option('--region <region>', 'a region to audit (repeatable, or comma-separated; default: the SDK\'s region)', collect)
    .option('--all-regions', 'audit every region of the partition, concurrently')
    .option('--profile <name>', 'a shared config / SSO profile for the credentials and the default region')
    .option('--endpoint-url <url>', 'send Batch requests to this endpoint (a VPC endpoint), as the AWS CLI flag does')
    .option('--all-revisions', 'lint every ACTIVE revision of each job definition, not only the latest')
    .option('--save <file>', 'also write what was read as a bundle that `batchlint lint` reads back')
    .option('--accounts <file|ids>', 'account ids (comma-separated) or a file of them; each is entered through a role')
    .option('--role-name <name>', 'with --accounts: the role to assume in each account')
    .option('--role-arn-template <arn>', 'with --accounts: the role ARN, with {account} for the account id')
    .addOption(new Option('--concurrency <n>', 'regions and AssumeRole calls in flight at once').default('8'))
    .addOption(new Option('--timeout <seconds>', 'give up one attempt of a request after this long without an answer (it is retried)').default('20'))
    .addOption(new Option('--region-timeout <seconds>', 'stop reading a region after this long; what was read is still linted').default('600'));
  addReportOptions(command).action(async (options) => {
    const { runAuditCommand } = await import('../audit-command.js');
    ctx.setExitCode(await runAuditCommand(options, ctx.io));
  });
}
