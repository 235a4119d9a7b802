import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findFiles } from './find-files.js';

let root: string;
let outside: string;

beforeEach(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'samverkan-find-')));
  outside = realpathSync(mkdtempSync(join(tmpdir(), 'samverkan-outside-')));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

function write(path: string, content = 'kind: agreement\n'): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

function link(target: string, path: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  symlinkSync(target, join(root, path));
}

const paths = async (exclude: string[] = []) => (await findFiles(root, exclude, 'sv')).files.map((f) => f.path);

describe('findFiles', () => {
  it('finds .yaml and .yml files in any letter case, with / paths and absolute paths', async () => {
    for (const path of ['a.yaml', 'b.yml', 'C.YAML', 'd.Yml', 'sub/e.yaml', 'sub/deeper/f.yml']) write(path);
    for (const path of ['notes.txt', 'yaml', 'x.yaml.bak', 'sub/README.md', 'g.json']) write(path);
    const found = await findFiles(root, [], 'sv');
    expect(found.files.map((f) => f.path).sort()).toEqual(['C.YAML', 'a.yaml', 'b.yml', 'd.Yml', 'sub/deeper/f.yml', 'sub/e.yaml']);
    for (const file of found.files) expect(file.absolute).toBe(join(root, ...file.path.split('/')));
    expect(found.diagnostics).toEqual([]);
  });

  it('lists files in code-unit order of their path', async () => {
    for (const path of ['b.yaml', 'a.yaml', 'B.yaml', 'z/a.yaml', 'c/b.yaml', 'c/a.yaml']) write(path);
    expect(await paths()).toEqual(['B.yaml', 'a.yaml', 'b.yaml', 'c/a.yaml', 'c/b.yaml', 'z/a.yaml']);
  });

  it('lists files sorted by their whole path, with /', async () => {
    for (const path of ['a/x.yaml', 'a-b.yaml', 'a.b.yaml']) write(path);
    const found = await paths();
    expect(found).toEqual([...found].sort());
    expect(found).toEqual(['a-b.yaml', 'a.b.yaml', 'a/x.yaml']);
  });

  it('skips hidden folders, node_modules and folders named .yaml', async () => {
    write('ok.yaml');
    for (const path of ['.github/workflows/ci.yml', '.hidden/x.yaml', 'node_modules/pkg/x.yaml', 'sub/node_modules/y.yaml']) write(path);
    mkdirSync(join(root, 'folder.yaml'));
    expect(await paths()).toEqual(['ok.yaml']);
  });

  it('skips what config.exclude names', async () => {
    for (const path of ['agreements/a.yaml', 'agreements/old/b.yaml', 'drafts/c.yaml', 'x/drafts/d.yaml', 'old-e.yml', 'f.yaml']) write(path);
    expect(await paths(['drafts', 'agreements/old', '**/old-*.yml'])).toEqual(['agreements/a.yaml', 'f.yaml']);
    expect(await paths(['agreements/*.yaml'])).toEqual([
      'agreements/old/b.yaml',
      'drafts/c.yaml',
      'f.yaml',
      'old-e.yml',
      'x/drafts/d.yaml',
    ]);
  });

  it('finds nothing in an empty folder', async () => {
    expect(await findFiles(root, [], 'sv')).toEqual({ files: [], diagnostics: [], roots: [] });
  });
});

describe('findFiles: roots of their own', () => {
  it('leaves a folder with its own samverkan.yaml to itself and names it, at any depth', async () => {
    for (const path of ['own.yaml', 'gnesta/samverkan.yaml', 'gnesta/a.yaml', 'lan/trosa/samverkan.yaml', 'lan/trosa/sub/b.yaml', 'lan/c.yaml']) write(path);
    const found = await findFiles(root, [], 'sv');
    expect(found.files.map((f) => f.path)).toEqual(['lan/c.yaml', 'own.yaml']);
    expect(found.roots).toEqual([
      { path: 'gnesta', absolute: join(root, 'gnesta') },
      { path: 'lan/trosa', absolute: join(root, 'lan', 'trosa') },
    ]);
  });

  it('reads its own samverkan.yaml at the root, and a folder named samverkan.yaml is no configuration', async () => {
    write('samverkan.yaml', 'kind: config\n');
    mkdirSync(join(root, 'sub', 'samverkan.yaml'), { recursive: true });
    write('sub/a.yaml');
    const found = await findFiles(root, [], 'sv');
    expect(found.files.map((f) => f.path)).toEqual(['samverkan.yaml', 'sub/a.yaml']);
    expect(found.roots).toEqual([]);
  });

  it('does not walk the other roots it is told of, nor excluded or hidden folders with a configuration', async () => {
    for (const path of ['a.yaml', 'other/b.yaml', 'old/samverkan.yaml', '.hidden/samverkan.yaml']) write(path);
    const found = await findFiles(root, ['old'], 'sv', { otherRoots: new Set([join(root, 'other')]) });
    expect(found.files.map((f) => f.path)).toEqual(['a.yaml']);
    expect(found.roots).toEqual([]);
  });

  it('names a root reached both directly and through a link once, where it really is', async () => {
    write('real/samverkan.yaml', 'kind: config\n');
    link(join(root, 'real'), 'alias');
    expect((await findFiles(root, [], 'sv')).roots).toEqual([{ path: 'real', absolute: join(root, 'real') }]);
  });
});

describe('findFiles: symbolic links', () => {
  it('checks a file reached through links once, under its real path', async () => {
    write('real/a.yaml');
    link(join(root, 'real', 'a.yaml'), 'linked.yaml');
    link('real/a.yaml', 'relative.yml');
    link(join(root, 'real'), 'view');
    const found = await findFiles(root, [], 'sv');
    expect(found.files.map((f) => f.path)).toEqual(['real/a.yaml']);
    expect(found.diagnostics).toEqual([]);
  });

  it('follows a link to a file or folder inside the root that is not reached otherwise', async () => {
    mkdirSync(join(root, '.store'), { recursive: true });
    writeFileSync(join(root, '.store', 'a.yaml'), 'kind: agreement\n');
    writeFileSync(join(root, '.store', 'b.yaml'), 'kind: agreement\n');
    link(join(root, '.store'), 'view');
    link(join(root, '.store', 'b.yaml'), 'b-link.yaml');
    expect(await paths()).toEqual(['b-link.yaml', 'view/a.yaml']);
  });

  it('walks a folder that two links reach through the first of them in path order, whatever the listing order', async () => {
    mkdirSync(join(root, '.store'), { recursive: true });
    writeFileSync(join(root, '.store', 'a.yaml'), 'kind: agreement\n');
    for (let i = 0; i < 6; i++) write(`k${i}/x.yaml`);
    link(join(root, '.store'), 'k5/view');
    link(join(root, '.store'), 'k1/view');
    link(join(root, '.store'), 'k3/view');
    expect((await paths()).filter((p) => p.endsWith('/a.yaml'))).toEqual(['k1/view/a.yaml']);
  });

  it('refuses a link that leaves the root, showing the target relative to the root', async () => {
    writeFileSync(join(outside, 'secret.yaml'), 'kind: agreement\n');
    mkdirSync(join(outside, 'dir'));
    writeFileSync(join(outside, 'dir', 'x.yaml'), 'kind: agreement\n');
    link(join(outside, 'secret.yaml'), 'out.yaml');
    link(join(outside, 'dir'), 'sub/outdir');
    const found = await findFiles(root, [], 'en');
    expect(found.files).toEqual([]);
    expect(found.diagnostics.map((d) => [d.rule, d.messageId, d.file, d.start])).toEqual([
      ['file/symlink-outside-root', 'symlink-outside-root', 'out.yaml', { line: 1, column: 1 }],
      ['file/symlink-outside-root', 'symlink-outside-root', 'sub/outdir', { line: 1, column: 1 }],
    ]);
    const name = basename(outside);
    expect(found.diagnostics[0]?.message).toContain(`../${name}/secret.yaml`);
    expect(found.diagnostics[1]?.message).toContain(`../${name}/dir`);
    expect(found.diagnostics[0]?.message).not.toContain(outside);
  });

  it('ignores a link leaving the root that is neither a folder nor a YAML file', async () => {
    writeFileSync(join(outside, 'notes.txt'), 'x');
    link(join(outside, 'notes.txt'), 'notes.txt');
    expect(await findFiles(root, [], 'sv')).toEqual({ files: [], diagnostics: [], roots: [] });
  });

  it('reports a broken link named .yaml as unreadable', async () => {
    write('ok.yaml');
    link(join(root, 'gone.yaml'), 'broken.yaml');
    link(join(root, 'gone'), 'broken-dir');
    const found = await findFiles(root, [], 'sv');
    expect(found.files.map((f) => f.path)).toEqual(['ok.yaml']);
    expect(found.diagnostics.map((d) => [d.rule, d.file])).toEqual([['file/unreadable', 'broken.yaml']]);
  });

  it('terminates on a link loop and lists each file once', async () => {
    write('sub/a.yaml');
    link('..', 'sub/loop');
    link('.', 'self');
    const found = await findFiles(root, [], 'sv');
    expect(found.files.map((f) => f.path)).toEqual(['sub/a.yaml']);
  });

  it('terminates on links that point at each other', async () => {
    link(join(root, 'b.yaml'), 'a.yaml');
    link(join(root, 'a.yaml'), 'b.yaml');
    const found = await findFiles(root, [], 'sv');
    expect(found.files).toEqual([]);
    expect(found.diagnostics.map((d) => [d.rule, d.file])).toEqual([
      ['file/unreadable', 'a.yaml'],
      ['file/unreadable', 'b.yaml'],
    ]);
  });
});
