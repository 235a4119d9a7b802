import type { Lang } from '../../model/lang.js';
import { comment, field, text } from '../yaml-text.js';
import { modeline } from '../modeline.js';
import { sayIn } from '../say.js';

/** samverkan.yaml: the language, and commented examples of the settings people change first. */
export function configText(lang: Lang, exclude: readonly string[]): string {
  const t = sayIn(lang);
  return text([
    modeline('config', 'samverkan.yaml'),
    ...comment(t('Inställningar för samverkan i det här arkivet. Se samverkan --help och README.', 'Settings of samverkan for this repository. See samverkan --help and the README.')),
    'kind: config',
    ...comment(t('Språk för meddelanden och rapporter: sv eller en.', 'Language of messages and reports: sv or en.')),
    `language: ${lang}`,
    '',
    ...(exclude.length > 0
      ? [...comment(t('Filer som inte är samverkan-dokument.', 'Files that are no samverkan documents.')), ...field('exclude', exclude)]
      : [
          ...comment(t('YAML-filer som inte är samverkan-dokument undantas med mönster:', 'YAML files that are no samverkan documents are left out by pattern:')),
          '# exclude:',
          '#   - "arkiv/**"',
        ]),
    '',
    ...comment(t('Allvarlighetsgrad per regel (off, warning, error); samverkan rules listar dem.', 'Severity per rule (off, warning, error); samverkan rules lists them.')),
    '# rules:',
    '#   agreement/max-length: error',
    '#   follow-up/measure-coverage: off',
    '',
    ...comment(t('Tidsfrister på helgdagar flyttas till nästa vardag; false stänger av det.', 'Deadlines on holidays move to the next working day; false turns that off.')),
    '# deadlines:',
    '#   working_days: true',
    '#   reminder_days: [14]',
  ]);
}
