import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlob, compileGlobs } from './glob.js';

/** The paths of `paths` that `pattern` matches. */
const matching = (pattern: string, paths: string[]) => paths.filter(compileGlob(pattern));

describe('compileGlob', () => {
  it('matches a name without / at any depth, and everything below it', () => {
    const match = compileGlob('drafts');
    expect(match('drafts')).toBe(true);
    expect(match('drafts/a.yaml')).toBe(true);
    expect(match('x/drafts/b.yaml')).toBe(true);
    expect(match('x/y/drafts/z/c.yaml')).toBe(true);
    expect(match('drafts-old/a.yaml')).toBe(false);
    expect(match('old-drafts/a.yaml')).toBe(false);
    expect(match('x/mydrafts')).toBe(false);
  });

  it('matches a file name without / at any depth', () => {
    expect(matching('notes.yaml', ['notes.yaml', 'a/notes.yaml', 'a/notes.yaml.bak', 'xnotes.yaml'])).toEqual([
      'notes.yaml',
      'a/notes.yaml',
    ]);
  });

  it('anchors a pattern with / at the root, with * inside one folder', () => {
    const match = compileGlob('agreements/*.yaml');
    expect(match('agreements/a.yaml')).toBe(true);
    expect(match('agreements/.yaml')).toBe(true);
    expect(match('agreements/x/a.yaml')).toBe(false);
    expect(match('other/agreements/a.yaml')).toBe(false);
    expect(match('agreements/a.yml')).toBe(false);
  });

  it('lets * match within a name at any depth when unanchored', () => {
    expect(matching('old-*.yml', ['old-a.yml', 'x/old-b.yml', 'x/new-a.yml', 'old-a.yaml'])).toEqual([
      'old-a.yml',
      'x/old-b.yml',
    ]);
  });

  it('lets **/ match any number of folders, including none', () => {
    const paths = ['old-a.yml', 'x/old-b.yml', 'x/y/z/old-c.yml', 'x/new-a.yml', 'x/old-a.yaml', 'x/bold-a.yml'];
    expect(matching('**/old-*.yml', paths)).toEqual(['old-a.yml', 'x/old-b.yml', 'x/y/z/old-c.yml']);
  });

  it('lets ** at the end match everything below a folder', () => {
    expect(matching('archive/**', ['archive/a.yaml', 'archive/x/y/b.yaml', 'other/archive/a.yaml', 'archive2/a.yaml'])).toEqual([
      'archive/a.yaml',
      'archive/x/y/b.yaml',
    ]);
  });

  it('lets a/**/b match b directly under a and deeper', () => {
    expect(matching('a/**/b.yaml', ['a/b.yaml', 'a/x/b.yaml', 'a/x/y/b.yaml', 'c/a/b.yaml', 'a/xb.yaml'])).toEqual([
      'a/b.yaml',
      'a/x/b.yaml',
      'a/x/y/b.yaml',
    ]);
  });

  it('lets ? match exactly one character, never /', () => {
    expect(matching('v?.yaml', ['v1.yaml', 'v2.yaml', 'v.yaml', 'v12.yaml', 'x/v3.yaml'])).toEqual(['v1.yaml', 'v2.yaml', 'x/v3.yaml']);
    expect(matching('a?b', ['a/b', 'axb'])).toEqual(['axb']);
  });

  it('ignores a leading ./ and a trailing /', () => {
    const paths = ['agreements/a.yaml', 'agreements/x/a.yaml', 'other/agreements/a.yaml'];
    expect(matching('./agreements/*.yaml', paths)).toEqual(matching('agreements/*.yaml', paths));
    expect(matching('./agreements/*.yaml', paths)).toEqual(['agreements/a.yaml']);
    expect(matching('drafts/', ['drafts/a.yaml', 'x/drafts/b.yaml', 'draftsx/c.yaml'])).toEqual(['drafts/a.yaml', 'x/drafts/b.yaml']);
    // ./ ties the pattern to the root, as a leading / does.
    expect(matching('./drafts', ['drafts/a.yaml', 'x/drafts/a.yaml'])).toEqual(['drafts/a.yaml']);
  });

  it('anchors a pattern that starts with /', () => {
    expect(matching('/drafts', ['drafts/a.yaml', 'x/drafts/a.yaml'])).toEqual(['drafts/a.yaml']);
  });

  it('ignores surrounding white space', () => {
    expect(compileGlob('  drafts  ')('drafts/a.yaml')).toBe(true);
  });

  it('takes regular-expression characters in names literally', () => {
    expect(matching('a+b.yaml', ['a+b.yaml', 'aab.yaml', 'aaab.yaml'])).toEqual(['a+b.yaml']);
    expect(matching('(x).yaml', ['(x).yaml', 'x.yaml'])).toEqual(['(x).yaml']);
    expect(matching('a.yaml', ['a.yaml', 'aXyaml'])).toEqual(['a.yaml']);
    expect(matching('$x^|y{2}.yaml', ['$x^|y{2}.yaml', 'x', 'y.yaml', 'yy.yaml'])).toEqual(['$x^|y{2}.yaml']);
    expect(matching('a\\b', ['a\\b', 'ab'])).toEqual(['a\\b']);
  });

  it('is case-sensitive, like paths in git', () => {
    expect(matching('Drafts', ['Drafts/a.yaml', 'drafts/a.yaml'])).toEqual(['Drafts/a.yaml']);
  });
});

describe('compileGlobs', () => {
  it('matches nothing for no patterns', () => {
    const match = compileGlobs([]);
    for (const path of ['a.yaml', 'x/y.yml', '', 'drafts']) expect(match(path)).toBe(false);
  });

  it('ignores empty and blank patterns', () => {
    const match = compileGlobs(['', '   ']);
    expect(match('a.yaml')).toBe(false);
    expect(match('')).toBe(false);
  });

  it('matches what any of its patterns matches', () => {
    const match = compileGlobs(['drafts', 'archive/*.yml']);
    expect(match('x/drafts/a.yaml')).toBe(true);
    expect(match('archive/b.yml')).toBe(true);
    expect(match('archive/b.yaml')).toBe(false);
    expect(match('agreements/a.yaml')).toBe(false);
  });
});

/** The regular expression glob.ts compiled to before, as the oracle its automaton is held to. */
function regexGlob(pattern: string): (path: string) => boolean {
  const trimmed = pattern.trim().replace(/\/+$/, '');
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

describe('compileGlob against a regular expression', () => {
  it('matches exactly what the regular expression matches, on 20 000 random patterns and paths', () => {
    const pattern = fc.array(fc.constantFrom('a', 'b', '/', '*', '**', '**/', '?', '.', ' ', './'), { maxLength: 8 }).map((p) => p.join(''));
    const path = fc.array(fc.constantFrom('a', 'b', '/', '.', 'ab', 'a/', 'b/'), { maxLength: 10 }).map((p) => p.join(''));
    let matched = 0;
    fc.assert(
      fc.property(pattern, fc.array(path, { minLength: 10, maxLength: 10 }), (p, paths) => {
        const [ours, oracle] = [compileGlob(p), regexGlob(p)];
        for (const x of paths) {
          expect(ours(x), `${JSON.stringify(p)} on ${JSON.stringify(x)}`).toBe(oracle(x));
          if (oracle(x)) matched += 1;
        }
      }),
      { numRuns: 2000 },
    );
    // Not a comparison of two "no"s: a good share of the pairs match.
    expect(matched).toBeGreaterThan(2000);
  });

  it('needs no backtracking: patterns that made the regular expression run for minutes answer at once', () => {
    const name = `${'a'.repeat(240)}.yaml`;
    expect(compileGlob('*a*a*a*a*a*a*a*a*a*b')(name)).toBe(false);
    expect(compileGlob('*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b')(`x/${name}`)).toBe(false);
    const deep = `${'a/'.repeat(60)}x.yaml`;
    expect(compileGlob(`${'**/'.repeat(30)}y`)(deep)).toBe(false);
    expect(compileGlob(`${'**/'.repeat(30)}x.yaml`)(deep)).toBe(true);
    expect(compileGlob(`a/${'**/a'.repeat(25)}b`)(deep)).toBe(false);
  });
});
