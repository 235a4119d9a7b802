import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/check/rules/index.js';
import { ruleCatalog } from '../src/check/rule-catalog.js';
import { FILE_MESSAGES } from '../src/load/messages.js';
import { YAML_MESSAGES } from '../src/load/yaml/messages.js';
import { validateRepository } from '../src/check/validate-repository.js';
import { LANGS } from '../src/model/lang.js';
import { PROJECT, tempRepo } from './helpers/run-cli.js';

describe('the rule registry', () => {
  it('has unique ids of the form area/name', () => {
    const ids = ruleCatalog('sv').map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+\/[a-zA-Z0-9-]+$/);
  });

  it('keeps each domain rule in the file its id spells, with a test beside it', () => {
    for (const rule of RULES) {
      expect(existsSync(join(PROJECT, 'src/check/rules', `${rule.id}.ts`)), rule.id).toBe(true);
      expect(existsSync(join(PROJECT, 'src/check/rules', `${rule.id}.test.ts`)), `${rule.id} has no test`).toBe(true);
    }
  });

  it('gives every domain rule messages, hints and docs in both languages', () => {
    for (const rule of RULES) {
      expect(rule.description.sv && rule.description.en, rule.id).toBeTruthy();
      expect(rule.docs.why.sv && rule.docs.why.en && rule.docs.wrong && rule.docs.right, rule.id).toBeTruthy();
      expect(Object.keys(rule.messages).length, rule.id).toBeGreaterThan(0);
      for (const [id, spec] of Object.entries(rule.messages)) {
        expect(spec.message.sv && spec.message.en && spec.hint?.sv && spec.hint.en, `${rule.id} ${id}`).toBeTruthy();
        expect(spec.message.sv, `${rule.id} ${id} is one line`).not.toMatch(/\n/);
      }
    }
  });

  it('describes every file/ and yaml/ finding the loader can report', () => {
    const ids = new Set(ruleCatalog('en').map((r) => r.id));
    for (const key of Object.keys(FILE_MESSAGES)) expect(ids, `file/${key}`).toContain(`file/${key}`);
    expect(ids).toContain('file/unreadable-folder');
    for (const key of Object.keys(YAML_MESSAGES)) expect(ids, `yaml/${key}`).toContain(`yaml/${key}`);
  });

  it('is documented in the README, every rule by id', () => {
    const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8');
    const undocumented = ruleCatalog('sv')
      .map((r) => r.id)
      .filter((id) => !readme.includes(`\`${id}\``) && !readme.includes(`${id}\``));
    expect(undocumented).toEqual([]);
  });

  it('documents every rule, built-in ones too, in both languages: what, why, a wrong and a right example', () => {
    for (const lang of LANGS) {
      for (const rule of ruleCatalog(lang)) {
        expect([rule.description, rule.why, rule.wrong, rule.right].every((t) => t.trim() !== ''), `${rule.id} (${lang})`).toBe(true);
        expect(rule.wrong, rule.id).not.toBe(rule.right);
      }
    }
    const [sv, en] = LANGS.map((lang) => ruleCatalog(lang));
    sv!.forEach((rule, i) => expect(en![i]!.why, rule.id).not.toBe(rule.why));
  });

  it('links every rule to a README heading that exists (GitHub and npm make the same anchors)', () => {
    const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8');
    const anchors = new Set([...readme.matchAll(/^#{1,6} (.+)$/gm)].map((m) => githubSlug(m[1] ?? '')));
    for (const rule of ruleCatalog('sv')) {
      const anchor = decodeURIComponent(new URL(rule.helpUri).hash.slice(1));
      expect(anchors, `${rule.id} -> #${anchor}`).toContain(anchor);
    }
  });

  it('gives each yaml/ rule examples that are true: the wrong one is found as that rule, the right one is not', async () => {
    const root = tempRepo('yaml-examples');
    try {
      for (const rule of ruleCatalog('sv').filter((r) => r.id.startsWith('yaml/'))) {
        for (const [name, text] of [['wrong', rule.wrong], ['right', rule.right]] as const) {
          const folder = join(root, rule.id.replace('/', '-'), name);
          mkdirSync(folder, { recursive: true });
          writeFileSync(join(folder, 'example.yaml'), `${text}\n`);
          const found = (await validateRepository({ root: folder })).diagnostics.map((d) => d.rule);
          expect(found.includes(rule.id), `${rule.id}: the ${name} example`).toBe(name === 'wrong');
        }
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

/** A heading's anchor as GitHub (and npm) make it: lower case, punctuation but - and _ dropped, spaces to -. */
function githubSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}
