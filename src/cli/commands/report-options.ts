import { Option, type Command } from 'commander';

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

/** The options every command that reports findings shares (lint, audit): one declaration, one behaviour. */
export function addReportOptions(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif', 'markdown']).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addOption(new Option('--fail-on <severity>', 'exit with 1 when a finding is at or above this severity').choices(['error', 'warning', 'note', 'none']).default('error'))
    .option('--rule <id>', 'run only this rule (repeatable, or comma-separated)', collect)
    .option('--disable <id>', 'do not run this rule (repeatable, or comma-separated)', collect)
    .option('-q, --quiet', 'report errors only')
    .option('-c, --config <file>', 'the config file (default: .batchlint.yaml/.yml/.json or package.json "batchlint", found upward)')
    .option('--no-config', 'use no config file')
    .option('--baseline <file>', 'report only findings that are not in this baseline')
    .option('--write-baseline <file>', 'record the current findings in this baseline file (and exit 0)');
}
