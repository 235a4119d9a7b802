import { defineRule } from '../rule.js';
import { wrongKind } from './wrong-kind.js';

export const referenceAgreement = defineRule({
  id: 'reference/agreement',
  description: {
    sv: 'agreement: pekar på en överenskommelse som finns i arkivet.',
    en: 'agreement: points at an agreement in the repository.',
  },
  severity: 'error',
  appliesTo: ['follow_up', 'annual_review', 'citizen_promises', 'situation_report'],
  messages: {
    missing: {
      message: {
        sv: 'Överenskommelsen "{id}" finns inte i arkivet{suggestion}',
        en: 'The agreement "{id}" is not in the repository{suggestion}',
      },
      hint: { sv: 'Skriv id:t för en överenskommelse (kind: agreement).', en: 'Write the id of an agreement (kind: agreement).' },
    },
    'not-an-agreement': {
      message: {
        sv: '"{id}" är inte en överenskommelse utan ett dokument av typen {kind}',
        en: '"{id}" is not an agreement but a document of kind {kind}',
      },
      hint: { sv: 'Skriv id:t för en överenskommelse (kind: agreement).', en: 'Write the id of an agreement (kind: agreement).' },
    },
  },
  docs: {
    why: {
      sv: 'En uppföljning eller ett medborgarlöfte som pekar fel räknas till fel överenskommelse, eller till ingen.',
      en: 'A follow-up or promise that points wrong is counted for the wrong agreement, or for none.',
    },
    wrong: 'kind: follow_up\nagreement: gnesta-2032',
    right: 'kind: follow_up\nagreement: gnesta-2023',
  },
  check(document, { report, repository, didYouMean }) {
    const id = document.data.agreement;
    if (id === undefined) return;
    const declared = repository.withId(id);
    if (declared.length === 0) {
      const agreements = repository.ofKind('agreement').map((a) => a.data.id);
      report({ messageId: 'missing', pointer: '/agreement', data: { id, suggestion: didYouMean(id, agreements) } });
      return;
    }
    const kind = wrongKind(declared, 'agreement');
    if (kind !== undefined) {
      report({ messageId: 'not-an-agreement', pointer: '/agreement', data: { id, kind } });
    }
  },
});
