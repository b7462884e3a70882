import type { Command } from 'commander';

/** `--context <dir>` for `lint`; see ../lint-context.ts. */
export function addContextOption(command: Command): Command {
  return command.option('--context <dir>', 'also lint the Batch files in <dir> so references and pairings resolve, but report only findings in the named paths (the pre-commit hook uses it)');
}
