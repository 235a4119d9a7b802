/**
 * The small glob dialect of `config.exclude`, matched against paths relative to the root with `/`:
 * `*` is any run of characters within one folder or file name, `**` any number of folders, `?` one
 * character. A pattern without `/` matches a name at any depth, as in `.gitignore`; a pattern that
 * matches a folder excludes everything below it.
 */
export function compileGlob(pattern: string): (path: string) => boolean {
  const trimmed = pattern.trim().replace(/\/+$/, '');
  // A slash anywhere but at the end ties the pattern to the root, `./drafts` included.
  const anchored = trimmed.includes('/');
  const glob = trimmed.replace(/^\.?\//, '');
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const regex = new RegExp(`^${anchored ? '' : '(?:.*/)?'}${source}(?:/.*)?$`);
  return (path) => regex.test(path);
}

/** One predicate for a list of patterns. */
export function compileGlobs(patterns: readonly string[]): (path: string) => boolean {
  const matchers = patterns.filter((p) => p.trim() !== '').map(compileGlob);
  return (path) => matchers.some((m) => m(path));
}
