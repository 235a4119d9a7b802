import { defineRule } from '../rule.js';

export const uniqueId = defineRule({
  id: 'repository/unique-id',
  description: {
    sv: 'Varje dokument har ett eget id i hela arkivet.',
    en: 'Every document has an id of its own across the repository.',
  },
  severity: 'error',
  appliesTo: ['agreement', 'citizen_promises', 'situation_report', 'action_plan', 'follow_up', 'annual_review'],
  messages: {
    duplicate: {
      message: { sv: 'Id:t "{id}" används redan i {other}', en: 'The id "{id}" is already used in {other}' },
      hint: {
        sv: 'Ge dokumentet ett eget id; andra dokument hänvisar till det med id:t.',
        en: 'Give the document an id of its own; other documents refer to it by id.',
      },
    },
  },
  docs: {
    why: {
      sv: 'Uppföljningar, medborgarlöften och prövningar hänvisar till överenskommelser med id; två dokument med samma id gör hänvisningen tvetydig.',
      en: 'Follow-ups, promises and reviews refer to agreements by id; two documents with one id make the reference ambiguous.',
    },
    wrong: '# agreements/gnesta-2023.yaml och agreements/gnesta-ny.yaml\nid: gnesta-2023',
    right: '# agreements/gnesta-ny.yaml\nid: gnesta-2027',
  },
  check(document, { report, repository }) {
    const id = document.data.id;
    const first = repository.withId(id)[0];
    if (first && first !== document.loaded) {
      const other = first.file === document.loaded.file ? `${first.file} (${first.index + 1})` : first.file;
      report({ messageId: 'duplicate', pointer: '/id', data: { id, other } });
    }
  },
});
