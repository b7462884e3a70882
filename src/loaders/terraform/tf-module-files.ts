// The files Terraform reads for one module directory: every `.tf` and `.tf.json` file in it (a
// module is a directory, not a file), the variable files a root module loads by itself
// (terraform.tfvars, *.auto.tfvars and their JSON forms), and, through `module` blocks with a local
// source (`./x`, `../x`), the directories of its child modules. Each file is read and parsed once a
// run; the evaluation (tf-module-eval.ts) is synchronous and works on what is read here.
// https://developer.hashicorp.com/terraform/language/values/variables#variable-definition-precedence
import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { isRecord } from '../../model/values.js';
import { limits } from '../../source/limits.js';
import { readSourceText } from '../../source/read-source-file.js';
import type { ParsedFile } from '../../source/parsed-file.js';
import { displayPath } from '../discover-files.js';
import { parseHcl } from './hcl-parser.js';
import { HclDocument, problemRange } from './hcl-source.js';

export interface TerraformFile {
  absolutePath: string;
  /** The path shown in findings. */
  file: string;
  /** hcl2json's view of the file (or the `.tf.json` value); undefined when it could not be parsed. */
  value: unknown;
  parsed: ParsedFile;
}

export interface TerraformModuleFiles {
  dir: string;
  files: TerraformFile[];
  /** terraform.tfvars first, then *.auto.tfvars in name order: later files win. */
  autoVariableFiles: Record<string, unknown>[];
  /** Local module sources (as written in `source`) -> their directory's files. */
  children: Map<string, TerraformModuleFiles>;
}

/** What `--var-file` and `--var` give, applied after the files a root module loads itself. */
export interface TerraformCliVariables {
  varFiles: readonly string[];
  vars: readonly [string, string][];
}

const MAX_MODULE_DEPTH = 8;
const MAX_FILES_PER_MODULE = 500;
const LOCAL_SOURCE = /^\.\.?(\/|\\|$)/;

export function isLocalModuleSource(source: unknown): source is string {
  return typeof source === 'string' && LOCAL_SOURCE.test(source);
}

/** Reads and parses Terraform files once a run, whoever asks first (a linted file, or its module). */
export class TerraformWorkspace {
  private readonly files = new Map<string, Promise<TerraformFile>>();
  private readonly modules = new Map<string, Promise<TerraformModuleFiles>>();
  /** Parsed `--var-file`s, in order. */
  cliVariableFiles: Record<string, unknown>[] = [];
  /** Problems with `--var-file`s (missing, not HCL), reported by the caller. */
  readonly cliProblems: string[] = [];

  constructor(
    readonly cwd: string,
    readonly cli: TerraformCliVariables = { varFiles: [], vars: [] },
  ) {}

  async loadCliVariableFiles(): Promise<void> {
    for (const f of this.cli.varFiles) {
      const absolute = resolve(this.cwd, f);
      const values = await this.variableFile(absolute);
      if (values) this.cliVariableFiles.push(values);
      else this.cliProblems.push(f);
    }
  }

  /** One `.tf` or `.tf.json` file, parsed. */
  file(absolutePath: string, file = displayPath(absolutePath, this.cwd)): Promise<TerraformFile> {
    let found = this.files.get(absolutePath);
    if (!found) {
      found = readTerraformFile(absolutePath, file);
      this.files.set(absolutePath, found);
    }
    return found;
  }

  /** The module in `dir` and, recursively, its local child modules. */
  module(dir: string, depth = 0, seen: ReadonlySet<string> = new Set()): Promise<TerraformModuleFiles> {
    let found = this.modules.get(dir);
    if (!found) {
      found = this.readModule(dir, depth, new Set([...seen, dir]));
      this.modules.set(dir, found);
    }
    return found;
  }

  private async readModule(dir: string, depth: number, seen: ReadonlySet<string>): Promise<TerraformModuleFiles> {
    let names: string[] = [];
    try {
      names = readdirSync(dir).sort();
    } catch {
      // An unreadable or missing directory is a module whose resources are unknown.
    }
    const files: TerraformFile[] = [];
    for (const name of names.filter((n) => /\.tf(\.json)?$/i.test(n)).slice(0, MAX_FILES_PER_MODULE)) {
      const absolute = join(dir, name);
      if (!isFile(absolute)) continue;
      files.push(await this.file(absolute));
    }
    const autoVariableFiles: Record<string, unknown>[] = [];
    const auto = ['terraform.tfvars', 'terraform.tfvars.json', ...names.filter((n) => /\.auto\.tfvars(\.json)?$/.test(n))];
    for (const name of auto) {
      if (!names.includes(name)) continue;
      const values = await this.variableFile(join(dir, name));
      if (values) autoVariableFiles.push(values);
    }
    const children = new Map<string, TerraformModuleFiles>();
    if (depth < MAX_MODULE_DEPTH) {
      for (const f of files) {
        const calls = isRecord(f.value) && isRecord(f.value.module) ? f.value.module : {};
        for (const bodies of Object.values(calls)) {
          for (const body of Array.isArray(bodies) ? bodies : [bodies]) {
            const source = isRecord(body) ? body.source : undefined;
            if (!isLocalModuleSource(source) || children.has(source)) continue;
            const childDir = resolve(dir, source);
            if (seen.has(childDir)) continue; // a module that calls itself
            children.set(source, await this.module(childDir, depth + 1, seen));
          }
        }
      }
    }
    return { dir, files, autoVariableFiles, children };
  }

  private async variableFile(absolutePath: string): Promise<Record<string, unknown> | undefined> {
    if (!isFile(absolutePath)) return undefined;
    const read = readSourceText(absolutePath, basename(absolutePath), 'json', limits.maxTerraformSourceBytes, 'BATCHLINT_MAX_TF_BYTES');
    if (!('text' in read)) return undefined;
    if (absolutePath.endsWith('.json')) {
      try {
        const value = JSON.parse(read.text) as unknown;
        return isRecord(value) ? value : undefined;
      } catch {
        return undefined;
      }
    }
    const outcome = await parseHcl(basename(absolutePath), read.text);
    return 'value' in outcome && isRecord(outcome.value) ? outcome.value : undefined;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

async function readTerraformFile(absolutePath: string, file: string): Promise<TerraformFile> {
  const json = /\.json$/i.test(absolutePath);
  const read = readSourceText(absolutePath, file, 'json', limits.maxTerraformSourceBytes, 'BATCHLINT_MAX_TF_BYTES');
  if (!('text' in read)) return { absolutePath, file, value: undefined, parsed: read };
  const { text } = read;
  if (json) {
    try {
      const value = JSON.parse(text) as unknown;
      return { absolutePath, file, value, parsed: { file, format: 'json', documents: [], problems: [] } };
    } catch {
      return { absolutePath, file, value: undefined, parsed: { file, format: 'json', documents: [], problems: [] } };
    }
  }
  const outcome = await parseHcl(file, text);
  if ('value' in outcome) return { absolutePath, file, value: outcome.value, parsed: { file, format: 'json', documents: [{ value: outcome.value, document: new HclDocument(file, text) }], problems: [] } };
  const problem = outcome.syntax
    ? { message: `Invalid HCL: ${outcome.error}`, range: problemRange(outcome.error, text), syntax: true }
    : { message: `Not linted: ${outcome.error}`, range: { line: 1, column: 1, endLine: 1, endColumn: 1 } };
  return { absolutePath, file, value: undefined, parsed: { file, format: 'json', documents: [], problems: [problem] } };
}

