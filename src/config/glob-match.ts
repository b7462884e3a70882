// The glob dialect of the config file's `ignore` and `include` (a small subset of .gitignore's):
// `*` matches within one path segment, `**` across segments, `?` one character, `{a,b}` either;
// a pattern without `/` matches a name at any depth; a pattern that matches a directory matches
// everything below it. Paths are relative to the config file's directory, with `/` separators.

function segmentToRegExp(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        out += slashAfter ? '(?:.*/)?' : '.*';
        i += slashAfter ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) out += '\\{';
      else {
        out += `(?:${glob.slice(i + 1, close).split(',').map(segmentToRegExp).join('|')})`;
        i = close;
      }
    } else out += /[.+^$()|[\]\\]/.test(c) ? `\\${c}` : c;
  }
  return out;
}

export function globToRegExp(pattern: string): RegExp {
  let p = pattern.trim().replace(/\\/g, '/');
  if (p.endsWith('/')) p = p.slice(0, -1);
  if (p.startsWith('./')) p = p.slice(2);
  const anchored = p.startsWith('/') || p.includes('/');
  if (p.startsWith('/')) p = p.slice(1);
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${segmentToRegExp(p)}$`);
}

/** True when the path, or one of the directories it is in, matches one of the patterns. */
export function matchesAnyGlob(relativePath: string, patterns: readonly RegExp[]): boolean {
  if (patterns.length === 0) return false;
  const segments = relativePath.split('/');
  for (let n = segments.length; n >= 1; n--) {
    const candidate = segments.slice(0, n).join('/');
    if (patterns.some((p) => p.test(candidate))) return true;
  }
  return false;
}
