import { Command, CommanderError, Option } from 'commander';
import { packageInfo } from './package-info.js';
import { UsageError } from './usage-error.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const processIo = (): Io => ({
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  cwd: process.cwd(),
});

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

/** Runs the CLI and returns the exit code: 0 clean, 1 findings at or above --fail-on, 2 usage error. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode = 0;
  let debug = argv.includes('--debug');
  const program = new Command('batchlint')
    .description('Policy linter and cost advisor for AWS Batch configurations')
    .version(packageInfo().version, '-V, --version', 'print the version')
    .option('--debug', 'show stack traces for internal errors')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('lint')
    .description('lint AWS Batch configuration files (JSON/YAML) and directories')
    .argument('[paths...]', 'files and directories to lint', ['.'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addOption(new Option('--fail-on <severity>', 'exit with 1 when a finding is at or above this severity').choices(['error', 'warning', 'note', 'none']).default('error'))
    .option('--rule <id>', 'run only this rule (repeatable, or comma-separated)', collect)
    .option('--disable <id>', 'do not run this rule (repeatable, or comma-separated)', collect)
    .option('-q, --quiet', 'report errors only')
    .option('-v, --verbose', 'also list the files skipped because they hold no Batch configuration')
    .action(async (paths: string[], options) => {
      const { runLint } = await import('./lint-command.js');
      exitCode = await runLint(paths, options, io);
    });

  program
    .command('rules')
    .description('list every rule with its metadata, or show one rule')
    .argument('[id]', 'a rule id')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (id: string | undefined, options: { format: 'text' | 'json' }) => {
      const { runRulesCommand } = await import('./rules-command.js');
      exitCode = runRulesCommand(id, options, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    debug = Boolean(program.opts().debug) || debug;
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`batchlint: ${error.message}\n`);
      return 2;
    }
    io.stderr(`batchlint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    else io.stderr('Run again with --debug for details, and please report it.\n');
    return 2;
  }
}
