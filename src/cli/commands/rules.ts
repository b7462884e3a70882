import { Option, type Command } from 'commander';
import type { CommandContext } from '../io.js';
import { choiceOf } from '../report-targets.js';

export function registerRules(program: Command, ctx: CommandContext): void {
  program
    .command('rules')
    .description('list every rule with its metadata, or show one rule')
    .argument('[id]', 'a rule id')
    .addOption(new Option('-f, --format <format>', 'output format').argParser((v) => choiceOf(v, ['text', 'json'] as const)).default('text'))
    .action(async (id: string | undefined, options: { format: 'text' | 'json' }) => {
      const { runRulesCommand } = await import('../rules-command.js');
      ctx.setExitCode(runRulesCommand(id, options, ctx.io));
    });
}
