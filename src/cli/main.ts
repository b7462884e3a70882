import { Command, CommanderError } from 'commander';
import { packageInfo } from './package-info.js';
import { UsageError } from './usage-error.js';
import { processIo, type CommandContext, type Io } from './io.js';
import { registerLint } from './commands/lint.js';
import { registerRules } from './commands/rules.js';
import { registerExplain } from './commands/explain.js';
import { registerAudit } from './commands/audit.js';
import { registerCost } from './commands/cost.js';
import { registerPricing } from './commands/pricing.js';
import { redactingIo } from './output-edge.js';
import { escapeControl } from '../reporters/safe-text.js';

export type { Io } from './io.js';

/**
 * The commands, each declared by its own module in commands/. A declaration is cheap; each command
 * imports its implementation only when it runs, so `batchlint --version` loads almost nothing.
 */
const COMMANDS: ((program: Command, ctx: CommandContext) => void)[] = [
  registerLint,
  registerRules,
  registerExplain,
  registerAudit,
  registerCost,
  registerPricing,
  // (more commands register here)
];

/** Error lines for stderr: a line break inside one (from a file name, an argument) is shown escaped. */
function errorLines(lines: readonly string[]): string {
  return lines.map((line) => `batchlint: ${escapeControl(line)}\n`).join('');
}

/** Commander quotes arguments in its errors; its only line break of its own is before "(Did you mean". */
function escapeCommanderError(text: string): string {
  return `${escapeControl(text.replace(/\n$/, '')).replace(/\\n(?=\(Did you mean )/g, '\n')}\n`;
}

/** Runs the CLI and returns the exit code: 0 clean, 1 findings at or above --fail-on, 2 usage error. */
export async function main(argv: readonly string[], processStreams: Io = processIo()): Promise<number> {
  // Every write of every command passes the secret redaction (output-edge.ts).
  const io = redactingIo(processStreams);
  let exitCode = 0;
  const debug = argv.includes('--debug');
  if ((argv.includes('--version') || argv.includes('-V')) && argv.includes('--verbose')) {
    io.stdout(`${packageInfo().version}\n${(await import('../catalog/catalog-version.js')).describeCatalogVersion()}`);
    return 0;
  }
  const output = { writeOut: io.stdout, writeErr: io.stderr, outputError: (text: string, write: (text: string) => void) => write(escapeCommanderError(text)) };
  const program = new Command('batchlint')
    .description('Policy linter and cost advisor for AWS Batch configurations')
    .version(packageInfo().version, '-V, --version', 'print the version')
    .option('--debug', 'show stack traces for internal errors')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput(output);
  const ctx: CommandContext = { io, setExitCode: (code) => void (exitCode = code) };
  for (const register of COMMANDS) register(program, ctx);
  program.commands.forEach((command) => command.exitOverride().configureOutput(output));

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0; everything else is a usage error.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.stderr(errorLines(error.lines));
      return 2;
    }
    io.stderr(errorLines([`internal error: ${error instanceof Error ? error.message : String(error)}`]));
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack.split('\n').map(escapeControl).join('\n')}\n`);
    else io.stderr('Run again with --debug for details, and please report it.\n');
    return 2;
  }
}
