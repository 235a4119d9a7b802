import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { validateRepository } from '../../src/index.js';
import { makeHostileRepo } from '../helpers/hostile-repo.js';
import { STACK_TRACE, parseJsonOutput, runCli, where } from '../helpers/run-cli.js';

const { root, outside } = makeHostileRepo();
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

/** Every hostile input, at the place a coordinator should look. */
const EXPECTED = [
  'alias-bomb.yaml:5:8 yaml/alias-limit',
  'binary.yaml:1:1 file/binary',
  // The BOM is stripped before parsing, so line 1 columns are not shifted.
  'bom.yaml:1:7 schema/enum',
  'broken-link.yaml:1:1 file/unreadable',
  'conflict.yaml:6:1 file/merge-conflict',
  'crlf.yaml:5:10 schema/enum',
  'deep-1.yaml:1:71 yaml/too-deep',
  'deep-2.yaml:1:71 yaml/too-deep',
  'deep-block.yaml:65:65 yaml/too-deep',
  'duplicate-key.yaml:6:1 yaml/duplicate-key',
  'escape-dir:1:1 file/symlink-outside-root',
  'escape.yaml:1:1 file/symlink-outside-root',
  'fifo.yaml:1:1 file/not-regular',
  'huge.yaml:1:1 file/too-large',
  'invalid-utf8.yaml:2:10 file/invalid-utf-8',
  'merge-key.yaml:1:1 schema/additionalProperties',
  'merge-key.yaml:7:1 yaml/merge-key',
  'proto.yaml:6:1 yaml/forbidden-key',
  'syntax.yaml:7:1 yaml/syntax',
  'tag.yaml:5:10 yaml/tag',
  'utf16.yaml:1:1 file/utf-16',
  // %YAML 1.1 does not switch to the 1.1 schema: `yes` stays the text "yes".
  'yaml11.yaml:7:10 schema/enum',
];

describe('samverkan validate on hostile input', () => {
  it('reports each broken file as a diagnostic at its position, in one process, without a crash', () => {
    const result = runCli(['validate', '--root', root, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const report = parseJsonOutput(result.stdout);
    expect(report.diagnostics.map(where)).toEqual(EXPECTED);
    // The valid file, and the link to it inside the root, are still checked and clean.
    // 20 files read; the links that leave the root or lead nowhere are not files of the repository.
    expect(report.summary.files).toBe(20);
    expect(report.diagnostics.some((d) => d.file === 'ok.yaml' || d.file === 'inside-link.yaml')).toBe(false);
    // What lies outside the root is never read, and its absolute path is not shown.
    expect(result.stdout).not.toContain(outside);
    expect(result.stdout).not.toContain('review-secret');
    expect(result.stdout).not.toMatch(STACK_TRACE);
  });

  it('shows the duplicate key and the tag by name, and one line per message', () => {
    const report = parseJsonOutput(runCli(['validate', '--root', root, '--format', 'json']).stdout);
    const byFile = (file: string) => report.diagnostics.find((d) => d.file === file);
    expect(byFile('duplicate-key.yaml')).toMatchObject({ pointer: '/outcome', end_column: 8 });
    expect(byFile('duplicate-key.yaml')?.message).toContain('"outcome"');
    expect(byFile('tag.yaml')).toMatchObject({ pointer: '/outcome', end_column: 17 });
    expect(byFile('tag.yaml')?.message).toContain('!custom');
    expect(byFile('escape.yaml')?.message).toMatch(/\.\.\/samverkan-outside-\w+\/secret\.yaml/);
    expect(report.diagnostics.every((d) => !/[\r\n]/.test(d.message))).toBe(true);
  });

  it('prints the pretty report without a stack trace', () => {
    const result = runCli(['validate', '--root', root]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('huge.yaml:1:1  fel  Filen är för stor: 1048684 byte (högst 1048576)');
    expect(result.stdout).not.toMatch(STACK_TRACE);
  });

  it('survives every hostile input twice in the same process, through the library', async () => {
    for (let round = 0; round < 2; round++) {
      const result = await validateRepository({ root, lang: 'en' });
      expect(result.diagnostics.map((d) => `${d.file}:${d.start.line}:${d.start.column} ${d.rule}`)).toEqual(EXPECTED);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
