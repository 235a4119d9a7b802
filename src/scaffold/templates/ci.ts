import { localize, type Lang } from '../../model/lang.js';
import { comment, text } from '../yaml-text.js';
import { sayIn } from '../say.js';

export type CiChoice = 'github' | 'gitlab' | 'none';
export const CI_CHOICES: readonly CiChoice[] = ['github', 'gitlab', 'none'];

/** Where the package init puts in the repository lies, and how CI installs it from there. */
export const TARBALL = '.samverkan/samverkan.tgz';
export const INSTALL_LINE = `npm install --global ./${TARBALL}`;

/** The CI file for a choice, or none. */
export function ciFile(choice: CiChoice, version: string, lang: Lang): { path: string; content: string } | undefined {
  if (choice === 'github') return { path: '.github/workflows/samverkan.yml', content: githubWorkflow(version, lang) };
  if (choice === 'gitlab') return { path: '.gitlab-ci.yml', content: gitlabCi(version, lang) };
  return undefined;
}

/** The install comment both CI files carry: where the package comes from, and the registry line. */
function installComment(version: string, lang: Lang, indent: number): string[] {
  const registry = `npm install --global samverkan@${version.split('.').slice(0, 2).join('.')}`;
  return comment(
    localize(
      {
        sv: `samverkan installeras från paketet som samverkan init lade i ${TARBALL}: samma version som skapade arkivet, utan npm-registret. För en ny version: ta bort mappen .samverkan och kör samverkan init igen. När samverkan finns i npm-registret räcker raden: ${registry}`,
        en: `samverkan is installed from the package samverkan init put in ${TARBALL}: the version that made the repository, without the npm registry. For a new version: delete the folder .samverkan and run samverkan init again. Once samverkan is in the npm registry, this line will do: ${registry}`,
      },
      lang,
    ),
    indent,
  );
}

function githubWorkflow(version: string, lang: Lang): string {
  const t = sayIn(lang);
  const setup = [
    '      - uses: actions/checkout@v4',
    '      - uses: actions/setup-node@v4',
    '        with:',
    '          node-version: 20',
    ...installComment(version, lang, 6),
    `      - name: ${t('Installera samverkan', 'Install samverkan')}`,
    `        run: ${INSTALL_LINE}`,
  ];
  // Both jobs start the same way: checkout, Node 20 and the package from the repository.
  const job = (id: string, name: string, condition: string) => [`  ${id}:`, `    name: ${name}`, `    if: ${condition}`, '    runs-on: ubuntu-latest', '    timeout-minutes: 10', '    steps:', ...setup];
  return text([
    ...comment(
      t(
        'Kontrollerar arkivet med samverkan (skapad av samverkan init). Vid varje pull request och push till main: varje fel som en anteckning på sin rad och en sammanfattning på körningens sida; skydda main med regeln att kontrollen måste passera. Varje vardagsmorgon: tidsfristerna i sammanfattningen, och körningen underkänns när något är försenat så att GitHub meddelar teamet.',
        'Checks the repository with samverkan (made by samverkan init). On every pull request and push to main: each error as an annotation on its line and a summary on the run\'s page; protect main with the rule that the check must pass. Every weekday morning: the deadlines in the summary, and the run fails when one is overdue, so that GitHub tells the team.',
      ),
    ),
    'name: samverkan',
    '',
    'on:',
    '  pull_request:',
    '  push:',
    '    branches: [main]',
    '  schedule:',
    '    - cron: "0 5 * * 1-5"',
    '  workflow_dispatch:',
    '',
    'permissions:',
    '  contents: read',
    '',
    'jobs:',
    ...job('validate', t('Kontrollera dokumenten', 'Check the documents'), "github.event_name != 'schedule'"),
    ...comment(t('I GitHub Actions skriver validate anteckningar och jobbets sammanfattning själv.', 'In GitHub Actions, validate writes the annotations and the job summary itself.'), 6),
    `      - name: ${t('Kontrollera dokumenten', 'Check the documents')}`,
    '        run: samverkan validate',
    '',
    ...job('deadlines', t('Tidsfrister', 'Deadlines'), "github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'"),
    `      - name: ${t('Kalender', 'Calendar')}`,
    '        run: samverkan deadlines --format ics --output samverkan.ics',
    '      - uses: actions/upload-artifact@v4',
    '        with:',
    `          name: ${t('samverkan-kalender', 'samverkan-calendar')}`,
    '          path: samverkan.ics',
    `      - name: ${t('Försenade och kommande tidsfrister', 'Overdue and upcoming deadlines')}`,
    '        run: samverkan deadlines --format markdown --within 90 --fail-on overdue --output tidsfrister.md; status=$?; cat tidsfrister.md >> "${GITHUB_STEP_SUMMARY:-/dev/stdout}"; exit $status',
  ]);
}

function gitlabCi(version: string, lang: Lang): string {
  const t = sayIn(lang);
  return text([
    ...comment(
      t(
        'Kontrollerar arkivet med samverkan (skapad av samverkan init) vid varje merge request och på huvudgrenen; fynden visas i merge requesten genom kodkvalitets- och JUnit-rapporten. Jobbet samverkan-tidsfrister körs av ett schema (Build → Pipeline schedules, till exempel vardagar 06:00) och underkänns när en tidsfrist är försenad. samverkan.yaml undantar den här filen, som inte är ett samverkan-dokument.',
        'Checks the repository with samverkan (made by samverkan init) on every merge request and on the default branch; the Code Quality and JUnit reports show the findings in the merge request. The job samverkan-tidsfrister runs from a schedule (Build → Pipeline schedules, e.g. weekdays 06:00) and fails when a deadline is overdue. samverkan.yaml leaves this file out, as it is no samverkan document.',
      ),
    ),
    'samverkan:',
    '  image: node:20',
    '  stage: test',
    '  rules:',
    '    - if: $CI_PIPELINE_SOURCE == "merge_request_event"',
    '    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $CI_PIPELINE_SOURCE != "schedule"',
    '  script:',
    ...installComment(version, lang, 4),
    `    - ${INSTALL_LINE}`,
    ...comment(
      t(
        'Kodkvalitetsrapporten visar fynden i merge requesten och vid raderna i diffen, JUnit-rapporten under Tester; båda skrivs också när något är fel (|| true), och den sista raden visar fynden läsbart i loggen och avgör jobbet.',
        'The Code Quality report shows the findings in the merge request and beside the lines of the diff, the JUnit report under Tests; both are written also when something is wrong (|| true), and the last line shows the findings readably in the log and decides the job.',
      ),
      4,
    ),
    '    - samverkan validate --format gitlab --output gl-code-quality-report.json || true',
    '    - samverkan validate --format junit --output samverkan-junit.xml || true',
    '    - samverkan validate --format pretty',
    '  artifacts:',
    '    when: always',
    '    reports:',
    '      codequality: gl-code-quality-report.json',
    '      junit: samverkan-junit.xml',
    '',
    'samverkan-tidsfrister:',
    '  image: node:20',
    '  stage: test',
    '  rules:',
    '    - if: $CI_PIPELINE_SOURCE == "schedule"',
    '  script:',
    `    - ${INSTALL_LINE}`,
    '    - samverkan deadlines --format ics --output samverkan.ics',
    '    - samverkan deadlines --within 90 --fail-on overdue',
    '  artifacts:',
    '    when: always',
    '    paths:',
    '      - samverkan.ics',
  ]);
}
