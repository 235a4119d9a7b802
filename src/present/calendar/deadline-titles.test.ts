import { describe, expect, it } from 'vitest';
import type { Deadline, DeadlineStatus, DeadlineType } from '../../derive/types.js';
import { deadlineStatusLabel, deadlineTitle, deadlineTypeLabel } from './deadline-titles.js';

const ORIGIN = { file: 'agreements/gnesta-2023.yaml', line: 1, column: 1, pointer: '' };

function agreementDeadline(type: DeadlineType, subject?: string, nominalDate = '2025-03-31'): Deadline {
  return {
    type,
    date: nominalDate,
    nominalDate,
    status: 'upcoming',
    agreement: 'gnesta-2023',
    municipalityCode: '0461',
    ...(subject === undefined ? {} : { subject }),
    origin: ORIGIN,
  };
}

function kommunDeadline(type: DeadlineType): Deadline {
  return {
    type,
    date: '2024-07-01',
    nominalDate: '2024-07-01',
    status: 'overdue',
    agreement: null,
    municipalityCode: '0461',
    origin: { ...ORIGIN, file: 'situation-reports/gnesta-2024.yaml' },
  };
}

/** Every type with the deadline it is titled from, and its expected title in both languages. */
const CASES: readonly { deadline: Deadline; sv: string; en: string }[] = [
  {
    deadline: agreementDeadline('annual_review'),
    sv: 'Aktualitetsprövning: gnesta-2023',
    en: 'Annual review: gnesta-2023',
  },
  {
    deadline: agreementDeadline('follow_up_report', '2024'),
    sv: 'Uppföljning av 2024 till kommunstyrelsen: gnesta-2023',
    en: 'Follow-up of 2024 to the municipal executive board: gnesta-2023',
  },
  {
    deadline: agreementDeadline('renewal_start'),
    sv: 'Påbörja förnyelse: gnesta-2023',
    en: 'Start renewal: gnesta-2023',
  },
  {
    deadline: agreementDeadline('expiry'),
    sv: 'Överenskommelsen löper ut: gnesta-2023',
    en: 'Agreement expires: gnesta-2023',
  },
  {
    deadline: agreementDeadline('citizen_promises_renewal', 'gnesta-lofte-2025'),
    sv: 'Förnya medborgarlöften (gnesta-lofte-2025): gnesta-2023',
    en: 'Renew citizen promises (gnesta-lofte-2025): gnesta-2023',
  },
  {
    deadline: kommunDeadline('situation_report_update'),
    sv: 'Uppdatera lägesbilden (lag 2023:196): 0461',
    en: 'Update the situation report (Act 2023:196): 0461',
  },
  {
    deadline: kommunDeadline('action_plan_review'),
    sv: 'Följ upp åtgärdsplanen (lag 2023:196): 0461',
    en: 'Review the action plan (Act 2023:196): 0461',
  },
];

const ALL_TYPES: readonly DeadlineType[] = [
  'annual_review',
  'follow_up_report',
  'renewal_start',
  'expiry',
  'citizen_promises_renewal',
  'situation_report_update',
  'action_plan_review',
];

describe('deadlineTitle', () => {
  it('covers every deadline type', () => {
    expect(CASES.map((c) => c.deadline.type)).toEqual(ALL_TYPES);
  });

  it.each(CASES)('titles $deadline.type in Swedish by default and in English with en', ({ deadline, sv, en }) => {
    expect(deadlineTitle(deadline, 'sv')).toBe(sv);
    expect(deadlineTitle(deadline, 'en')).toBe(en);
  });

  it('names the kommun with its code when the name is known', () => {
    expect(deadlineTitle(kommunDeadline('situation_report_update'), 'sv', { kommun: 'Gnesta' })).toBe(
      'Uppdatera lägesbilden (lag 2023:196): Gnesta (0461)',
    );
    expect(deadlineTitle(kommunDeadline('action_plan_review'), 'sv', { kommun: 'Gnesta' })).toBe(
      'Följ upp åtgärdsplanen (lag 2023:196): Gnesta (0461)',
    );
    expect(deadlineTitle(kommunDeadline('action_plan_review'), 'en', { kommun: 'Gnesta' })).toBe(
      'Review the action plan (Act 2023:196): Gnesta (0461)',
    );
  });

  it('puts a known agreement title before the id, and ignores a kommun name for agreement deadlines', () => {
    const names = { agreementTitle: 'Samverkan i Gnesta 2023–2026', kommun: 'Gnesta' };
    expect(deadlineTitle(agreementDeadline('expiry'), 'sv', names)).toBe(
      'Överenskommelsen löper ut: Samverkan i Gnesta 2023–2026 (gnesta-2023)',
    );
  });

  it('treats blank names as unknown', () => {
    expect(deadlineTitle(agreementDeadline('annual_review'), 'sv', { agreementTitle: '  ' })).toBe('Aktualitetsprövning: gnesta-2023');
    expect(deadlineTitle(kommunDeadline('situation_report_update'), 'sv', { kommun: '' })).toBe(
      'Uppdatera lägesbilden (lag 2023:196): 0461',
    );
  });

  it('recovers the followed-up year from the due date when the subject is missing', () => {
    // Due in 2026 for the year 2025 (format.md: follow_up.due in year Y+1).
    expect(deadlineTitle(agreementDeadline('follow_up_report', undefined, '2026-03-31'), 'sv')).toBe(
      'Uppföljning av 2025 till kommunstyrelsen: gnesta-2023',
    );
  });

  it('leaves out empty parentheses when citizen promises have no subject', () => {
    expect(deadlineTitle(agreementDeadline('citizen_promises_renewal'), 'sv')).toBe('Förnya medborgarlöften: gnesta-2023');
  });

  it('gives a bare action when neither an agreement nor a kommun is known', () => {
    const orphan: Deadline = { ...kommunDeadline('situation_report_update'), municipalityCode: null };
    expect(deadlineTitle(orphan, 'sv')).toBe('Uppdatera lägesbilden (lag 2023:196)');
  });
});

describe('deadlineTypeLabel', () => {
  it.each(ALL_TYPES)('has distinct, non-empty labels for %s in both languages', (type) => {
    for (const lang of ['sv', 'en'] as const) {
      const label = deadlineTypeLabel(type, lang);
      expect(label.trim()).not.toBe('');
      expect(ALL_TYPES.filter((other) => deadlineTypeLabel(other, lang) === label)).toEqual([type]);
    }
  });

  it('is Swedish in sv and English in en', () => {
    expect(deadlineTypeLabel('annual_review', 'sv')).toBe('Aktualitetsprövning');
    expect(deadlineTypeLabel('annual_review', 'en')).toBe('Annual review');
    expect(deadlineTypeLabel('situation_report_update', 'sv')).toBe('Uppdatering av lägesbilden');
    expect(deadlineTypeLabel('situation_report_update', 'en')).toBe('Situation report update');
  });
});

describe('deadlineStatusLabel', () => {
  const cases: readonly [DeadlineStatus, string, string][] = [
    ['overdue', 'försenad', 'overdue'],
    ['upcoming', 'kommande', 'upcoming'],
    ['done', 'klar', 'done'],
  ];
  it.each(cases)('labels %s as %s / %s', (status, sv, en) => {
    expect(deadlineStatusLabel(status, 'sv')).toBe(sv);
    expect(deadlineStatusLabel(status, 'en')).toBe(en);
  });
});
