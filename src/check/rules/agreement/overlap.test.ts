import { agreementYaml } from '../../../../test/helpers/documents.js';
import { testRule } from '../../../../test/helpers/rule-tester.js';
import { agreementOverlap } from './overlap.js';

/** agreementYaml() is gnesta-2023, in force 2023-06-20 – 2027-05-31; valid_from is on line 22. */
const gnesta = (id: string, from: string, to: string, more: Record<string, string> = {}) =>
  agreementYaml({ id: `id: ${id}`, valid_from: `valid_from: ${from}`, valid_to: `valid_to: ${to}`, ...more });

const next = (more: Record<string, string> = {}) => gnesta('gnesta-2027', '2027-01-01', '2030-12-31', more);

const strangnas = gnesta('strangnas-2023', '2023-06-20', '2027-05-31').replace('"0461"', '"0486"').replace('Gnesta kommun', 'Strängnäs kommun');
/** Strängnäs and Gnesta together, in that order; four more lines of parties put valid_from on line 26. */
const joint = gnesta('gemensam-2025', '2025-01-01', '2028-12-31', {
  parties: [
    'parties:',
    '  - id: strangnas-kommun',
    '    type: municipality',
    '    name: Strängnäs kommun',
    '    municipality_code: "0486"',
    '  - id: gnesta-kommun',
    '    type: municipality',
    '    name: Gnesta kommun',
    '    municipality_code: "0461"',
    '  - id: lpo-nykoping-gnesta',
    '    type: police',
    '    name: Lokalpolisområde Nyköping/Gnesta',
    '    police_region: Öst',
  ].join('\n'),
});

testRule(agreementOverlap, {
  valid: [
    { 'a.yaml': agreementYaml(), 'b.yaml': next({ supersedes: 'supersedes: gnesta-2023' }) },
    { 'a.yaml': agreementYaml(), 'b.yaml': gnesta('gnesta-2027', '2027-06-01', '2030-12-31') },
    // A draft is not in force, so it cannot clash.
    { 'a.yaml': agreementYaml(), 'b.yaml': next({ signatories: 'signatories: []' }) },
    // Another kommun.
    { 'a.yaml': agreementYaml(), 'b.yaml': next().replace('"0461"', '"0486"').replace('Gnesta kommun', 'Strängnäs kommun') },
  ],
  invalid: [
    {
      name: 'the later agreement is reported, naming the earlier one and its file',
      files: { 'a.yaml': agreementYaml(), 'b.yaml': next() },
      expect: [{ file: 'b.yaml', messageId: 'overlap', pointer: '/valid_from', line: 22, column: 13, message: 'gnesta-2023 (a.yaml)' }],
    },
    {
      name: 'one shared day is an overlap',
      files: { 'a.yaml': agreementYaml(), 'b.yaml': gnesta('gnesta-2027', '2027-05-31', '2030-12-31') },
      expect: [{ file: 'b.yaml', messageId: 'overlap', pointer: '/valid_from', line: 22, column: 13, message: '2023-06-20 – 2027-05-31' }],
    },
    {
      name: 'on the same valid_from the later id is reported, whatever the files are called',
      files: { 'a.yaml': agreementYaml({ id: 'id: gnesta-2023-b' }), 'z.yaml': agreementYaml() },
      expect: [{ file: 'a.yaml', messageId: 'overlap', pointer: '/valid_from', line: 22, column: 13, message: 'gnesta-2023 (z.yaml)' }],
    },
    {
      name: 'only direct supersession counts',
      files: {
        'a.yaml': agreementYaml(),
        'b.yaml': gnesta('gnesta-2025', '2025-01-01', '2028-12-31', { supersedes: 'supersedes: gnesta-2023' }),
        'c.yaml': gnesta('gnesta-2026', '2026-01-01', '2029-12-31', { supersedes: 'supersedes: gnesta-2025' }),
      },
      expect: [{ file: 'c.yaml', messageId: 'overlap', pointer: '/valid_from', line: 22, column: 13, message: 'gnesta-2023 (a.yaml)' }],
    },
    {
      name: 'an agreement of two kommuner clashes with each, named in path order whatever order it names them in, in one finding',
      files: { 'a.yaml': agreementYaml(), 'b.yaml': strangnas, 'c.yaml': joint },
      expect: [{ file: 'c.yaml', messageId: 'overlap-more', pointer: '/valid_from', line: 26, column: 13, message: 'gnesta-2023 (a.yaml) för samma kommun, som gäller 2023-06-20 – 2027-05-31, och 1 till: strangnas-2023 (b.yaml)' }],
    },
    {
      name: 'each agreement says once how many earlier ones it overlaps, naming three after the first',
      files: copies(6),
      expect: [
        { file: 'c001.yaml', messageId: 'overlap', pointer: '/valid_from', line: 22, column: 13, message: 'gnesta-c000 (c000.yaml)' },
        ...[1, 2, 3, 4].map((n) => ({ file: `c${c(n + 1)}.yaml`, messageId: 'overlap-more', pointer: '/valid_from', line: 22, column: 13, message: `, och ${n} till: ${named(n)}` })),
      ],
    },
    {
      name: 'past a hundred, an agreement says there are more, not how many',
      files: copies(102),
      expect: Array.from({ length: 101 }, (_, i) => ({
        file: `c${c(i + 1)}.yaml`,
        messageId: i === 0 ? 'overlap' : i < 100 ? 'overlap-more' : 'overlap-many',
        pointer: '/valid_from',
        line: 22,
        column: 13,
        message: i === 100 ? 'gnesta-c000 (c000.yaml) för samma kommun, som gäller 2023-06-20 – 2027-05-31, och fler än 99 till: gnesta-c001 (c001.yaml), gnesta-c002 (c002.yaml), gnesta-c003 (c003.yaml), …' : 'gnesta-c000 (c000.yaml)',
      })),
    },
  ],
});

/** `n` signed agreements of Gnesta in force at once, c0.yaml … (ids gnesta-c0 …), numbered so that path order is theirs. */
function copies(n: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: n }, (_, i) => [`c${c(i)}.yaml`, agreementYaml({ id: `id: gnesta-c${c(i)}` })]));
}

function c(i: number): string {
  return String(i).padStart(3, '0');
}

/** How a finding lists the earlier copies after the first: three at most, then an ellipsis. */
function named(count: number): string {
  const list = Array.from({ length: Math.min(count, 3) }, (_, i) => `gnesta-c${c(i + 1)} (c${c(i + 1)}.yaml)`);
  return count > 3 ? [...list, '…'].join(', ') : list.join(', ');
}
