import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInStockholm } from '../../src/domain/calendar/stockholm.js';
import { runCli, tempRepo } from '../helpers/run-cli.js';
import { LspClient, type Diagnostic } from '../helpers/lsp-client.js';

/**
 * The editor help init sets up, proven with the engine of VS Code's YAML extension: the real
 * yaml-language-server, spoken to over stdio as the extension does, over a repository made by
 * init, with the yaml.schemas that init wrote to .vscode/settings.json.
 */
const SERVER = join(dirname(createRequire(import.meta.url).resolve('yaml-language-server/package.json')), 'bin', 'yaml-language-server');
const YEAR = Number(todayInStockholm(new Date()).slice(0, 4)) - 1;
const root = tempRepo('editor');
const uri = (path: string) => pathToFileURL(join(root, path)).href;
const files = {
  config: 'samverkan.yaml',
  agreement: `agreements/uppsala-${YEAR}.yaml`,
  followUp: `follow-ups/uppsala-${YEAR}-uppfoljning-${YEAR}.yaml`,
  /** No modeline: only the mapping in .vscode/settings.json gives it a schema. */
  unknownField: 'agreements/utan-modeline.yaml',
  workflow: '.github/workflows/samverkan.yml',
};
let server: LspClient;
let diagnostics: Map<string, Diagnostic[]>;
let unknownFieldLine = 0;

beforeAll(async () => {
  expect(runCli(['init', root, '--kommun', 'Uppsala']).code).toBe(0);
  expect(runCli(['new', 'follow-up', '--agreement', `uppsala-${YEAR}`, '--year', String(YEAR), '--root', root]).code).toBe(0);
  const lines = readFileSync(join(root, files.agreement), 'utf8').split('\n').slice(1);
  const title = lines.findIndex((line) => line.startsWith('title:'));
  lines.splice(title + 1, 0, 'titel: Stavfel');
  unknownFieldLine = title + 1;
  writeFileSync(join(root, files.unknownField), lines.join('\n').replace(`id: uppsala-${YEAR}`, 'id: uppsala-utan-modeline'));

  const settings = JSON.parse(readFileSync(join(root, '.vscode/settings.json'), 'utf8')) as Record<string, unknown>;
  server = new LspClient(process.execPath, [SERVER, '--stdio'], (section) =>
    section === 'yaml' ? { schemas: settings['yaml.schemas'], validate: true, hover: true, completion: true, schemaStore: { enable: false } } : {},
  );
  await server.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'uppsala' }],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: {} },
    },
  });
  server.notify('initialized', {});
  server.notify('workspace/didChangeConfiguration', { settings: null });
  for (const path of Object.values(files)) {
    server.notify('textDocument/didOpen', { textDocument: { uri: uri(path), languageId: 'yaml', version: 1, text: readFileSync(join(root, path), 'utf8') } });
  }
  diagnostics = await server.diagnosticsFor(Object.values(files).map(uri));
}, 30_000);

afterAll(async () => {
  await server?.shutdown();
  rmSync(root, { recursive: true, force: true });
});

describe('yaml-language-server on a repository made by init', () => {
  it('finds no problem in the files init and new wrote', () => {
    for (const path of [files.config, files.agreement, files.followUp]) expect(diagnostics.get(uri(path)), path).toEqual([]);
  });

  it('marks an unknown field at its line, in a file the settings map to the schema', () => {
    const found = diagnostics.get(uri(files.unknownField))!;
    expect(found.map((d) => [d.range.start.line, d.severity])).toEqual([[unknownFieldLine, 1]]);
    expect(found[0]!.message).toContain('titel');
  });

  it('gives a workflow in .github/ no samverkan schema', () => {
    expect(diagnostics.get(uri(files.workflow))).toEqual([]);
  });

  it('shows the Swedish help on hover over valid_from', async () => {
    for (const path of [files.agreement, files.unknownField]) {
      const line = readFileSync(join(root, path), 'utf8').split('\n').findIndex((l) => l.startsWith('valid_from:'));
      const hover = await server.request<{ contents: { value: string } | string } | null>('textDocument/hover', { textDocument: { uri: uri(path) }, position: { line, character: 3 } });
      const text = typeof hover?.contents === 'string' ? hover.contents : (hover?.contents.value ?? '');
      expect(text, path).toContain('Första dagen överenskommelsen gäller');
    }
  });
});
