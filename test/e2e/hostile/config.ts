import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { HostileCase } from '../../helpers/hostile-harness.js';

/**
 * Cases about samverkan.yaml settings that would make a run look better than it was: reading
 * rules turned off, templates from outside the repository. Each is refused before anything is
 * read or walked, so nothing is printed as checked.
 */
export const CONFIG_CASES: HostileCase[] = [
  ...[
    ['file/binary: "off"', 'binary.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00])],
    ['yaml/syntax: warning', 'syntax.yaml', Buffer.from('kind: annual_review\nnotes: "unterminated\n')],
    ['file/unreadable: "off"', 'fifo.yaml', undefined],
  ].map(
    ([rule, file, content]): HostileCase => ({
      name: `rules: ${String(rule)} is refused, and no file is said to be checked`,
      source: '14.22',
      setup: (ws) => {
        ws.copyFixture('valid');
        ws.write('repo/samverkan.yaml', `kind: config\nrules:\n  ${String(rule)}\n`);
        if (content instanceof Buffer) ws.write(`repo/${String(file)}`, content);
        else execFileSync('mkfifo', [join(ws.root, String(file))]);
        return ['validate', '--root', 'repo'];
      },
      code: 2,
      stderr: new RegExp(`^samverkan: samverkan\\.yaml:3:\\d+: Regeln ${String(rule).split(':')[0]} kan inte sättas till (off|warning): den skyddar läsningen av filerna`),
      check: ({ stdout }) => expect(stdout).toBe(''),
    }),
  ),
  ...(['validate', 'status', 'report'] as const).map(
    (command): HostileCase => ({
      name: `templates: / is refused by ${command} before anything is walked`,
      source: '14.23',
      setup: (ws) => {
        ws.copyFixture('valid');
        ws.write('repo/samverkan.yaml', 'kind: config\ntemplates: /\n');
        return [command, '--root', 'repo', ...(command === 'report' ? ['--year', '2024'] : [])];
      },
      code: 2,
      // Walking the whole file system for *.hbs would take far longer than this.
      timeout: 10,
      stderr: /^samverkan: samverkan\.yaml:2:12: templates: ska vara en mapp i arkivet, relativ till rotmappen, men "\/" ligger utanför arkivet\./,
      check: ({ stdout }) => expect(stdout).toBe(''),
    }),
  ),
  {
    name: 'templates: outside the root is refused, and nothing there is read',
    source: '14.23',
    setup: (ws) => {
      ws.copyFixture('valid');
      ws.write('repo/samverkan.yaml', 'kind: config\ntemplates: ../outside/mallar\n');
      // Read, it would wait for a writer for ever; shown, it would leak.
      ws.write('outside/mallar/report.md.hbs', '# {{title}} SECRET');
      execFileSync('mkfifo', [join(ws.outside, 'mallar', 'fifo.md.hbs')]);
      return ['report', '--root', 'repo', '--year', '2024', '--out', 'rapport.md'];
    },
    code: 2,
    timeout: 10,
    stderr: /^samverkan: samverkan\.yaml:2:12: templates: ska vara en mapp i arkivet, relativ till rotmappen, men "\.\.\/outside\/mallar" ligger utanför arkivet\./,
    check: ({ stdout, stderr }) => expect(stdout + stderr).not.toContain('SECRET'),
  },
];
