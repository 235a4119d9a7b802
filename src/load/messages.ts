import type { MessageTable } from '../model/messages.js';

/** Findings about a file as a whole, before YAML is parsed. Rule id: `file/<id>`. */
export const FILE_MESSAGES = {
  'not-regular': {
    message: { sv: 'Inte en vanlig fil', en: 'Not a regular file' },
    hint: {
      sv: 'Ta bort den eller byt namn så att den inte slutar på .yaml eller .yml.',
      en: 'Remove it or rename it so that it does not end in .yaml or .yml.',
    },
  },
  unreadable: {
    message: { sv: 'Filen kan inte läsas ({reason})', en: 'The file cannot be read ({reason})' },
    hint: {
      sv: 'Kontrollera att filen finns och att du har läsbehörighet; en trasig symbolisk länk pekar på något som inte finns.',
      en: 'Check that the file exists and that you may read it; a broken symbolic link points at nothing.',
    },
  },
  'symlink-outside-root': {
    message: {
      sv: 'Symbolisk länk som pekar utanför arkivet: {target}',
      en: 'Symbolic link that points outside the repository: {target}',
    },
    hint: {
      sv: 'Kopiera in filen i arkivet i stället för att länka, eller ta bort länken.',
      en: 'Copy the file into the repository instead of linking to it, or remove the link.',
    },
  },
  'too-large': {
    message: {
      sv: 'Filen är för stor: {size} byte (högst {max})',
      en: 'The file is too large: {size} bytes (at most {max})',
    },
    hint: {
      sv: 'Dela upp den i flera filer; ett dokument är normalt några kilobyte.',
      en: 'Split it into several files; a document is normally a few kilobytes.',
    },
  },
  binary: {
    message: { sv: 'Filen är binär, inte text', en: 'The file is binary, not text' },
    hint: {
      sv: 'Ta bort den eller ge den en annan filändelse än .yaml/.yml.',
      en: 'Remove it or give it another extension than .yaml/.yml.',
    },
  },
  'utf-16': {
    message: { sv: 'Filen är sparad som UTF-16', en: 'The file is saved as UTF-16' },
    hint: {
      sv: 'Spara om den som UTF-8 (i Anteckningar: Spara som → Kodning: UTF-8).',
      en: 'Save it again as UTF-8 (in Notepad: Save as → Encoding: UTF-8).',
    },
  },
  'invalid-utf-8': {
    message: { sv: 'Ogiltig UTF-8 (byte {byte})', en: 'Invalid UTF-8 (byte {byte})' },
    hint: {
      sv: 'Spara om filen som UTF-8; den är troligen sparad som Latin-1/Windows-1252, vilket förstör å, ä och ö.',
      en: 'Save the file again as UTF-8; it was probably saved as Latin-1/Windows-1252, which breaks å, ä and ö.',
    },
  },
  'cr-line-endings': {
    message: { sv: 'Filen har gammaldags radslut (bara CR)', en: 'The file has old-style line endings (CR only)' },
    hint: {
      sv: 'Spara om den med vanliga radslut (LF eller CRLF); YAML läser annars hela filen som en rad.',
      en: 'Save it again with ordinary line endings (LF or CRLF); otherwise YAML reads the whole file as one line.',
    },
  },
  'merge-conflict': {
    message: { sv: 'Olöst sammanslagningskonflikt i git', en: 'Unresolved git merge conflict' },
    hint: {
      sv: 'Välj vilken version som ska gälla och ta bort raderna med <<<<<<<, ======= och >>>>>>>.',
      en: 'Choose the version to keep and remove the lines with <<<<<<<, ======= and >>>>>>>.',
    },
  },
  'document-limit': {
    message: {
      sv: 'Körningen har redan läst {max} dokument, det högsta den läser; det här och resten av arkivet lästes inte',
      en: 'The run has already read {max} documents, the most it reads; this and the rest of the repository were not read',
    },
    hint: {
      sv: 'Ett arkiv för en kommun har några hundra dokument: leta efter filer med tusentals små dokument (många ---), eller kontrollera en del av arkivet i taget med --root.',
      en: 'A repository for one kommun has a few hundred documents: look for files with thousands of small documents (many ---), or check one part of the repository at a time with --root.',
    },
  },
} satisfies MessageTable<string>;

export type FileMessageId = keyof typeof FILE_MESSAGES;

/** Findings about a folder that cannot be listed: rule `file/unreadable-folder`, one message per cause. */
export const FOLDER_MESSAGES = {
  'folder-unreadable': {
    message: {
      sv: 'Mappen kan inte läsas ({reason}); filerna i den har inte kontrollerats',
      en: 'The folder cannot be read ({reason}); the files in it were not checked',
    },
    hint: {
      sv: 'Ge läsbehörighet till mappen (chmod a+rx), eller skriv den under exclude: i samverkan.yaml om den inte hör till arkivet.',
      en: 'Give read permission to the folder (chmod a+rx), or list it under exclude: in samverkan.yaml if it is not part of the repository.',
    },
  },
  'folder-path-too-long': {
    message: {
      sv: 'Sökvägen till mappen är för lång för filsystemet ({bytes} byte); filerna i den har inte kontrollerats',
      en: 'The path to the folder is too long for the file system ({bytes} bytes); the files in it were not checked',
    },
    hint: {
      sv: 'Korta mappnamnen eller minska antalet nivåer; de flesta system tar högst 4 096 byte.',
      en: 'Shorten the folder names or use fewer levels; most systems take at most 4,096 bytes.',
    },
  },
  'folder-gone': {
    message: {
      sv: 'Mappen försvann medan arkivet lästes ({reason}); filerna i den har inte kontrollerats',
      en: 'The folder disappeared while the repository was read ({reason}); the files in it were not checked',
    },
    hint: {
      sv: 'Kör igen när inget annat ändrar i arkivet (till exempel git checkout eller en synkning).',
      en: 'Run again when nothing else is changing the repository (a git checkout or a sync, for instance).',
    },
  },
} satisfies MessageTable<string>;

export type FolderMessageId = keyof typeof FOLDER_MESSAGES;
