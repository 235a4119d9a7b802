import type { LoadedDocument, LoadedFile } from '../../src/load/loaded-document.js';
import { parseYaml } from '../../src/load/yaml/index.js';
import { SourceFile } from '../../src/load/source.js';
import type { Lang } from '../../src/model/lang.js';

/** Parses YAML text the way the loader does, as if it were the file at `path`. */
export function loadText(text: string, path = 'doc.yaml', lang: Lang = 'sv'): LoadedFile {
  return parseYaml(new SourceFile(path, text), lang);
}

/** The first document of YAML text; fails loudly when the text holds none. */
export function loadDocument(text: string, path = 'doc.yaml', lang: Lang = 'sv'): LoadedDocument {
  const document = loadText(text, path, lang).documents[0];
  if (!document) throw new Error(`no document in ${JSON.stringify(text)}`);
  return document;
}

/** YAML text from lines, with a final line break. */
export function yamlLines(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
