import type { Lang } from '../model/lang.js';
import type { Kommun } from './kommun.js';
import { SCHEMA_FOLDER, schemaFiles, type ScaffoldFile } from './package-files.js';
import { draftAgreement } from './templates/agreement-draft.js';
import { TARBALL, ciFile, type CiChoice } from './templates/ci.js';
import { configText } from './templates/config.js';
import { folderReadmes, gitignore, vscodeExtensions, vscodeSettings } from './templates/repository-files.js';

export interface InitInput {
  kommun: Kommun;
  ci: CiChoice;
  /** Today in Sweden: the draft agreement starts on 1 January of last year. */
  today: string;
  lang: Lang;
  /** samverkan's version, for the registry line in the CI file. */
  version: string;
  /** The package as a tarball, for CI to install; read only when CI is chosen. */
  tarball: () => Uint8Array;
}

/**
 * Everything `samverkan init` writes, in the order it is listed: settings, the conventional
 * folders, a draft agreement, the editor's schemas and settings, and CI with the package it
 * installs. Pure but for reading the package's own files; the CLI writes what does not exist.
 */
export function initFiles(input: InitInput): { files: ScaffoldFile[]; draft: string } {
  const ci = ciFile(input.ci, input.version, input.lang);
  const files: ScaffoldFile[] = [
    // GitLab reads its CI file from the root, where every .yml would be a document.
    { path: 'samverkan.yaml', content: configText(input.lang, input.ci === 'gitlab' ? ['.gitlab-ci.yml'] : []) },
    ...folderReadmes(input.lang),
  ];
  const draft = draftAgreement(input.kommun, input.today, input.lang);
  files.push(
    { path: draft.file, content: draft.content },
    ...schemaFiles().map(({ name, content }) => ({ path: `${SCHEMA_FOLDER}/${name}`, content })),
    { path: '.vscode/settings.json', content: vscodeSettings() },
    { path: '.vscode/extensions.json', content: vscodeExtensions() },
    { path: '.gitignore', content: gitignore(input.lang) },
  );
  if (ci) files.push(ci, { path: TARBALL, content: input.tarball() });
  return { files, draft: draft.file };
}
