import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { expect } from 'vitest';
import type { HostileCase, Workspace } from '../../helpers/hostile-harness.js';
import { review } from '../../helpers/hostile-repo.js';
import { FIXTURES, parseJsonOutput } from '../../helpers/run-cli.js';

/** ESC sequences that clear the screen, recolour it and set the window title, and a BEL. */
const ESCAPES = '\u001b[2J\u001b[31m\u001b]0;pwned\u0007';
const AGREEMENT = readFileSync(join(FIXTURES, 'valid', 'agreements', 'gnesta-2023.yaml'), 'utf8');
const SNEAKY_NAME = 'x` <img src=x onerror=alert(1)> `.yaml';

/** The valid agreement under a file name with control characters, and a broken review beside it. */
function escapes(ws: Workspace): void {
  ws.write(`repo/agreements/gnesta${ESCAPES}.yaml`, AGREEMENT);
  ws.write(`repo/review${ESCAPES}.yaml`, `# ${ESCAPES} a comment\n${review('esc').replace('outcome: unchanged', 'outcome: changed')}`);
}

const DEADLINES = ['--root', 'repo', '--as-of', '2026-11-24'];

/** Cases about what reaches a terminal, a CI log or a Markdown page. */
export const TERMINAL_CASES: HostileCase[] = [
  ...(['pretty', 'markdown', 'github'] as const).map(
    (format): HostileCase => ({
      name: `validate --format ${format}: control characters in a file name and a comment are shown escaped`,
      source: '14.16',
      setup: (ws) => {
        escapes(ws);
        return ['validate', '--root', 'repo', '--format', format];
      },
      code: 1,
      // Markdown escapes the backslashes and brackets of the escapes once more.
      stdout: /review\\+u001b\\?\[2J\\+u001b\\?\[31m\\+u001b\\?\]0;pwned\\+u0007\.yaml/,
    }),
  ),
  ...(
    [
      ['deadlines', 'pretty'],
      ['deadlines', 'markdown'],
    ] as const
  ).map(
    ([command, format]): HostileCase => ({
      name: `${command} --format ${format}: control characters in a file name are shown escaped`,
      source: '14.16',
      setup: (ws) => {
        escapes(ws);
        return [command, ...DEADLINES, '--format', format];
      },
      code: 0,
      stdout: /gnesta-2023/,
      stderr: /^samverkan: arkivet har 1 fel/,
    }),
  ),
  {
    name: 'report: control characters in a title are shown escaped',
    source: '14.16',
    setup: (ws) => {
      ws.write('repo/agreements/gnesta-2023.yaml', AGREEMENT.replace(/^title: .*$/m, 'title: "Gnesta \\e[2J\\a"'));
      return ['report', '--root', 'repo', '--year', '2024', '--as-of', '2025-01-01'];
    },
    code: 0,
    stdout: /Gnesta \\+u001b\\?\[2J\\+u0007/,
  },
  {
    name: 'deadlines --format markdown: a file name with backticks and HTML stays one code span',
    source: '14.17',
    setup: (ws) => {
      ws.write(`repo/${SNEAKY_NAME}`, AGREEMENT);
      return ['deadlines', ...DEADLINES, '--format', 'markdown'];
    },
    code: 0,
    check: ({ stdout }) => {
      expect(stdout).toContain('``x` <img src=x onerror=alert(1)> `.yaml``');
      const html = new MarkdownIt({ html: true }).render(stdout);
      expect(html).not.toContain('<img');
      expect(html).toContain('<code>x` &lt;img src=x onerror=alert(1)&gt; `.yaml</code>');
    },
  },
  ...(['json', 'pretty'] as const).map(
    (format): HostileCase => ({
      name: `validate --format ${format}: a 500 000-character id is quoted shortened`,
      source: '14.21',
      setup: (ws) => {
        ws.copyFixture('valid');
        const id = `gnesta-${'x'.repeat(500_000)}-slut`;
        ws.write('repo/a.yaml', review('long-a').replace('gnesta-2023', id));
        ws.write('repo/b.yaml', review('long-b').replace('review-long-b', id).replace('gnesta-2023', `${id}x`));
        ws.write('repo/c.yaml', review('long-c').replace('review-long-c', id));
        return ['validate', '--root', 'repo', '--format', format];
      },
      code: 1,
      check: ({ stdout }) => {
        if (format === 'json') {
          const { diagnostics } = parseJsonOutput(stdout);
          expect(diagnostics.map((d) => d.rule).sort()).toEqual(['reference/agreement', 'reference/agreement', 'repository/unique-id']);
          for (const d of diagnostics) expect(d.message.length, d.message.slice(0, 200)).toBeLessThan(400);
          expect(diagnostics[0]?.message).toMatch(/"gnesta-x+…x+-slut"/);
        }
        // The code frame cuts the line too: no line of the output is anywhere near the value's size.
        for (const line of stdout.split('\n')) expect(line.length).toBeLessThan(2000);
      },
    }),
  ),
];
