import { execFileSync, spawn } from 'node:child_process';
import { lstatSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { HostileCase, Workspace } from '../../helpers/hostile-harness.js';
import { parseJsonOutput } from '../../helpers/run-cli.js';

const LONG = `${'a'.repeat(240)}.json`;

/** validate of the valid fixture, its JSON written where `output` says. */
function validateTo(ws: Workspace, output: string, ...more: string[]): string[] {
  ws.copyFixture('valid');
  return ['validate', '--root', 'repo', '--format', 'json', '--output', output, ...more];
}

/** A reader of the FIFO `pipe`, started before the command so the command's write can finish. */
const readers = new WeakMap<Workspace, Promise<string>>();

/** Cases about where `--output` and `--out` write, and what they must never replace. */
export const OUTPUT_CASES: HostileCase[] = [
  {
    name: '--output with a 240-character name is written, with no temp file left',
    source: '14.7',
    setup: (ws) => validateTo(ws, LONG),
    code: 0,
    outputs: [LONG],
    check: (_result, ws) => expect(parseJsonOutput(readFileSync(join(ws.dir, LONG), 'utf8')).summary.files).toBe(1),
  },
  {
    name: '--output with a name too long for the file system is refused clearly, with no temp file left',
    source: '14.7',
    setup: (ws) => validateTo(ws, `${'a'.repeat(300)}.json`),
    code: 2,
    stderr: /^samverkan: Kan inte skriva a+\.json \(ENAMETOOLONG\)\. Namnet är för långt för filsystemet; välj ett kortare\.\n$/,
  },
  // Through links of the case's own like /dev/stdout (-> /proc/self/fd/1), not the machine's
  // /dev/stdout or /dev/null: were the rules broken, a run would replace only its own link.
  ...(
    [
      ['/dev/null', 'writes to the device', undefined],
      ['/proc/self/fd/1', 'prints the result, as --output /dev/stdout does,', /^\{"version":1,"diagnostics":\[\],"summary":\{"files":1,/],
    ] as const
  ).map(
    ([target, does, stdout]): HostileCase => ({
      name: `--output through a link to ${target} ${does} and keeps the link`,
      source: '14.12',
      setup: (ws) => {
        ws.link('out.json', target);
        return validateTo(ws, 'out.json');
      },
      code: 0,
      stdout,
      check: (_result, ws) => {
        expect(lstatSync(join(ws.dir, 'out.json')).isSymbolicLink()).toBe(true);
        expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
      },
    }),
  ),
  {
    name: '--output /dev/fd/1 prints the result',
    source: '14.12',
    setup: (ws) => validateTo(ws, '/dev/fd/1'),
    code: 0,
    stdout: /^\{"version":1,"diagnostics":\[\],"summary":\{"files":1,/,
  },
  {
    name: '--output into a FIFO reaches its reader, and the FIFO stays',
    source: '14.12',
    setup: (ws) => {
      execFileSync('mkfifo', [join(ws.dir, 'pipe')]);
      const reader = spawn('cat', [join(ws.dir, 'pipe')]);
      readers.set(
        ws,
        new Promise((done) => {
          let text = '';
          reader.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
          reader.on('close', () => done(text));
          // A reader that never gets a writer must not outlive the case.
          setTimeout(() => reader.kill(), 20_000).unref();
        }),
      );
      return validateTo(ws, 'pipe');
    },
    during: (ws) => readers.get(ws) as Promise<string>,
    code: 0,
    check: async (_result, ws) => {
      expect(await readers.get(ws)).toMatch(/^\{"version":1,/);
      expect(lstatSync(join(ws.dir, 'pipe')).isFIFO()).toBe(true);
    },
  },
  ...(
    [
      ['a document of the repository', 'repo/agreements/gnesta-2023.yaml'],
      ['samverkan.yaml', 'repo/samverkan.yaml'],
      ['a link to a document', 'link.json'],
    ] as const
  ).map(
    ([what, output]): HostileCase => ({
      name: `--output naming ${what} is refused and nothing is written`,
      source: '14.13',
      setup: (ws) => {
        ws.write('repo/samverkan.yaml', 'kind: config\n');
        ws.link('link.json', 'repo/agreements/gnesta-2023.yaml');
        return validateTo(ws, output);
      },
      code: 2,
      stderr: /^samverkan: \S+ är en fil som samverkan läser \(repo\/(agreements\/gnesta-2023|samverkan)\.yaml\); utdata skriver aldrig över indata\./,
    }),
  ),
  {
    name: 'report --out naming one of the repository’s templates is refused and nothing is written',
    source: '14.13',
    setup: (ws) => {
      ws.copyFixture('report-own-template');
      return ['report', '--root', 'repo', '--year', '2024', '--as-of', '2025-01-01', '--out', 'repo/templates/report.md.hbs'];
    },
    code: 2,
    stderr: /^samverkan: repo\/templates\/report\.md\.hbs är en fil som samverkan läser/,
  },
];
