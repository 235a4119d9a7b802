import type { DocumentedRule } from './documented-rule.js';

/** `yaml/…`: the YAML itself, before any schema. Each wrong example gives its finding as a file of its own. */
export const YAML_RULES: readonly DocumentedRule[] = [
  {
    id: 'yaml/syntax',
    severity: 'error',
    description: { sv: 'Giltig YAML-syntax.', en: 'Valid YAML syntax.' },
    docs: {
      why: {
        sv: 'En fil med syntaxfel kan inte läsas som data; det som står efter felet har tolkats fel eller inte alls.',
        en: 'A file with a syntax error cannot be read as data; what follows the error is read wrongly or not at all.',
      },
      wrong: 'title: "Samverkansöverenskommelse Gnesta\nvalid_from: 2023-06-20',
      right: 'title: "Samverkansöverenskommelse Gnesta"\nvalid_from: 2023-06-20',
    },
  },
  {
    id: 'yaml/duplicate-key',
    severity: 'error',
    description: { sv: 'Varje fält förekommer en gång per mappning.', en: 'Each field occurs once per mapping.' },
    docs: {
      why: {
        sv: 'Två värden för samma fält: bara ett kan gälla, och den som läser filen kan inte veta vilket.',
        en: 'Two values for one field: only one can apply, and a reader of the file cannot tell which.',
      },
      wrong: 'valid_to: 2027-05-31\nvalid_to: 2027-06-30',
      right: 'valid_to: 2027-06-30',
    },
  },
  {
    id: 'yaml/too-deep',
    severity: 'error',
    description: { sv: 'Högst 64 nivåers nästling.', en: 'At most 64 levels of nesting.' },
    docs: {
      why: {
        sv: 'Ett dokument behöver sällan mer än åtta nivåer; djupare nästling är nästan alltid ett fel med indrag eller hakparenteser, och extrem nästling kan få tolken att krascha.',
        en: 'A document rarely needs more than eight levels; deeper nesting is almost always a mistake in indentation or brackets, and extreme nesting can crash the parser.',
      },
      wrong: 'notes: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[Genomförd]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
      right: 'notes: Genomförd',
    },
  },
  {
    id: 'yaml/alias-limit',
    severity: 'error',
    description: {
      sv: 'Alias expanderar till högst 10 000 noder per fil och 100 000 i hela körningen.',
      en: 'Aliases expand to at most 10,000 nodes per file and 100,000 in the whole run.',
    },
    docs: {
      why: {
        sv: 'Alias som återanvänds i flera led kan göra en liten fil till miljarder värden ("billion laughs") och ta slut på minnet.',
        en: 'Aliases reused over several levels can turn a small file into billions of values ("billion laughs") and exhaust memory.',
      },
      wrong: 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d]',
      right: 'responsible: [gnesta-kommun, lpo-nykoping-gnesta]',
    },
  },
  {
    id: 'yaml/alias-cycle',
    severity: 'error',
    description: { sv: 'Inget alias pekar på sig självt.', en: 'No alias refers to itself.' },
    docs: {
      why: { sv: 'Ett alias som pekar på sig självt har inget slutligt värde.', en: 'An alias that refers to itself has no final value.' },
      wrong: 'parties: &p\n  - *p',
      right: 'parties:\n  - gnesta-kommun',
    },
  },
  {
    id: 'yaml/tag',
    severity: 'error',
    description: { sv: 'Inga YAML-taggar.', en: 'No YAML tags.' },
    docs: {
      why: {
        sv: 'En tagg (!tagg) ändrar hur ett värde läses; formatet är vanlig text, tal och listor så att alla verktyg läser filen på samma sätt.',
        en: 'A tag (!tag) changes how a value is read; the format is plain text, numbers and lists so that every tool reads the file alike.',
      },
      wrong: 'valid_from: !!timestamp 2023-06-20',
      right: 'valid_from: 2023-06-20',
    },
  },
  {
    id: 'yaml/merge-key',
    severity: 'error',
    description: { sv: 'Inga sammanslagningsnycklar (<<).', en: 'No merge keys (<<).' },
    docs: {
      why: {
        sv: 'Med << hämtas fält från en annan del av filen; varje dokument ska gå att läsa för sig, och << tolkas olika av olika verktyg.',
        en: 'With << fields are taken from elsewhere in the file; every document should read on its own, and tools read << differently.',
      },
      wrong: 'parties:\n  - &kommun\n    id: gnesta-kommun\n    type: municipality\n  - <<: *kommun\n    id: trosa-kommun',
      right: 'parties:\n  - id: gnesta-kommun\n    type: municipality\n  - id: trosa-kommun\n    type: municipality',
    },
  },
  {
    id: 'yaml/forbidden-key',
    severity: 'error',
    description: { sv: 'Inga fält som heter __proto__, constructor eller prototype.', en: 'No fields named __proto__, constructor or prototype.' },
    docs: {
      why: {
        sv: 'Namnen __proto__, constructor och prototype kan ändra hur program i JavaScript beter sig när de läser filen; formatet använder dem aldrig.',
        en: 'The names __proto__, constructor and prototype can change how JavaScript programs behave when they read the file; the format never uses them.',
      },
      wrong: 'kind: annual_review\n__proto__:\n  outcome: terminated',
      right: 'kind: annual_review\noutcome: unchanged',
    },
  },
  {
    id: 'yaml/complex-key',
    severity: 'error',
    description: { sv: 'Nycklar är enkel text.', en: 'Keys are plain text.' },
    docs: {
      why: {
        sv: 'Ett fältnamn är text; en lista eller mappning som nyckel kan inte vara ett fält och är oftast ett misstag med ? eller indrag.',
        en: 'A field name is text; a list or a mapping as a key cannot be a field and is usually a slip with ? or indentation.',
      },
      wrong: '? [valid_from, valid_to]\n: 2023-06-20',
      right: 'valid_from: 2023-06-20\nvalid_to: 2027-05-31',
    },
  },
  {
    id: 'yaml/no-document',
    severity: 'error',
    description: { sv: 'En fil med innehåll har minst ett dokument.', en: 'A file with content holds at least one document.' },
    docs: {
      why: {
        sv: 'En fil med innehåll men utan dokument (bara ett %-direktiv) kontrolleras aldrig, så det som var tänkt att stå där saknas utan att märkas.',
        en: 'A file with content but no document (only a % directive) is never checked, so what was meant to be there is missing unnoticed.',
      },
      wrong: '%YAML 1.2',
      right: '%YAML 1.2\n---\nkind: annual_review',
    },
  },
  {
    id: 'yaml/comment-in-value',
    severity: 'warning',
    description: {
      sv: 'Inget # mitt i ett värde utan citattecken.',
      en: 'No # in the middle of an unquoted value.',
    },
    docs: {
      why: {
        sv: 'Efter ett mellanslag inleder # en kommentar i YAML, så resten av raden försvinner ur värdet utan att det syns: "KS #2023/0999" blir "KS". Varningen ges när # står efter ett enda mellanslag och direkt före en bokstav eller siffra, som i ett diarienummer eller "#1"; en kommentar skrivs med mellanslag efter # och får vara tyst.',
        en: 'After a space, # starts a comment in YAML, so the rest of the line silently drops out of the value: "KS #2023/0999" becomes "KS". The warning is given when # follows a single space and comes right before a letter or digit, as in a case number or "#1"; a comment is written with a space after # and stays quiet.',
      },
      wrong: 'case_number: KS #2023/0999',
      right: 'case_number: "KS #2023/0999"\nvalid_to: 2027-05-31  # fem år',
    },
  },
  {
    id: 'yaml/warning',
    severity: 'warning',
    description: { sv: 'YAML-parserns varningar.', en: "The YAML parser's warnings." },
    docs: {
      why: {
        sv: 'Parsern varnar för sådant som läses men brukar vara misstag, till exempel ett okänt direktiv.',
        en: 'The parser warns about things it reads but that are usually mistakes, such as an unknown directive.',
      },
      wrong: '%YAM 1.2\n---\nkind: annual_review',
      right: '%YAML 1.2\n---\nkind: annual_review',
    },
  },
];
