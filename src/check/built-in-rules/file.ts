import type { DocumentedRule } from './documented-rule.js';

/**
 * `file/…`: the file as a whole, before YAML. Their examples describe the file in a comment,
 * since a binary file or a broken encoding cannot be shown as text.
 */
export const FILE_RULES: readonly DocumentedRule[] = [
  {
    id: 'file/unreadable',
    severity: 'error',
    description: { sv: 'Filen kan läsas.', en: 'The file can be read.' },
    docs: {
      why: {
        sv: 'En fil som inte kan läsas kan inte kontrolleras, och det den skulle innehålla saknas i status, tidsfrister och rapporter.',
        en: 'A file that cannot be read cannot be checked, and what it should hold is missing from status, deadlines and reports.',
      },
      wrong: {
        sv: '# agreements/gnesta-2023.yaml är en symbolisk länk till en fil som har tagits bort',
        en: '# agreements/gnesta-2023.yaml is a symbolic link to a file that was deleted',
      },
      right: {
        sv: '# agreements/gnesta-2023.yaml är en vanlig fil som alla med tillgång till arkivet kan läsa\nkind: agreement',
        en: '# agreements/gnesta-2023.yaml is an ordinary file everyone with access to the repository can read\nkind: agreement',
      },
    },
  },
  {
    id: 'file/unreadable-folder',
    severity: 'error',
    description: { sv: 'Varje mapp i arkivet kan läsas.', en: 'Every folder of the repository can be read.' },
    docs: {
      why: {
        sv: 'Filerna i en mapp som inte kan listas (ingen behörighet, en sökväg längre än systemet tar, en mapp som togs bort under körningen) kan inte kontrolleras; utan fyndet skulle kontrollen se ut att ha gått igenom hela arkivet.',
        en: 'The files in a folder that cannot be listed (no permission, a path longer than the system takes, a folder deleted during the run) cannot be checked; without the finding the check would seem to have covered the whole repository.',
      },
      wrong: { sv: '# agreements/ har behörigheten 000: ingen får läsa den', en: '# agreements/ has mode 000: nobody may read it' },
      right: {
        sv: '# agreements/ kan läsas av alla med tillgång till arkivet\nkind: agreement',
        en: '# agreements/ can be read by everyone with access to the repository\nkind: agreement',
      },
    },
  },
  {
    id: 'file/not-regular',
    severity: 'error',
    description: { sv: 'En .yaml-fil är en vanlig fil.', en: 'A .yaml file is a regular file.' },
    docs: {
      why: {
        sv: 'Bara vanliga filer är dokument; att läsa en namngiven pipe eller en enhet kan få kontrollen att vänta för evigt.',
        en: 'Only regular files are documents; reading a named pipe or a device could make the check wait forever.',
      },
      wrong: { sv: '# agreements/gnesta-2023.yaml är en namngiven pipe (mkfifo)', en: '# agreements/gnesta-2023.yaml is a named pipe (mkfifo)' },
      right: { sv: '# agreements/gnesta-2023.yaml är en vanlig fil\nkind: agreement', en: '# agreements/gnesta-2023.yaml is a regular file\nkind: agreement' },
    },
  },
  {
    id: 'file/symlink-outside-root',
    severity: 'error',
    description: { sv: 'Symboliska länkar stannar inom arkivet.', en: 'Symbolic links stay inside the repository.' },
    docs: {
      why: {
        sv: 'En länk ut ur arkivet pekar på något som inte versionshanteras med arkivet, och i CI kan den peka på vad som helst på maskinen; den följs aldrig.',
        en: 'A link out of the repository points at something not versioned with it, and in CI it could point at anything on the machine; it is never followed.',
      },
      wrong: {
        sv: '# agreements/gnesta-2023.yaml -> /home/anna/Dokument/gnesta.yaml',
        en: '# agreements/gnesta-2023.yaml -> /home/anna/Documents/gnesta.yaml',
      },
      right: { sv: '# agreements/gnesta-2023.yaml: filen kopierad in i arkivet', en: '# agreements/gnesta-2023.yaml: the file copied into the repository' },
    },
  },
  {
    id: 'file/too-large',
    severity: 'error',
    description: { sv: 'Filen är högst 1 MiB.', en: 'The file is at most 1 MiB.' },
    docs: {
      why: {
        sv: 'Ett dokument är normalt några kilobyte; en mycket stor fil är oftast en inklistrad bilaga och skulle göra kontrollen långsam för alla.',
        en: 'A document is normally a few kilobytes; a very large file is usually a pasted attachment and would make the check slow for everyone.',
      },
      wrong: 'sources:\n  - "data:application/pdf;base64,JVBERi0xLjcK…"  # 3 MB',
      right: 'sources:\n  - Lägesbild Gnesta 2024 (PDF i diariet, KS 2024/55)',
    },
  },
  {
    id: 'file/binary',
    severity: 'error',
    description: { sv: 'Filen är text, inte binär.', en: 'The file is text, not binary.' },
    docs: {
      why: {
        sv: 'En binär fil med ändelsen .yaml är oftast en bild eller ett Word-dokument som har fått fel namn; den går inte att läsa som text.',
        en: 'A binary file ending in .yaml is usually a picture or a Word document with the wrong name; it cannot be read as text.',
      },
      wrong: { sv: '# agreements/gnesta-2023.yaml är en Word-fil som har bytt namn', en: '# agreements/gnesta-2023.yaml is a renamed Word file' },
      right: { sv: '# agreements/gnesta-2023.yaml är text\nkind: agreement', en: '# agreements/gnesta-2023.yaml is text\nkind: agreement' },
    },
  },
  {
    id: 'file/utf-16',
    severity: 'error',
    description: { sv: 'Filen är sparad som UTF-8, inte UTF-16.', en: 'The file is saved as UTF-8, not UTF-16.' },
    docs: {
      why: {
        sv: 'Dokumenten är UTF-8; en fil som Anteckningar har sparat som "Unicode" (UTF-16) läses annars som skräptecken.',
        en: 'Documents are UTF-8; a file Notepad saved as "Unicode" (UTF-16) would otherwise read as garbage.',
      },
      wrong: { sv: '# Sparad i Anteckningar med kodningen "Unicode" (UTF-16 LE)', en: '# Saved in Notepad with the encoding "Unicode" (UTF-16 LE)' },
      right: { sv: '# Sparad med kodningen UTF-8\nkind: agreement', en: '# Saved with the encoding UTF-8\nkind: agreement' },
    },
  },
  {
    id: 'file/invalid-utf-8',
    severity: 'error',
    description: { sv: 'Filen är giltig UTF-8.', en: 'The file is valid UTF-8.' },
    docs: {
      why: {
        sv: 'En fil sparad som Latin-1/Windows-1252 förstör å, ä och ö i varje meddelande och rapport.',
        en: 'A file saved as Latin-1/Windows-1252 breaks å, ä and ö in every message and report.',
      },
      wrong: { sv: '# Sparad som Windows-1252: "ä" är byten 0xE4\ntitle: Tr�ff i G�steboden', en: '# Saved as Windows-1252: "ä" is the byte 0xE4\ntitle: Tr�ff i G�steboden' },
      right: { sv: '# Sparad som UTF-8\ntitle: Träff i Gästeboden', en: '# Saved as UTF-8\ntitle: Träff i Gästeboden' },
    },
  },
  {
    id: 'file/cr-line-endings',
    severity: 'error',
    description: { sv: 'Radslut är LF eller CRLF.', en: 'Line endings are LF or CRLF.' },
    docs: {
      why: {
        sv: 'Med bara CR som radslut (gamla Mac-program) läser YAML hela filen som en enda rad, så alla fält utom det första försvinner.',
        en: 'With CR alone as the line ending (old Mac programs) YAML reads the whole file as one line, so every field but the first is lost.',
      },
      wrong: { sv: '# Sparad med bara CR som radslut\nkind: agreement␍id: gnesta-2023␍', en: '# Saved with CR alone as the line ending\nkind: agreement␍id: gnesta-2023␍' },
      right: { sv: '# Sparad med LF (eller CRLF, som i Windows)\nkind: agreement\nid: gnesta-2023', en: '# Saved with LF (or CRLF, as on Windows)\nkind: agreement\nid: gnesta-2023' },
    },
  },
  {
    id: 'file/merge-conflict',
    severity: 'error',
    description: { sv: 'Inga olösta konflikter från git.', en: 'No unresolved git conflicts.' },
    docs: {
      why: {
        sv: 'Rader med <<<<<<< och >>>>>>> är kvar efter en sammanslagning i git: båda versionerna står i filen och ingen av dem gäller.',
        en: 'Lines with <<<<<<< and >>>>>>> are left over from a git merge: both versions are in the file and neither applies.',
      },
      wrong: 'valid_to: 2027-05-31\n<<<<<<< HEAD\nrenewal_notice_months: 6\n=======\nrenewal_notice_months: 9\n>>>>>>> forlangning',
      right: 'valid_to: 2027-05-31\nrenewal_notice_months: 9',
    },
  },
  {
    id: 'file/document-limit',
    severity: 'error',
    description: {
      sv: 'En körning läser högst 100 000 dokument.',
      en: 'A run reads at most 100,000 documents.',
    },
    docs: {
      why: {
        sv: 'Ett arkiv för hela landet har omkring 5 000 dokument; hundratusen små dokument är nästan alltid ett misstag och skulle annars ta slut på minnet. Det som inte lästes kan inte räknas som kontrollerat.',
        en: 'A repository for the whole country has about 5,000 documents; a hundred thousand small documents are nearly always a mistake and would otherwise exhaust memory. What was not read cannot count as checked.',
      },
      wrong: {
        sv: '# En fil med 87 000 dokument\nkind: annual_review\n---\nkind: annual_review\n---',
        en: '# A file with 87,000 documents\nkind: annual_review\n---\nkind: annual_review\n---',
      },
      right: { sv: '# En fil med ett dokument\nkind: annual_review', en: '# A file with one document\nkind: annual_review' },
    },
  },
  {
    id: 'file/too-many-findings',
    severity: 'error',
    description: {
      sv: 'En fil visar högst 100 fynd och det första av varje annat slag; resten räknas i ett fynd för sig.',
      en: 'A file shows at most 100 findings and the first of each other kind; the rest are counted in one finding of their own.',
    },
    docs: {
      why: {
        sv: 'Hundratals fynd i en fil har nästan alltid en och samma orsak, som de första visar; en lista på tusentals rader gör bara utdata oläslig. Fyndet är ett fel när något av de dolda är det.',
        en: 'Hundreds of findings in one file nearly always have one cause, which the first ones show; a list of thousands of lines only makes the output unreadable. The finding is an error when any of the hidden ones is.',
      },
      wrong: {
        sv: '# En fil där samma fält står 300 000 gånger\nkind: annual_review\na: 1\na: 1\na: 1',
        en: '# A file where one field occurs 300,000 times\nkind: annual_review\na: 1\na: 1\na: 1',
      },
      right: { sv: '# Fältet en gång\nkind: annual_review\nnotes: 1', en: '# The field once\nkind: annual_review\nnotes: 1' },
    },
  },
];
