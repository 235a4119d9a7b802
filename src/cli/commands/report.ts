import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../../errors.js';
import { loadLogo } from '../../load/logo.js';
import { BUNDLED_TEMPLATES, loadTemplates } from '../../load/templates.js';
import { localize, type Lang } from '../../model/lang.js';
import { quote } from '../../model/visible-text.js';
import { buildReportView } from '../../present/report/build-view.js';
import { renderReport } from '../../present/report/render.js';
import { EXIT } from '../exit-codes.js';
import type { Io } from '../io.js';
import type { ReportOptions } from '../program.js';
import { VERSION } from '../version.js';
import { outputOf } from '../output-option.js';
import { checkOutput, writeOutput } from '../write-atomic.js';
import { loadDerivedRoot, runInputs } from './derived.js';

/** `samverkan report`: the annual report of one year, as Markdown, HTML, PDF or Word. */
export async function runReport(options: ReportOptions, io: Io): Promise<number> {
  const requested = options.lang ?? 'sv';
  const year = parseYear(options.year, requested);
  const format = options.format ?? 'md';
  const output = outputOf(options, requested);
  if ((format === 'pdf' || format === 'docx') && output === undefined) {
    throw new UsageError(localize({ sv: '--format {format} kräver --output FIL.', en: '--format {format} needs --output FILE.' }, requested, { format }));
  }
  const run = await loadDerivedRoot(options, io);
  const { asOf, lang } = run;
  const derived = run.root;
  const root = derived.validation.root;
  const userFolder = derived.validation.config.templates ?? 'templates';
  const bundledFolder = fileURLToPath(BUNDLED_TEMPLATES);
  const userFolderPath = resolve(root, userFolder);
  const [bundled, user, commit, logoFile] = await Promise.all([
    loadTemplates(bundledFolder),
    loadTemplates(userFolderPath),
    gitCommit(root),
    loadLogo(userFolderPath, userFolder, lang),
  ]);
  // Markdown has no place for a picture; the other formats show the logo, once checked.
  const logo = logoFile === undefined || format === 'md' ? undefined : await (await import('../../present/report/logo/logo.js')).readLogo(logoFile, lang);
  const view = buildReportView({ derived, year, agreementId: options.agreement, lang, asOf, commit, version: VERSION, logo: logo?.view });
  // Word's layout is its own (docx/report-docx.ts): templates shape Markdown and HTML only.
  const text = format === 'docx' ? '' : renderReport(view, format === 'md' ? 'md' : 'html', { bundled, user, userFolder });
  if (output === undefined) {
    io.stdout(text);
    return EXIT.ok;
  }
  const templateFiles = (folder: string, sources: Map<string, string>) => [...sources.keys()].map((name) => join(folder, `${name}.hbs`));
  const rules = {
    lang,
    inputs: [
      ...runInputs(run),
      ...templateFiles(bundledFolder, bundled),
      ...templateFiles(userFolderPath, user),
      ...(logoFile === undefined ? [] : [join(userFolderPath, logoFile.name)]),
    ],
  };
  if (format === 'pdf') {
    // Refused before the browser starts, not after a print that could never be written.
    await checkOutput(io, output, rules);
    const { printPdf } = await import('../../present/report/print-pdf.js');
    await writeOutput(io, output, await printPdf(text, { lang, env: io.env, creator: `samverkan ${VERSION}` }), rules);
  } else if (format === 'docx') {
    await checkOutput(io, output, rules);
    // Loaded only for Word: docx and the browser that draws its charts.
    const { renderPictures } = await import('../../present/report/docx/pictures.js');
    const { renderDocx } = await import('../../present/report/docx/report-docx.js');
    const pictures = await renderPictures(view, logo, { lang, env: io.env, format: 'docx' });
    await writeOutput(io, output, await renderDocx(view, pictures), rules);
  } else {
    await writeOutput(io, output, text, rules);
  }
  return EXIT.ok;
}

function parseYear(value: string, lang: Lang): number {
  // Four digits: a report follows up a calendar year, and "24" or "2024.5" is a typo.
  if (!/^\d{4}$/.test(value)) {
    throw new UsageError(
      localize({ sv: '--year {value} är inget årtal (ÅÅÅÅ, till exempel 2024).', en: '--year {value} is not a year (YYYY, for example 2024).' }, lang, {
        value: quote(value),
      }),
    );
  }
  return Number(value);
}

/**
 * The short commit the root is checked out at, for the report's footer; null when the root is not
 * in a git repository or git is not installed. execFile, not a shell: the root is a user's path.
 */
export function gitCommit(root: string): Promise<string | null> {
  return new Promise((done) => {
    execFile('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { timeout: 10_000, windowsHide: true }, (error, stdout) => {
      const commit = String(stdout).trim();
      done(error === null && /^[0-9a-f]{4,64}$/.test(commit) ? commit : null);
    });
  });
}
