import { defineRule } from '../rule.js';
import { wrongKind } from './wrong-kind.js';

export const referenceSupersedes = defineRule({
  id: 'reference/supersedes',
  description: {
    sv: 'supersedes: pekar på en annan överenskommelse i arkivet.',
    en: 'supersedes: points at another agreement in the repository.',
  },
  severity: 'error',
  appliesTo: ['agreement'],
  messages: {
    missing: {
      message: {
        sv: 'Överenskommelsen "{id}" som ersätts finns inte i arkivet{suggestion}',
        en: 'The superseded agreement "{id}" is not in the repository{suggestion}',
      },
      hint: {
        sv: 'Skriv id:t för den tidigare överenskommelsen (kind: agreement), eller ta bort supersedes.',
        en: 'Write the id of the earlier agreement (kind: agreement), or remove supersedes.',
      },
    },
    'not-an-agreement': {
      message: {
        sv: '"{id}" är inte en överenskommelse utan ett dokument av typen {kind}',
        en: '"{id}" is not an agreement but a document of kind {kind}',
      },
      hint: { sv: 'Skriv id:t för den tidigare överenskommelsen (kind: agreement).', en: 'Write the id of the earlier agreement (kind: agreement).' },
    },
    self: {
      message: { sv: 'Överenskommelsen "{id}" kan inte ersätta sig själv', en: 'The agreement "{id}" cannot supersede itself' },
      hint: {
        sv: 'Skriv id:t för den tidigare överenskommelsen som den här ersätter.',
        en: 'Write the id of the earlier agreement this one replaces.',
      },
    },
  },
  docs: {
    why: {
      sv: 'Ersättningen avgör när den gamla överenskommelsen räknas som ersatt och att två överenskommelser för samma kommun inte krockar.',
      en: 'Supersession decides when the old agreement counts as superseded, and lets two agreements of one kommun not clash.',
    },
    wrong: 'id: gnesta-2027\nsupersedes: gnesta-2032',
    right: 'id: gnesta-2027\nsupersedes: gnesta-2023',
  },
  check({ data }, { report, repository, didYouMean }) {
    const id = data.supersedes;
    if (id === undefined) return;
    if (id === data.id) {
      report({ messageId: 'self', pointer: '/supersedes', data: { id } });
      return;
    }
    const declared = repository.withId(id);
    if (declared.length === 0) {
      const agreements = repository.ofKind('agreement').map((a) => a.data.id).filter((other) => other !== data.id);
      report({ messageId: 'missing', pointer: '/supersedes', data: { id, suggestion: didYouMean(id, agreements) } });
      return;
    }
    const kind = wrongKind(declared, 'agreement');
    if (kind !== undefined) {
      report({ messageId: 'not-an-agreement', pointer: '/supersedes', data: { id, kind } });
    }
  },
});
