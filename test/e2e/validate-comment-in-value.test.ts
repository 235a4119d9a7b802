import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixture, parseJsonOutput, runCli } from '../helpers/run-cli.js';

/**
 * Text YAML drops as a comment, in an agreement that is otherwise valid: a warning at the `#`,
 * found by the fast path like every healthy file (it is not parsed again), quiet for an ordinary
 * comment, switchable in samverkan.yaml like any rule.
 */
const root = copyFixture('valid');
const file = join(root, 'agreements', 'gnesta-2023.yaml');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const original = readFileSync(file, 'utf8');
writeFileSync(
  file,
  original
    .replace('title: Samverkansöverenskommelse Gnesta 2023–2027\n', '$&case_number: KS #2023/0999\n')
    .replace(/^valid_to: (.+)$/m, 'valid_to: $1  # fem år'),
);

describe('samverkan validate: yaml/comment-in-value', () => {
  it('warns where the value is cut, and only there', () => {
    const result = runCli(['validate', '--root', root, '--format', 'json']);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const report = parseJsonOutput(result.stdout);
    expect(report.diagnostics).toEqual([
      {
        file: 'agreements/gnesta-2023.yaml',
        line: 5,
        column: 17,
        end_line: 5,
        end_column: 27,
        severity: 'warning',
        rule: 'yaml/comment-in-value',
        message:
          'YAML läser "#2023/0999" som en kommentar, så värdet blir bara "KS". Sätt hela värdet inom citattecken: "KS #2023/0999". Är det en kommentar, skriv ett mellanslag efter #.',
        pointer: '/case_number',
      },
    ]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 1 });
  });

  it('is accepted with a reason like any rule, above its line', () => {
    const warned = readFileSync(file, 'utf8');
    writeFileSync(file, warned.replace('case_number:', '# samverkan-disable-next-line yaml/comment-in-value -- diariets egen form\ncase_number:'));
    try {
      const result = runCli(['validate', '--root', root, '--format', 'json']);
      expect(result.code).toBe(0);
      expect(parseJsonOutput(result.stdout).diagnostics).toEqual([
        expect.objectContaining({ line: 6, rule: 'yaml/comment-in-value', suppressed: { kind: 'comment', reason: 'diariets egen form' } }),
      ]);
    } finally {
      writeFileSync(file, warned);
    }
  });

  it('is off when samverkan.yaml says so, and listed by samverkan rules with that severity', () => {
    writeFileSync(join(root, 'samverkan.yaml'), 'kind: config\nrules:\n  yaml/comment-in-value: off\n');
    try {
      const result = runCli(['validate', '--root', root, '--format', 'json']);
      expect(result.code).toBe(0);
      expect(parseJsonOutput(result.stdout).diagnostics).toEqual([]);
      const rules = runCli(['rules', '--root', root]);
      expect(rules.stdout).toMatch(/^yaml\/comment-in-value +av +Inget # mitt i ett värde utan citattecken\.$/m);
    } finally {
      rmSync(join(root, 'samverkan.yaml'));
    }
  });
});
