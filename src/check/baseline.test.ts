import { describe, expect, it } from 'vitest';
import { testFinding } from '../../test/helpers/finding.js';
import { InputError } from '../errors.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { applyBaseline, baselineText, parseBaseline } from './baseline.js';

const finding = (file: string, rule: string, pointer: string, line = 1): Diagnostic => testFinding({ file, rule, pointer, line });

const FINDINGS = [
  finding('b.yaml', 'schema/required', '', 1),
  finding('a.yaml', 'schema/enum', '/measures/0/status', 9),
  finding('b.yaml', 'schema/required', '', 1),
  finding('a.yaml', 'yaml/syntax', '', 3),
];

describe('baselineText', () => {
  it('is versioned JSON with one sorted, counted entry per line, and no reading guards', () => {
    expect(baselineText(FINDINGS)).toBe(
      [
        '{',
        '  "version": 1,',
        '  "findings": [',
        '    {"file": "a.yaml", "rule": "schema/enum", "pointer": "/measures/0/status", "count": 1},',
        '    {"file": "b.yaml", "rule": "schema/required", "pointer": "", "count": 2}',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
    expect(baselineText([])).toBe('{\n  "version": 1,\n  "findings": []\n}\n');
  });
});

describe('applyBaseline', () => {
  const baseline = parseBaseline(baselineText(FINDINGS), 'baslinje.json', 'sv');

  it('knows each entry by its line', () => {
    expect(baseline.entries.map((e) => [e.file, e.count, e.line])).toEqual([
      ['a.yaml', 1, 4],
      ['b.yaml', 2, 5],
    ]);
  });

  it('sets aside as many findings of a key as it counts, wherever they moved, never a reading guard', () => {
    const moved = [finding('a.yaml', 'schema/enum', '/measures/0/status', 40), ...FINDINGS.filter((d) => d.rule !== 'schema/enum'), finding('b.yaml', 'schema/required', '', 7)];
    const result = applyBaseline(moved, baseline, 'sv');
    expect(result.active.map((d) => `${d.file}:${d.start.line} ${d.rule}`)).toEqual(['a.yaml:3 yaml/syntax', 'b.yaml:7 schema/required']);
    expect(result.suppressed.map((d) => d.suppressed)).toEqual(Array(3).fill({ kind: 'baseline', file: 'baslinje.json' }));
  });

  it('reports each entry that matches nothing any more, at its line in the baseline', () => {
    const result = applyBaseline([FINDINGS[0]!], baseline, 'sv');
    // The one b.yaml finding is one of the two the baseline counts: the other is gone.
    expect(result.suppressed).toHaveLength(1);
    expect(result.active.map((d) => `${d.file}:${d.start.line} ${d.rule} ${d.severity}`)).toEqual(['baslinje.json:4 baseline/unused warning', 'baslinje.json:5 baseline/unused warning']);
    expect(result.active[1]?.message).toBe('Baslinjen väntar 1 fynd av schema/required vid "" i b.yaml som inte längre finns');
  });
});

describe('parseBaseline', () => {
  it.each([
    ['not JSON', '{'],
    ['another version', '{"version": 2, "findings": []}'],
    ['no list', '{"version": 1}'],
    ['an entry without a pointer', '{"version": 1, "findings": [{"file": "a.yaml", "rule": "x/y"}]}'],
    ['a count of 0', '{"version": 1, "findings": [{"file": "a.yaml", "rule": "x/y", "pointer": "", "count": 0}]}'],
  ])('refuses %s as an input error saying how to rewrite it', (_name, text) => {
    expect(() => parseBaseline(text, 'b.json', 'en')).toThrow(InputError);
    expect(() => parseBaseline(text, 'b.json', 'en')).toThrow(/^b\.json is not a samverkan baseline: /);
  });
});
