// Finds, reads and validates the config file: `--config FILE`, or the first of .batchlint.yaml,
// .batchlint.yml, .batchlint.json or package.json's "batchlint" key found from the working directory
// upward. A config that cannot be read or is invalid is a usage error (exit 2) naming file:line:col.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Ajv, ErrorObject } from 'ajv';
import { displayPath } from '../loaders/discover-files.js';
import { parseSourceText } from '../source/read-source-file.js';
import { readBoundedFile } from '../source/read-bounded-file.js';
import { limits } from '../source/limits.js';
import type { JsonPath, SourceDocument } from '../source/source-document.js';
import type { ParseProblem } from '../source/parsed-file.js';
import { formatPath, suggest } from '../schema/validate-resource.js';
import type { RuleMeta } from '../engine/rule.js';
import { buildConfigSchema, type RuleLevel } from './config-schema.js';

export const CONFIG_FILE_NAMES = ['.batchlint.yaml', '.batchlint.yml', '.batchlint.json'] as const;

export type RuleEntry = RuleLevel | [RuleLevel] | [RuleLevel, Record<string, unknown>];

export interface Workload {
  name?: string;
  jobDefinition: string;
  jobQueue: string;
  jobsPerDay?: number;
  arraySize?: number;
  typicalDurationSeconds?: number;
}

export interface BatchlintConfig {
  rules?: Record<string, RuleEntry>;
  ignore?: string[];
  include?: string[];
  suppressions?: { rule: string; resource: string; reason: string }[];
  workloads?: Workload[];
}

export interface LoadedConfig {
  /** Display path (relative to the working directory). */
  file: string;
  /** The directory globs are relative to. */
  directory: string;
  config: BatchlintConfig;
  /** The parsed file, to point findings and errors at config lines. */
  document: SourceDocument;
  /** Where the config is inside the document: [] or ["batchlint"] in package.json. */
  basePath: JsonPath;
}

/** The config file is missing, unreadable or invalid; the message names file:line:col. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  /** One line per problem (a file name in one is shown with its control characters escaped). */
  readonly lines: readonly string[];

  constructor(message: string | readonly string[]) {
    const lines = typeof message === 'string' ? [message] : message;
    super(lines.join('\n'));
    this.lines = lines;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

// A config file may be any file the user names (`--config /etc/shadow`); its text must never reach
// an error message. Keys and values are quoted only when they look like the names a config holds.
const PLAIN_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const quoted = (text: string): string => (PLAIN_NAME.test(text) ? `"${text}"` : '(not shown)');
const TOP_LEVEL_KEYS = ['rules', 'ignore', 'include', 'suppressions', 'workloads'];

function ajvPath(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

let compiled: { rules: readonly RuleMeta[]; validate: ReturnType<Ajv['compile']> } | undefined;

async function validatorFor(rules: readonly RuleMeta[]): Promise<ReturnType<Ajv['compile']>> {
  if (compiled?.rules !== rules) {
    // Loaded only when there is a config file to check (start-up time). A CommonJS package: the
    // bundle's import() gives only `default`, which is module.exports there and in Node.
    const { Ajv } = (await import('ajv')).default;
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
    compiled = { rules, validate: ajv.compile(buildConfigSchema(rules)) };
  }
  return compiled.validate;
}

interface Problem {
  path: (string | number)[];
  key: boolean;
  message: string;
}

/** ajv errors -> one message per place, phrased for people. */
function problemsOf(errors: readonly ErrorObject[], rules: readonly RuleMeta[]): Problem[] {
  const ruleIds = rules.map((r) => r.id);
  const problems = new Map<string, Problem>();
  const add = (p: Problem): void => {
    const key = JSON.stringify(p.path);
    if (!problems.has(key)) problems.set(key, p);
  };
  // Deepest first: an error inside a rule's options says more than "does not match anyOf" above it.
  const sorted = [...errors].sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length);
  for (const e of sorted) {
    const path = ajvPath(e.instancePath);
    if (e.keyword === 'additionalProperties') {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      if (path.length === 1 && path[0] === 'rules') {
        const guess = suggest(extra, ruleIds);
        add({ path: [...path, extra], key: true, message: `unknown rule ${quoted(extra)}${guess ? `; did you mean "${guess}"?` : ''} (batchlint rules lists them)` });
      } else {
        const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
        const guess = suggest(extra, allowed);
        add({ path: [...path, extra], key: true, message: `${path.length ? `${formatPath(path)}: ` : ''}unknown key ${quoted(extra)}${guess ? `; did you mean "${guess}"?` : ''}` });
      }
      continue;
    }
    if (path[0] === 'rules' && path.length === 2) {
      if ([...problems.values()].some((p) => JSON.stringify(p.path.slice(0, 2)) === JSON.stringify(path))) continue;
      const rule = rules.find((r) => r.id === path[1]);
      add({ path, key: false, message: `rules.${String(path[1])} must be off, error, warning or note${rule?.optionsSchema ? ', or [severity, options]' : ''}` });
      continue;
    }
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') continue;
    if (e.keyword === 'enum' && path[0] === 'suppressions' && path[2] === 'rule') {
      const guess = suggest(String(e.data), ruleIds);
      add({ path, key: false, message: `${formatPath(path)}: ${quoted(String(e.data))} is not a rule id${guess ? `; did you mean "${guess}"?` : ''}` });
      continue;
    }
    if (e.keyword === 'enum') {
      add({ path, key: false, message: `${formatPath(path)} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ')}` });
      continue;
    }
    add({ path, key: false, message: `${path.length ? formatPath(path) : 'the config'} ${e.message ?? 'is invalid'}` });
  }
  return [...problems.values()];
}

// The YAML parser's messages can quote the file (an alias or tag name); these two are batchlint's own.
const OWN_YAML_MESSAGES = new Set(['TAB_AS_INDENT', 'DUPLICATE_KEY']);

function configParseMessage(problem: ParseProblem): string {
  if (problem.code === undefined || OWN_YAML_MESSAGES.has(problem.code)) return problem.message;
  return `Invalid YAML: not a valid config file (${problem.code.toLowerCase().replace(/_/g, ' ')})`;
}

/** Reads and validates one config file. package.json without a "batchlint" key gives undefined. */
export async function loadConfigFile(absolutePath: string, cwd: string, rules: readonly RuleMeta[]): Promise<LoadedConfig | undefined> {
  const file = displayPath(absolutePath, cwd);
  let bytes: Buffer;
  try {
    const read = readBoundedFile(absolutePath, limits.maxConfigBytes);
    if (!read.ok) {
      throw new ConfigError(`cannot read config file "${file}": ${read.reason === 'not-regular' ? 'not a regular file (a FIFO, socket or device)' : `${read.size} bytes, more than the limit of ${limits.maxConfigBytes} (BATCHLINT_MAX_CONFIG_BYTES)`}`);
    }
    bytes = read.bytes;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`cannot read config file "${file}": ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : code ?? 'read error'}`);
  }
  const format = absolutePath.toLowerCase().endsWith('.json') ? 'json' : 'yaml';
  const parsed = parseSourceText(bytes, file, format);
  if (parsed.problems.length > 0) {
    throw new ConfigError(parsed.problems.map((p) => `${file}:${p.range.line}:${p.range.column}: ${configParseMessage(p)}`));
  }
  if (parsed.documents.length > 1) throw new ConfigError(`${file}: holds ${parsed.documents.length} YAML documents; a config file holds one`);
  const first = parsed.documents[0];
  const isPackageJson = basename(absolutePath) === 'package.json';
  let value: unknown = first?.value ?? {};
  const basePath: JsonPath = isPackageJson ? ['batchlint'] : [];
  if (isPackageJson) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, 'batchlint')) return undefined;
    value = (value as Record<string, unknown>).batchlint;
  }
  if (value === null) value = {}; // an empty YAML file
  const document: SourceDocument = first?.document ?? { file, format, locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) };
  const validate = await validatorFor(rules);
  if (!validate(value)) {
    // A file with none of the config's keys is some other file: say so, and nothing of its text.
    const keys = typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : [];
    if (!keys.some((k) => TOP_LEVEL_KEYS.includes(k))) {
      const at = document.locate(basePath);
      throw new ConfigError(`${file}:${at.line}:${at.column}: not a valid config file (a mapping of ${TOP_LEVEL_KEYS.join(', ')})`);
    }
    const lines = problemsOf(validate.errors ?? [], rules).map((p) => {
      const range = document.locate([...basePath, ...p.path], { key: p.key });
      return `${file}:${range.line}:${range.column}: ${p.message}`;
    });
    throw new ConfigError(['invalid config file', ...lines]);
  }
  return { file, directory: dirname(absolutePath), config: value as BatchlintConfig, document, basePath };
}

/**
 * The config of this run: the file named with --config, else the nearest one found upward from the
 * working directory (in a directory with several, the order of CONFIG_FILE_NAMES, then package.json
 * when it has a "batchlint" key; a package.json without one does not stop the search upward). The
 * search stops at the repository root, the directory holding `.git` (a directory, or a file in a
 * worktree or submodule), as ESLint's flat config does: a config above the repository belongs to
 * another project, and one that ignores `**\/*.json` there silently emptied the run.
 */
export async function resolveConfig(cwd: string, rules: readonly RuleMeta[], explicit?: string): Promise<LoadedConfig | undefined> {
  if (explicit !== undefined) {
    const path = resolve(cwd, explicit);
    const loaded = await loadConfigFile(path, cwd, rules);
    if (!loaded) throw new ConfigError(`${displayPath(path, cwd)} has no "batchlint" key`);
    return loaded;
  }
  let dir = resolve(cwd);
  for (;;) {
    for (const name of [...CONFIG_FILE_NAMES, 'package.json']) {
      const path = join(dir, name);
      if (!isFile(path)) continue;
      const loaded = await loadConfigFile(path, cwd, rules);
      if (loaded) return loaded;
    }
    const parent = dirname(dir);
    if (parent === dir || existsSync(join(dir, '.git'))) return undefined;
    dir = parent;
  }
}
