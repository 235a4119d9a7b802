import { expect } from 'vitest';
import { makeHostileRepo, review } from '../../helpers/hostile-repo.js';
import type { HostileCase } from '../../helpers/hostile-harness.js';
import { parseJsonOutput, where } from '../../helpers/run-cli.js';

/** Every hostile input of the loader's repository, at the place a coordinator should look. */
export const HOSTILE_REPO_FINDINGS = [
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
  // At the quote that is never closed, not at the end of the file where the parser gave up.
  'syntax.yaml:6:8 yaml/syntax',
  'tag.yaml:5:10 yaml/tag',
  'utf16.yaml:1:1 file/utf-16',
  // %YAML 1.1 does not switch to the 1.1 schema: `yes` stays the text "yes".
  'yaml11.yaml:7:10 schema/enum',
];

/** Cases about what the loader reads: broken files, links out of the root, the configuration. */
export const REPOSITORY_CASES: HostileCase[] = [
  {
    name: 'every broken file is a finding at its position, in one process (json)',
    source: '14 (round one)',
    setup: (ws) => {
      makeHostileRepo(ws.root, ws.outside);
      return ['validate', '--root', 'repo', '--format', 'json'];
    },
    code: 1,
    check: ({ stdout }) => {
      const report = parseJsonOutput(stdout);
      expect(report.diagnostics.map(where)).toEqual(HOSTILE_REPO_FINDINGS);
      // 20 files read; the links that leave the root or lead nowhere are not files of the repository.
      expect(report.summary.files).toBe(20);
      expect(report.diagnostics.some((d) => d.file === 'ok.yaml' || d.file === 'inside-link.yaml')).toBe(false);
      const byFile = (file: string) => report.diagnostics.find((d) => d.file === file);
      expect(byFile('duplicate-key.yaml')).toMatchObject({ pointer: '/outcome', end_column: 8 });
      expect(byFile('duplicate-key.yaml')?.message).toContain('"outcome"');
      expect(byFile('tag.yaml')).toMatchObject({ pointer: '/outcome', end_column: 17 });
      expect(byFile('tag.yaml')?.message).toContain('!custom');
      // What lies outside the root is never read, and its absolute path is not shown.
      expect(byFile('escape.yaml')?.message).toContain('../outside/secret.yaml');
      expect(stdout).not.toContain('review-secret');
      expect(report.diagnostics.every((d) => !/[\r\n]/.test(d.message))).toBe(true);
    },
  },
  {
    name: 'every broken file is a finding, in the pretty report too',
    source: '14 (round one)',
    setup: (ws) => {
      makeHostileRepo(ws.root, ws.outside);
      return ['validate', '--root', 'repo'];
    },
    code: 1,
    stdout: /huge\.yaml:1:1 {2}fel {2}Filen är för stor: 1048684 byte \(högst 1048576\)/,
    check: ({ stdout }) => expect(stdout).not.toContain('review-secret'),
  },
  excludeCase('a glob with many stars against a long name', ['*a*a*a*a*a*a*a*a*a*b', '*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b/**'], `${'a'.repeat(200)}/${'a'.repeat(240)}.yaml`),
  excludeCase('** repeated against a deep folder', [`${'**/'.repeat(40)}x.yml`, `a/${'**/a'.repeat(30)}/b`], `${'a/'.repeat(60)}deep.yaml`),
  {
    name: 'a samverkan.yaml that is a link out of the root is never read, and its content never shown',
    source: '14.14',
    setup: (ws) => {
      // As a secret in ~/.npmrc would be: a value the schema refuses, and so would quote.
      ws.write('outside/npmrc', 'kind: config\nlanguage: npm_SECRET123\n');
      ws.link('repo/samverkan.yaml', '../outside/npmrc');
      ws.copyFixture('valid');
      return ['validate', '--root', 'repo'];
    },
    code: 2,
    stderr: /^samverkan: samverkan\.yaml:1:1: Symbolisk länk som pekar utanför arkivet: \.\.\/outside\/npmrc\./,
    check: ({ stdout, stderr }) => expect(stdout + stderr).not.toContain('SECRET'),
  },
];

/** `exclude` patterns that backtracked for minutes against a path of the repository that they do not match. */
function excludeCase(what: string, exclude: readonly string[], path: string): HostileCase {
  return {
    name: `exclude: ${what} answers at once`,
    source: '14.10',
    setup: (ws) => {
      ws.copyFixture('valid');
      ws.write('repo/samverkan.yaml', `kind: config\nexclude: ${JSON.stringify(exclude)}\n`);
      ws.write(`repo/${path}`, review('excluded-not'));
      return ['validate', '--root', 'repo', '--format', 'json'];
    },
    code: 0,
    timeout: 10,
    check: ({ stdout }) => expect(parseJsonOutput(stdout).summary.files).toBe(3),
  };
}
