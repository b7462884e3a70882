import { InvalidArgumentError, Option, type Command } from 'commander';
import { choiceOf, collectTarget } from '../report-targets.js';

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

/** Repeatable, not split on commas: a glob may hold `{a,b}`. */
function collectRaw(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function count(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(`"${value}" is not a whole number of warnings`);
  return Number(value);
}

/** The options every command that reports findings shares (lint, audit): one declaration, one behaviour. */
export function addReportOptions(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <format[:file]>', 'output format: text (default), compact, json, sarif, markdown or github; repeatable, each with its own file (-f text -f sarif:out.sarif)').argParser(collectTarget))
    .option('-o, --output <file>', 'write the (last) --format to a file instead of stdout')
    .addOption(new Option('--fail-on <severity>', 'exit with 1 when a finding is at or above this severity (error, warning, note, none)').argParser((v) => choiceOf(v, ['error', 'warning', 'note', 'none'] as const, 'severity')).default('error'))
    .addOption(new Option('--max-warnings <n>', 'also exit with 1 when there are more than this many warnings').argParser(count))
    .option('--rule <id>', 'run only this rule (repeatable, or comma-separated)', collect)
    .option('--disable <id>', 'do not run this rule (repeatable, or comma-separated)', collect)
    .option('-q, --quiet', 'report errors only')
    .option('--color', 'colour the text output even when stdout is not a terminal')
    .option('--no-color', 'never colour the output (also NO_COLOR=1; FORCE_COLOR=1 forces it)')
    .option('-c, --config <file>', 'the config file (default: .batchlint.yaml/.yml/.json or package.json "batchlint", found upward)')
    .option('--no-config', 'use no config file')
    .option('--baseline <file>', 'report only findings that are not in this baseline')
    .option('--write-baseline <file>', 'record the current findings in this baseline file (and exit 0)');
}

/** Options of `lint` alone: where the files come from. */
export function addInputOptions(command: Command): Command {
  return command
    .option('--stdin-filename <name>', 'with - among the paths: the name standard input is reported under (its extension picks JSON or YAML)')
    .option('--ignore-pattern <glob>', 'do not lint files matching this glob, relative to the working directory (repeatable; adds to the config\'s ignore)', collectRaw)
    .option('--print-config <file>', 'print the configuration that applies to this file (JSON) and exit');
}
