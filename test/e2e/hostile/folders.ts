import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { HostileCase } from '../../helpers/hostile-harness.js';
import { review } from '../../helpers/hostile-repo.js';
import { parseJsonOutput, where } from '../../helpers/run-cli.js';

/**
 * Folders of 200-character names nested below `dir` until their path is longer than `bytes`, with
 * `file` in the last: made one level at a time from inside (in a process of their own, since the
 * working folder is the process's), as no path that long can be given to the system.
 */
function deepFolders(dir: string, bytes: number, file: string, content: string): void {
  const script = [
    "const { mkdirSync, writeFileSync } = require('node:fs');",
    'const [dir, bytes, file, content] = process.argv.slice(1);',
    'process.chdir(dir);',
    'for (let length = dir.length, i = 0; length <= Number(bytes); i++) {',
    "  const name = String(i).padStart(200, 'd');",
    '  mkdirSync(name);',
    '  process.chdir(name);',
    '  length += name.length + 1;',
    '}',
    'writeFileSync(file, content);',
  ].join('\n');
  mkdirSync(dir, { recursive: true });
  execFileSync(process.execPath, ['-e', script, dir, String(bytes), file, content]);
}

/** A name with the byte 0xE5 (å in Latin-1) where `å` stands: not UTF-8, as a Windows share or an old zip can leave it. */
function latin1(path: string): Buffer {
  return Buffer.concat(path.split('å').flatMap((part, i) => (i === 0 ? [Buffer.from(part)] : [Buffer.from([0xe5]), Buffer.from(part)])));
}

/** Cases about the folders of a repository: ones that cannot be listed, names that are not UTF-8. */
export const FOLDER_CASES: HostileCase[] = [
  {
    name: 'a folder whose path is longer than the system takes is a finding for it, and the rest is checked',
    source: '14.6',
    setup: (ws) => {
      ws.copyFixture('valid');
      ws.write('repo/z.yaml', review('after-the-deep-folder'));
      deepFolders(join(ws.root, 'deep'), 4_200, 'hidden.yaml', review('hidden'));
      return ['validate', '--root', 'repo', '--format', 'json'];
    },
    code: 1,
    check: ({ stdout }) => {
      const report = parseJsonOutput(stdout);
      expect(report.summary.files).toBe(2);
      const [finding, ...others] = report.diagnostics;
      expect(others).toEqual([]);
      expect(finding).toMatchObject({ line: 1, column: 1, rule: 'file/unreadable-folder' });
      expect(finding?.file).toMatch(/^deep\/d+0\/d+1\/.*\/d+\d+$/);
      expect(finding?.message).toMatch(/^Sökvägen till mappen är för lång för filsystemet \(\d{4} byte\); filerna i den har inte kontrollerats\. Korta mappnamnen/);
    },
  },
  {
    name: 'a folder the user may not read is a finding for it, and the rest is checked',
    source: '14.6',
    unprivileged: true,
    setup: (ws) => {
      ws.copyFixture('valid');
      ws.write('repo/private/secret.yaml', review('private'));
      ws.write('repo/z.yaml', review('after-the-private-folder'));
      chmodSync(join(ws.root, 'private'), 0o000);
      return ['validate', '--root', 'repo'];
    },
    code: 1,
    stdout: /^private\n {2}private:1:1 {2}fel {2}Mappen kan inte läsas \(EACCES\); filerna i den har inte kontrollerats {2}file\/unreadable-folder\n {4}Ge läsbehörighet till mappen/,
    check: ({ stdout }, ws) => {
      chmodSync(join(ws.root, 'private'), 0o755);
      expect(stdout).toMatch(/✖ 1 fel i 1 av 2 filer \(2 dokument kontrollerade\)\./);
    },
  },
  {
    name: 'a file and a folder named with a byte that is not UTF-8 are read, and named with the byte escaped',
    source: '14.18',
    setup: (ws) => {
      ws.copyFixture('valid');
      writeFileSync(latin1(join(ws.root, 'latå.yaml')), review('latin-1').replace('outcome: unchanged', 'outcome: ändrad'));
      mkdirSync(latin1(join(ws.root, 'uppföljning-å')));
      writeFileSync(Buffer.concat([latin1(join(ws.root, 'uppföljning-å')), Buffer.from('/å.yaml')]), review('utf-8-in-latin-1'));
      return ['validate', '--root', 'repo', '--format', 'json'];
    },
    code: 1,
    check: ({ stdout }) => {
      const report = parseJsonOutput(stdout);
      expect(report.summary.files).toBe(3);
      expect(report.diagnostics.map(where)).toEqual(['lat\\xe5.yaml:5:10 schema/enum']);
    },
  },
];
