import { eitherSupersedes, isSigned, municipalityCodes } from '../../../domain/agreement-facts.js';
import type { TypedDocument } from '../../../domain/typed-document.js';
import { defineRule } from '../rule.js';

/** Later by valid_from, then id, then place in the repository, so exactly one of two is later. */
function isLater(a: TypedDocument<'agreement'>, b: TypedDocument<'agreement'>): boolean {
  const key = (d: TypedDocument<'agreement'>) => [d.data.valid_from, d.data.id, d.loaded.file, String(d.loaded.index).padStart(9, '0')];
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! > y[i]!;
  return false;
}

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
      hint: {
        sv: 'Skriv supersedes: {other} om den här ersätter den, eller justera datumen så att perioderna inte överlappar.',
        en: 'Write supersedes: {other} if this one replaces it, or adjust the dates so the periods do not overlap.',
      },
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
    const { data } = document;
    if (!isSigned(data)) return;
    // Only agreements that share a kommun can clash: looking at those alone keeps a national
    // repository from comparing every agreement with every other.
    for (const other of repository.agreementsOfKommuner(municipalityCodes(data))) {
      if (other.loaded === document.loaded || !isSigned(other.data) || !isLater(document, other)) continue;
      if (data.valid_from > other.data.valid_to || other.data.valid_from > data.valid_to) continue;
      if (eitherSupersedes(data, other.data)) continue;
      report({
        messageId: 'overlap',
        pointer: '/valid_from',
        data: { other: other.data.id, file: other.loaded.file, from: other.data.valid_from, to: other.data.valid_to },
      });
    }
  },
});
