import type { IsoDate } from '../../../model/documents.js';
import { defineRule } from '../rule.js';

export const periodOrder = defineRule({
  id: 'period/order',
  description: {
    sv: 'En period slutar inte innan den börjar.',
    en: 'A period does not end before it starts.',
  },
  severity: 'error',
  appliesTo: ['agreement', 'citizen_promises', 'situation_report', 'action_plan'],
  messages: {
    reversed: {
      message: { sv: 'Slutdatumet {to} ligger före startdatumet {from}', en: 'The end date {to} is before the start date {from}' },
      hint: { sv: 'Byt plats på datumen eller rätta årtalet.', en: 'Swap the dates or fix the year.' },
    },
    'same-day': {
      message: {
        sv: 'Överenskommelsen börjar och slutar samma dag ({from})',
        en: 'The agreement starts and ends on the same day ({from})',
      },
      hint: { sv: 'valid_to är sista giltighetsdagen, normalt 3–4 år efter valid_from.', en: 'valid_to is the last valid day, normally 3–4 years after valid_from.' },
    },
  },
  docs: {
    why: {
      sv: 'Status och tidsfrister räknas från perioderna; en omvänd period ger en överenskommelse som aldrig gäller.',
      en: 'States and deadlines are computed from the periods; a reversed period gives an agreement that is never in force.',
    },
    wrong: 'valid_from: 2023-06-20\nvalid_to: 2019-05-31',
    right: 'valid_from: 2023-06-20\nvalid_to: 2027-05-31',
  },
  check({ data }, { report }) {
    const check = (from: IsoDate | undefined, to: IsoDate | undefined, pointer: string) => {
      if (from !== undefined && to !== undefined && to < from) report({ messageId: 'reversed', pointer, data: { from, to } });
    };
    switch (data.kind) {
      case 'agreement':
        check(data.valid_from, data.valid_to, '/valid_to');
        if (data.valid_from === data.valid_to) report({ messageId: 'same-day', pointer: '/valid_to', data: { from: data.valid_from } });
        break;
      case 'citizen_promises':
      case 'situation_report':
      case 'action_plan':
        check(data.period?.from, data.period?.to, '/period/to');
        break;
    }
  },
});
