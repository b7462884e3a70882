import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

export interface DiscoveredFile {
  absolutePath: string;
  /** Relative to the working directory, forward slashes: what findings print. */
  file: string;
  /** Named on the command line (not found by searching a directory or matched by a glob). */
  explicit: boolean;
  /** The command-line paths (file, directory or glob) it was found through. */
  foundBy: string[];
}

export interface Discovery {
  files: DiscoveredFile[];
  /** Paths that do not exist or cannot be read: a usage error (exit 2). */
  missing: { path: string; reason: string }[];
}

const EXTENSIONS = /\.(json|ya?ml|tf)$/i;
const IGNORE = ['**/node_modules/**'];
// A path that does not exist and has one of these is a glob (`infra/**/*.json`), as ESLint reads it.
const GLOB_CHARS = /[*?[\]{}]/;

// globby (and its dependencies) load only when a directory or a glob needs them: start-up time.
const loadGlobby = async (): Promise<typeof import('globby').globby> => (await import('globby')).globby;

export function displayPath(absolutePath: string, cwd: string): string {
  const rel = relative(cwd, absolutePath);
  const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolutePath : rel;
  return shown.split(sep).join('/');
}

/**
 * Expands the command-line paths into files. Directories are searched with globby (honouring
 * .gitignore, skipping node_modules). globby follows a directory symlink into a loop until the OS
 * says ELOOP, and two loops make that exponential; so symlinks are not followed by the glob, and each
 * symlinked directory is searched on its own, once per real path.
 */
export async function discoverFiles(paths: readonly string[], cwd: string): Promise<Discovery> {
  const files: DiscoveredFile[] = [];
  const missing: Discovery['missing'] = [];
  const seenFiles = new Map<string, DiscoveredFile>();
  const seenDirs = new Set<string>();

  let argument = '';
  /** `knownReal`: the real path when the caller knows it (a file found by a walk that follows no symlink). */
  const addFile = (absolutePath: string, explicit: boolean, knownReal?: string): void => {
    let real: string;
    try {
      real = knownReal ?? realpathSync(absolutePath);
    } catch {
      return;
    }
    const seen = seenFiles.get(real);
    if (seen) {
      if (!seen.foundBy.includes(argument)) seen.foundBy.push(argument);
      return;
    }
    const found = { absolutePath, file: displayPath(absolutePath, cwd), explicit, foundBy: [argument] };
    seenFiles.set(real, found);
    files.push(found);
  };

  // A directory named twice (`lint jobs ./jobs`) is walked again so that its files count for both
  // (they are still linted once); only directories reached through symlinks are walked once.
  const searchDirectory = async (dir: string, named = false): Promise<void> => {
    const real = realpathSync(dir);
    if (seenDirs.has(real) && !named) return;
    seenDirs.add(real);
    // One walk lists the files and the symlinks together; symlinks are resolved here.
    const globby = await loadGlobby();
    const entries = await globby('**/*', { cwd: dir, absolute: true, onlyFiles: false, ignore: IGNORE, followSymbolicLinks: false, gitignore: true, objectMode: true, suppressErrors: true });
    entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const linkedDirs: string[] = [];
    for (const entry of entries) {
      if (entry.dirent.isSymbolicLink()) {
        let target;
        try {
          target = statSync(entry.path);
        } catch {
          continue; // a dangling symlink
        }
        if (target.isDirectory()) linkedDirs.push(entry.path);
        else if (EXTENSIONS.test(entry.path)) addFile(entry.path, false);
      } else if (entry.dirent.isFile() && EXTENSIONS.test(entry.path)) {
        // The walk follows no symlink, so every directory between `dir` and the file is real: its real
        // path is the directory's and the rest as found (a realpath per file was an lstat per path segment).
        addFile(entry.path, false, join(real, relative(dir, entry.path)));
      }
    }
    for (const linked of linkedDirs) await searchDirectory(linked);
  };

  for (const p of paths) {
    argument = p;
    const absolutePath = resolve(cwd, p);
    let info;
    try {
      info = statSync(absolutePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && GLOB_CHARS.test(p)) {
        const globby = await loadGlobby();
        // Matches are searched-for files (explicit: false): one that holds no Batch configuration is skipped, as in a directory.
        const matches = await globby(sep === '\\' ? p.replace(/\\/g, '/') : p, { cwd, absolute: true, onlyFiles: true, ignore: IGNORE, followSymbolicLinks: false, gitignore: true, suppressErrors: true });
        for (const match of matches.sort()) if (EXTENSIONS.test(match)) addFile(resolve(match), false);
        continue;
      }
      missing.push({ path: p, reason: code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : String(code ?? error) });
      continue;
    }
    if (info.isDirectory()) await searchDirectory(absolutePath, true);
    else addFile(absolutePath, true);
  }
  return { files, missing };
}

