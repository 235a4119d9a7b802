import { isSigned } from '../../../domain/agreement-facts.js';
import { defineRule } from '../rule.js';
import { MAX_COUNTED_OVERLAPS, overlapsOf } from './overlaps.js';

/** How many of the other overlapping agreements a finding names after the first. */
const NAMED = 3;

const HINT = {
  sv: 'Skriv supersedes: {other} om den här ersätter den, eller justera datumen så att perioderna inte överlappar.',
  en: 'Write supersedes: {other} if this one replaces it, or adjust the dates so the periods do not overlap.',
};

/**
 * One finding per agreement, on the later of two (so each overlap is reported once), naming the
 * first agreement it overlaps in full and a few more by id: thousands of copies of one agreement
 * give one finding each, not one per pair.
 */
export const agreementOverlap = defineRule({
  id: 'agreement/overlap',
  description: {
    sv: 'Två undertecknade överenskommelser för samma kommun gäller inte samtidigt, om inte den ena ersätter den andra.',
    en: 'Two signed agreements of one kommun are not in force at once unless one supersedes the other.',
  },
  severity: 'error',
  appliesTo: ['agreement'],
  messages: {
    overlap: {
      message: {
        sv: 'Giltighetstiden överlappar överenskommelsen {other} ({file}) för samma kommun, som gäller {from} – {to}',
        en: 'The validity overlaps the agreement {other} ({file}) of the same kommun, in force {from} – {to}',
      },
      hint: HINT,
    },
    'overlap-more': {
      message: {
        sv: 'Giltighetstiden överlappar överenskommelsen {other} ({file}) för samma kommun, som gäller {from} – {to}, och {count} till: {list}',
        en: 'The validity overlaps the agreement {other} ({file}) of the same kommun, in force {from} – {to}, and {count} more: {list}',
      },
      hint: HINT,
    },
    'overlap-many': {
      message: {
        sv: 'Giltighetstiden överlappar överenskommelsen {other} ({file}) för samma kommun, som gäller {from} – {to}, och fler än {count} till: {list}',
        en: 'The validity overlaps the agreement {other} ({file}) of the same kommun, in force {from} – {to}, and more than {count} more: {list}',
      },
      hint: HINT,
    },
  },
  docs: {
    why: {
      sv: 'Två gällande överenskommelser för samma kommun ger dubbla uppföljningar och tidsfrister och gör det oklart vilken som gäller.',
      en: 'Two agreements in force for one kommun give double follow-ups and deadlines and leave it unclear which one applies.',
    },
    wrong: 'id: gnesta-2027\nvalid_from: 2027-01-01',
    right: 'id: gnesta-2027\nsupersedes: gnesta-2023\nvalid_from: 2027-01-01',
  },
  check(document, { report, repository }) {
    if (!isSigned(document.data)) return;
    const { earlier, more } = overlapsOf(repository, document);
    const [first, ...rest] = earlier;
    if (!first) return;
    const data = { other: first.data.id, file: first.loaded.file, from: first.data.valid_from, to: first.data.valid_to };
    if (rest.length === 0) {
      report({ messageId: 'overlap', pointer: '/valid_from', data });
      return;
    }
    const named = rest.slice(0, NAMED).map((d) => `${d.data.id} (${d.loaded.file})`);
    const list = more || rest.length > NAMED ? [...named, '…'].join(', ') : named.join(', ');
    report({ messageId: more ? 'overlap-many' : 'overlap-more', pointer: '/valid_from', data: { ...data, count: more ? MAX_COUNTED_OVERLAPS - 1 : rest.length, list } });
  },
});
