// `.tf` files as Terraform reads them: a directory at a time. Each linted file is parsed with the
// rest of its directory (variables, locals and module calls are often in other files) and its
// resources are evaluated with the module: see tf-module-eval.ts. A directory that another linted
// directory calls as a local module is linted through those calls (with each call's arguments and
// the calling address), not again on its own with unknown inputs.
import { dirname } from 'node:path';
import type { ParsedFile } from '../../source/parsed-file.js';
import { readSourceFile } from '../../source/read-source-file.js';
import { evaluateRootModule, type ResourceInstance } from './tf-module-eval.js';
import { TerraformWorkspace, type TerraformCliVariables, type TerraformModuleFiles } from './tf-module-files.js';
import { setModuleInstances } from './tf-module-instances.js';

/** A Terraform source file: `.tf` (HCL) or `.tf.json` (Terraform's JSON syntax), both read with their directory. */
export const TERRAFORM_SOURCE = /\.tf(?:\.json)?$/i;

export class TerraformSources {
  readonly workspace: TerraformWorkspace;
  private readonly called = new Set<string>();
  private readonly roots = new Map<string, ResourceInstance[]>();

  constructor(cwd: string, cli?: TerraformCliVariables) {
    this.workspace = new TerraformWorkspace(cwd, cli);
  }

  /** Reads the directories of the `.tf` files to lint (and the --var-files) before any is linted. */
  async prepare(absolutePaths: readonly string[]): Promise<void> {
    await this.workspace.loadCliVariableFiles();
    const dirs = [...new Set(absolutePaths.map((p) => dirname(p)))];
    const mark = (mod: TerraformModuleFiles, seen: Set<string>): void => {
      for (const child of mod.children.values()) {
        if (seen.has(child.dir)) continue;
        seen.add(child.dir);
        if (child.dir !== mod.dir) this.called.add(child.dir);
        mark(child, seen);
      }
    };
    for (const dir of dirs) mark(await this.workspace.module(dir), new Set([dir]));
  }

  /** `--var-file`s that could not be read as variable files. */
  get problems(): readonly string[] {
    return this.workspace.cliProblems;
  }

  async read(absolutePath: string, file: string): Promise<ParsedFile> {
    // A .tf.json file is JSON to the reader (positions, problems) and Terraform to the evaluator.
    const parsed = /\.json$/i.test(absolutePath) ? readSourceFile(absolutePath, file) : (await this.workspace.file(absolutePath, file)).parsed;
    const dir = dirname(absolutePath);
    for (const { document } of parsed.documents) {
      const mod = await this.workspace.module(dir);
      setModuleInstances(document, () => (this.called.has(dir) ? [] : this.rootInstances(mod).filter((i) => i.declaredIn.absolutePath === absolutePath)));
    }
    return parsed;
  }

  private rootInstances(mod: TerraformModuleFiles): ResourceInstance[] {
    let found = this.roots.get(mod.dir);
    if (!found) {
      const w = this.workspace;
      found = evaluateRootModule(mod, { root: true, autoVariableFiles: mod.autoVariableFiles, cliVariableFiles: w.cliVariableFiles, cli: w.cli });
      this.roots.set(mod.dir, found);
    }
    return found;
  }
}
