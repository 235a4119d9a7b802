import { localize, type Lang } from '../../model/lang.js';
import { SCHEMA_FOLDER } from '../package-files.js';

/** The conventional folders of a repository (format.md) and what each holds. */
export const DOCUMENT_FOLDERS = ['agreements', 'citizen-promises', 'situation-reports', 'action-plans', 'follow-ups', 'reviews'] as const;

/**
 * VS Code settings: the YAML extension checks the document folders and samverkan.yaml against the
 * local schemas, and nothing else — a workflow in .github/ is no agreement, and mapping every
 * `*.yml` would mark it full of errors.
 */
export function vscodeSettings(): string {
  const patterns = ['samverkan.yaml', ...DOCUMENT_FOLDERS.flatMap((folder) => [`${folder}/**/*.yaml`, `${folder}/**/*.yml`])];
  return `${JSON.stringify({ 'yaml.schemas': { [`./${SCHEMA_FOLDER}/samverkan.schema.json`]: patterns } }, null, 2)}\n`;
}

/** VS Code suggests the YAML extension (Red Hat) when the folder is opened. */
export function vscodeExtensions(): string {
  return `${JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2)}\n`;
}

/** What samverkan writes and nobody should commit: CI's outputs and the temp files of writes. */
export function gitignore(lang: Lang): string {
  const heading = localize({ sv: '# Utdata från samverkan i CI; skapas på nytt vid varje körning.', en: "# samverkan's outputs in CI; made anew on every run." }, lang);
  return [heading, 'samverkan-junit.xml', 'gl-code-quality-report.json', 'samverkan.sarif', 'samverkan.ics', 'tidsfrister.md', '*.tmp', 'node_modules/', ''].join('\n');
}

const FOLDER_TEXT: Record<(typeof DOCUMENT_FOLDERS)[number] | 'templates', { sv: string; en: string }> = {
  agreements: {
    sv: '# Samverkansöverenskommelser\n\nEn fil per överenskommelse (`kind: agreement`). En efterträdare skapas med\n`samverkan new agreement --supersedes ID`.\n',
    en: '# Cooperation agreements\n\nOne file per agreement (`kind: agreement`). A successor is made with\n`samverkan new agreement --supersedes ID`.\n',
  },
  'citizen-promises': {
    sv: '# Medborgarlöften\n\nSkapa med `samverkan new citizen-promises --agreement ID --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD`.\n',
    en: '# Citizen promises\n\nMake with `samverkan new citizen-promises --agreement ID --from YYYY-MM-DD --to YYYY-MM-DD`.\n',
  },
  'situation-reports': {
    sv: '# Lägesbilder (lag 2023:196 4 §)\n\nSkapa med `samverkan new situation-report --kommun KOD --year ÅÅÅÅ`; uppdateras minst vartannat år.\n',
    en: '# Situation pictures (lag 2023:196 4 §)\n\nMake with `samverkan new situation-report --kommun CODE --year YYYY`; updated at least every second year.\n',
  },
  'action-plans': {
    sv: '# Åtgärdsplaner (lag 2023:196 5 §)\n\nSkapa med `samverkan new action-plan --kommun KOD --situation-report ID`; följs upp minst vartannat år.\n',
    en: '# Action plans (lag 2023:196 5 §)\n\nMake with `samverkan new action-plan --kommun CODE --situation-report ID`; followed up at least every second year.\n',
  },
  'follow-ups': {
    sv: '# Uppföljningar\n\nEn per överenskommelse och år, till kommunstyrelsen och lokalpolisområdeschefen. Skapa med\n`samverkan new follow-up --agreement ID --year ÅÅÅÅ`: alla åtgärder och mål står redan där.\n',
    en: '# Follow-ups\n\nOne per agreement and year, to the executive board and the local police chief. Make with\n`samverkan new follow-up --agreement ID --year YYYY`: every measure and goal is already listed.\n',
  },
  reviews: {
    sv: '# Aktualitetsprövningar\n\nEn per prövning. Skapa med `samverkan new review --agreement ID`.\n',
    en: '# Annual reviews\n\nOne per review. Make with `samverkan new review --agreement ID`.\n',
  },
  templates: {
    sv: '# Egna rapportmallar\n\nEn Handlebars-mall här med samma namn som en av samverkans (till exempel `report.md.hbs`)\nersätter den i `samverkan report`.\n',
    en: "# Own report templates\n\nA Handlebars template here with the name of one of samverkan's (e.g. `report.md.hbs`)\nreplaces it in `samverkan report`.\n",
  },
};

/** A short README in each conventional folder: what belongs there and which command makes it. */
export function folderReadmes(lang: Lang): { path: string; content: string }[] {
  return (Object.keys(FOLDER_TEXT) as (keyof typeof FOLDER_TEXT)[]).map((folder) => ({
    path: `${folder}/README.md`,
    content: localize(FOLDER_TEXT[folder], lang),
  }));
}
