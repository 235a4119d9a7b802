import { posix } from 'node:path';
import type { DocumentKind } from '../model/documents.js';
import { SCHEMA_FOLDER } from './package-files.js';

/**
 * The first line of a written document: yaml-language-server (VS Code's YAML extension and other
 * editors) reads the schema from it, so help works even where .vscode/settings.json is not read.
 * The path is relative to the document's folder and points at the schema copies init writes.
 */
export function modeline(kind: DocumentKind, file: string): string {
  const target = `${SCHEMA_FOLDER}/${kind}.schema.json`;
  const path = posix.relative(posix.dirname(file), target);
  return `# yaml-language-server: $schema=${path}`;
}
