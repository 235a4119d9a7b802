import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, tempRepo } from './run-cli.js';

const VALID_REVIEW = [
  'kind: annual_review',
  'id: review-{n}',
  'agreement: gnesta-2023',
  'held_on: 2024-06-11',
  'outcome: unchanged',
  '',
].join('\n');

export function review(n: number | string): string {
  return VALID_REVIEW.replace('{n}', String(n));
}

/**
 * One repository holding every kind of hostile or broken input the loader must survive, each in
 * its own file, beside a valid document that must still be checked. Built at test time: some of
 * these (a 1 MiB file, binary bytes, symlinks, a FIFO) do not belong in git.
 */
export function makeHostileRepo(root = tempRepo('hostile'), outside = tempRepo('outside')): { root: string; outside: string } {
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  write('ok.yaml', review('ok'));
  write('agreements/gnesta-2023.yaml', readFileSync(join(FIXTURES, 'valid', 'agreements', 'gnesta-2023.yaml')));
  write('syntax.yaml', `${review('syntax')}notes: "unterminated\n`);
  write('duplicate-key.yaml', `${review('dup')}outcome: revised\n`);
  write('crlf.yaml', review('crlf').replace(/\n/g, '\r\n').replace('outcome: unchanged', 'outcome: changed'));
  write('bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('kind: anual_review\n')]));
  write('invalid-utf8.yaml', Buffer.concat([Buffer.from('kind: annual_review\nnotes: Tr'), Buffer.from([0xe4]), Buffer.from('ff\n')]));
  write('utf16.yaml', Buffer.from('\ufeffkind: annual_review\n', 'utf16le'));
  write('binary.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
  write('huge.yaml', `${review('huge')}notes: "${'x'.repeat(1024 * 1024)}"\n`);
  write(
    'alias-bomb.yaml',
    [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      'kind: annual_review',
      '',
    ].join('\n'),
  );
  // Two deeply nested files in one process: the second used to kill Node natively.
  write('deep-1.yaml', `notes: ${'['.repeat(1000)}${']'.repeat(1000)}\n`);
  write('deep-2.yaml', `notes: ${'['.repeat(5000)}\n`);
  write('deep-block.yaml', Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' x\n');
  write('merge-key.yaml', `base: &base {outcome: unchanged}\n${review('merge')}<<: *base\n`);
  write('tag.yaml', review('tag').replace('outcome: unchanged', 'outcome: !custom unchanged'));
  write('proto.yaml', `${review('proto')}__proto__: {polluted: true}\n`);
  write('conflict.yaml', `${review('conflict')}<<<<<<< HEAD\nnotes: a\n=======\nnotes: b\n>>>>>>> branch\n`);
  write('yaml11.yaml', `%YAML 1.1\n---\n${review('yaml11').replace('outcome: unchanged', 'outcome: yes')}`);
  // Invalid on purpose: were it read through the link, it would show up as a finding.
  writeFileSync(join(outside, 'secret.yaml'), 'kind: review-secret\n');
  symlinkSync(join(outside, 'secret.yaml'), join(root, 'escape.yaml'));
  symlinkSync(outside, join(root, 'escape-dir'));
  symlinkSync(join(root, 'missing-target.yaml'), join(root, 'broken-link.yaml'));
  symlinkSync(join(root, 'ok.yaml'), join(root, 'inside-link.yaml'));
  execFileSync('mkfifo', [join(root, 'fifo.yaml')]);
  mkdirSync(join(root, '.github'), { recursive: true });
  writeFileSync(join(root, '.github', 'workflow.yml'), 'on: push\n');
  mkdirSync(join(root, 'node_modules', 'x'), { recursive: true });
  writeFileSync(join(root, 'node_modules', 'x', 'bad.yaml'), '{{{');
  return { root, outside };
}
