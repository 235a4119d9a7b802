import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../errors.js';
import type { Lang } from '../model/lang.js';
import { CONFIG_FILE, resolveConfig } from './config.js';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A fresh folder, with samverkan.yaml holding these lines when they are given. */
function folder(...lines: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'samverkan-config-'));
  roots.push(root);
  if (lines.length > 0) writeFileSync(join(root, CONFIG_FILE), `${lines.join('\n')}\n`);
  return root;
}

/** The ConfigError that resolving throws; fails when it resolves or throws something else. */
async function configError(root: string, lang?: Lang): Promise<ConfigError> {
  const error: unknown = await resolveConfig(root, lang).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('resolveConfig: no configuration', () => {
  it('gives the default configuration in Swedish', async () => {
    const resolved = await resolveConfig(folder(), undefined);
    expect(resolved).toEqual({ config: { kind: 'config' }, lang: 'sv', file: undefined });
  });

  it('speaks the requested language', async () => {
    expect((await resolveConfig(folder(), 'en')).lang).toBe('en');
  });
});

describe('resolveConfig: a usable configuration', () => {
  it('reads the settings and keeps the loaded file', async () => {
    const root = folder('kind: config', 'exclude:', '  - "arkiv/**"', 'rules:', '  schema/enum: warning');
    const resolved = await resolveConfig(root, undefined);
    expect(resolved.config).toEqual({ kind: 'config', exclude: ['arkiv/**'], rules: { 'schema/enum': 'warning' } });
    expect(resolved.lang).toBe('sv');
    expect(resolved.file?.path).toBe(CONFIG_FILE);
    expect(resolved.file?.documents).toHaveLength(1);
  });

  it('takes the language from language: unless one is requested', async () => {
    const root = folder('kind: config', 'language: en');
    expect((await resolveConfig(root, undefined)).lang).toBe('en');
    expect((await resolveConfig(root, 'sv')).lang).toBe('sv');
    expect((await resolveConfig(root, 'en')).lang).toBe('en');
  });

  it('keeps Swedish when language: sv is chosen', async () => {
    const resolved = await resolveConfig(folder('kind: config', 'language: sv'), undefined);
    expect(resolved.lang).toBe('sv');
    expect(resolved.config.language).toBe('sv');
  });
});

describe('resolveConfig: an unusable configuration', () => {
  it('rejects an unknown field with its position and name', async () => {
    const error = await configError(folder('kind: config', 'exclude: []', 'languag: en'));
    expect(error.message.startsWith('samverkan.yaml:3:1: ')).toBe(true);
    expect(error.message).toContain('"languag"');
    expect(error.message).toContain('"language"');
    expect(error.file).toBe(CONFIG_FILE);
  });

  it('speaks the requested language in its errors', async () => {
    const error = await configError(folder('kind: config', 'languag: en'), 'en');
    expect(error.message.startsWith('samverkan.yaml:2:1: Unknown field "languag"')).toBe(true);
  });

  it('rejects a value the schema does not allow at the value', async () => {
    const error = await configError(folder('kind: config', 'language: de'));
    expect(error.message.startsWith('samverkan.yaml:2:11: ')).toBe(true);
    expect(error.message).toContain('"de"');
  });

  it('rejects a bad rule id at its key', async () => {
    const error = await configError(folder('kind: config', 'rules:', '  Bad Rule: off'));
    expect(error.message.startsWith('samverkan.yaml:3:3: ')).toBe(true);
  });

  it('rejects a document of another kind', async () => {
    const error = await configError(folder('kind: agreement'));
    expect(error.file).toBe(CONFIG_FILE);
    expect(error.message.startsWith('samverkan.yaml')).toBe(true);
  });

  it('rejects two documents', async () => {
    const error = await configError(folder('kind: config', '---', 'kind: config'));
    expect(error.message).toBe('samverkan.yaml: ska innehålla ett enda dokument med kind: config.');
  });

  it('rejects a file without a document', async () => {
    const error = await configError(folder('# bara en kommentar'), 'en');
    expect(error.message).toBe('samverkan.yaml: must hold a single document with kind: config.');
  });

  it('rejects a YAML syntax error with its position', async () => {
    const error = await configError(folder('kind: config', 'exclude: [arkiv', 'language: sv'));
    expect(error.message).toMatch(/^samverkan\.yaml:[23]:\d+: \S/);
    expect(error.message).not.toMatch(/[\r\n]/);
  });

  it('rejects a duplicate key at the second one', async () => {
    const error = await configError(folder('kind: config', 'language: sv', 'language: en'));
    expect(error.message.startsWith('samverkan.yaml:3:1: ')).toBe(true);
  });
});

describe('resolveConfig: settings the schema cannot judge', () => {
  it('rejects an unknown rule id at its key, with a did-you-mean', async () => {
    const error = await configError(folder('kind: config', 'rules:', '  follow-up/measure-coverag: "off"'));
    expect(error.message).toBe('samverkan.yaml:3:3: Okänd regel "follow-up/measure-coverag" – menade du "follow-up/measure-coverage"?');
    expect(error.hint).toBe('Skriv ett regel-id som samverkan rules listar, eller ta bort raden.');
  });

  it('accepts every id the catalogue lists', async () => {
    const root = folder('kind: config', 'rules:', '  schema/enum: warning', '  period/order: "off"', '  file/binary: error');
    expect((await resolveConfig(root, undefined)).config.rules).toEqual({ 'schema/enum': 'warning', 'period/order': 'off', 'file/binary': 'error' });
  });

  it.each([
    ['file/binary', 'off'],
    ['file/too-large', 'warning'],
    ['yaml/syntax', 'off'],
    ['yaml/too-deep', 'warning'],
    ['yaml/alias-limit', 'off'],
    ['yaml/alias-cycle', 'off'],
  ])('keeps %s, which guards reading, an error (not %s)', async (id, setting) => {
    const error = await configError(folder('kind: config', 'rules:', `  ${id}: "${setting}"`), 'en');
    expect(error.message).toMatch(new RegExp(`^samverkan\\.yaml:3:\\d+: The rule ${id} cannot be set to ${setting}: it guards the reading of files`));
  });

  it('takes templates from a folder inside the root', async () => {
    const root = folder('kind: config', 'templates: mallar/egna');
    mkdirSync(join(root, 'mallar', 'egna'), { recursive: true });
    expect((await resolveConfig(root, undefined)).config.templates).toBe('mallar/egna');
  });

  it.each([['/'], ['/tmp'], ['../x'], ['mallar/../../x']])('refuses templates: %s outside the root', async (value) => {
    const error = await configError(folder('kind: config', `templates: "${value}"`));
    expect(error.message).toBe(`samverkan.yaml:2:12: templates: ska vara en mapp i arkivet, relativ till rotmappen, men "${value}" ligger utanför arkivet`);
  });

  it('refuses a templates folder that is a link out of the root', async () => {
    const root = folder('kind: config', 'templates: mallar');
    const outside = folder();
    symlinkSync(outside, join(root, 'mallar'));
    const error = await configError(root, 'en');
    expect(error.message).toMatch(/^samverkan\.yaml:2:12: templates: "mallar" is a symbolic link to .+, outside the repository$/);
  });

  it('refuses a templates folder that does not exist, or is a file', async () => {
    const root = folder('kind: config', 'templates: mallar');
    expect((await configError(root)).message).toBe('samverkan.yaml:2:12: Mallmappen "mallar" (templates:) finns inte i arkivet');
    writeFileSync(join(root, 'mallar'), '');
    expect((await configError(root)).message).toBe('samverkan.yaml:2:12: templates: "mallar" är ingen mapp');
  });
});
