import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yamlText } from '../../../../test/property/yaml-texts.js';
import { mayExceedDepth, scanDepth } from './scan-depth.js';

const LIMIT = 64;

/** `k0:` / ` k1:` / `  k2:` … : n block mappings nested by indentation. */
function nestedKeys(n: number): string {
  return Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n';
}

describe('scanDepth', () => {
  it('measures a flat mapping as shallow', () => {
    const scan = scanDepth('kind: agreement\nid: a\ntitle: Trygghet\n', LIMIT);
    expect(scan.depth).toBeGreaterThanOrEqual(1);
    expect(scan.depth).toBeLessThanOrEqual(2);
    expect(scan.overAt).toBeUndefined();
  });

  it('measures an empty text as depth 0', () => {
    expect(scanDepth('', LIMIT)).toEqual({ depth: 0 });
    expect(scanDepth('# only a comment\n', LIMIT)).toEqual({ depth: 0 });
  });

  it('counts nested flow brackets', () => {
    const scan = scanDepth('['.repeat(10) + ']'.repeat(10), LIMIT);
    expect(scan.depth).toBeGreaterThanOrEqual(10);
    expect(scan.depth).toBeLessThanOrEqual(12);
    expect(scan.overAt).toBeUndefined();
    expect(scanDepth('a: {b: {c: [1]}}\n', LIMIT).depth).toBeGreaterThanOrEqual(4);
  });

  it('goes deeper with more nesting', () => {
    const shallow = scanDepth(nestedKeys(5), LIMIT).depth;
    const deep = scanDepth(nestedKeys(20), LIMIT).depth;
    expect(deep - shallow).toBe(15);
  });

  it('stops at the limit on 5 000 unclosed brackets, inside the brackets, without throwing', () => {
    const text = '['.repeat(5000);
    let scan: ReturnType<typeof scanDepth> | undefined;
    expect(() => (scan = scanDepth(text, LIMIT))).not.toThrow();
    expect(scan?.overAt).toBeDefined();
    const at = scan?.overAt ?? -1;
    expect(text[at]).toBe('[');
    // The limit is passed somewhere around the 64th bracket, not thousands of brackets later.
    expect(at).toBeGreaterThanOrEqual(LIMIT - 2);
    expect(at).toBeLessThanOrEqual(LIMIT + 1);
    expect(scan?.depth).toBe(LIMIT + 1);
  });

  it('stops at the limit in deep flow mappings too', () => {
    const scan = scanDepth('a: ' + '{b: '.repeat(200) + '1' + '}'.repeat(200), LIMIT);
    expect(scan.overAt).toBeDefined();
    expect(scan.depth).toBe(LIMIT + 1);
  });

  it('counts block nesting by indentation: 100 nested keys exceed 64', () => {
    const text = nestedKeys(100);
    const scan = scanDepth(text, LIMIT);
    expect(scan.overAt).toBeDefined();
    const at = scan.overAt ?? -1;
    // The offset is on one of the nested key lines, past line 60.
    const line = text.slice(0, at).split('\n').length;
    expect(line).toBeGreaterThan(60);
    expect(line).toBeLessThanOrEqual(66);
  });

  it('counts nested block lists', () => {
    const text = Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- x${i}:`).join('\n') + ' 1\n';
    expect(scanDepth(text, LIMIT).overAt).toBeDefined();
  });

  it('stays under the limit for 60 nested keys', () => {
    expect(scanDepth(nestedKeys(60), LIMIT).overAt).toBeUndefined();
  });

  it('does not count brackets inside a literal or folded block scalar', () => {
    const literal = `notes: |\n  ${'['.repeat(200)}\n  ${'{'.repeat(200)}\nid: x\n`;
    const folded = `notes: >-\n  ${'['.repeat(200)}\nid: x\n`;
    for (const text of [literal, folded]) {
      const scan = scanDepth(text, LIMIT);
      expect(scan.overAt).toBeUndefined();
      expect(scan.depth).toBeLessThan(4);
    }
  });

  it('does not count brackets inside quoted strings, plain scalars or comments', () => {
    const brackets = '['.repeat(200);
    for (const text of [`a: "${brackets}"\n`, `a: '${brackets}'\n`, `a: b${brackets}\n`, `# ${brackets}\na: 1\n`]) {
      const scan = scanDepth(text, LIMIT);
      expect(scan.overAt).toBeUndefined();
      expect(scan.depth).toBeLessThan(4);
    }
  });

  it('does not count a multi-line double-quoted string', () => {
    const text = `a: "${'[\n  '.repeat(200)}"\nb: 1\n`;
    expect(scanDepth(text, LIMIT).overAt).toBeUndefined();
  });

  it('measures each document of a file on its own', () => {
    const block = nestedKeys(40);
    const flow = '['.repeat(40) + ']'.repeat(40) + '\n';
    for (const text of [`${block}---\n${block}`, `${flow}---\n${flow}`, `${block}---\n${flow}`, `${flow}...\n---\n${block}`]) {
      const scan = scanDepth(text, LIMIT);
      expect(scan.overAt).toBeUndefined();
      expect(scan.depth).toBeLessThanOrEqual(42);
    }
  });

  it('resets unclosed flow brackets at a document start', () => {
    const text = `${'['.repeat(40)}\n---\n${'['.repeat(30)}${']'.repeat(30)}\n`;
    expect(scanDepth(text, LIMIT).overAt).toBeUndefined();
  });
});

describe('mayExceedDepth: a bound that spares the lexer pass', () => {
  it('clears ordinary files and flags deep ones', () => {
    expect(mayExceedDepth('kind: agreement\nresponsible: [a, b]\nparties:\n  - id: x\n', LIMIT)).toBe(false);
    expect(mayExceedDepth(nestedKeys(100), LIMIT)).toBe(true);
    expect(mayExceedDepth('['.repeat(70), LIMIT)).toBe(true);
    expect(mayExceedDepth('- '.repeat(70) + 'x\n', LIMIT)).toBe(true);
  });

  it('is never below what scanDepth measures, so a file it clears is never too deep', () => {
    const deepish = fc
      .array(fc.constantFrom('[', '{', ']', '}', '- ', '? ', ' ', '  ', 'k: ', '\n', '\t', '"[', '#[', '|\n'), { maxLength: 160 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(yamlText, deepish), fc.integer({ min: 1, max: 12 }), (text, limit) => {
        if (!mayExceedDepth(text, limit)) expect(scanDepth(text, limit).depth).toBeLessThanOrEqual(limit);
      }),
      { seed: 20261204, numRuns: 3000 },
    );
  });
});
