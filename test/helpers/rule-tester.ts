import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/model/lang.js';
import { parseYaml } from '../../src/load/yaml/index.js';
import { SourceFile } from '../../src/load/source.js';
import type { LoadedDocument } from '../../src/load/loaded-document.js';
import type { Rule } from '../../src/check/rules/rule.js';
import { createRepositoryIndex } from '../../src/domain/repository-index.js';
import { typedDocument, type TypedDocument } from '../../src/domain/typed-document.js';
import { runRules } from '../../src/check/rules/run-rules.js';
import { checkSchema } from '../../src/check/schema/check-schema.js';

/** A repository in memory: path → YAML text. A bare string is one file, `doc.yaml`. */
export type Files = string | Record<string, string>;

export interface Expected {
  messageId: string;
  pointer: string;
  line: number;
  column: number;
  /** Default: `doc.yaml`, or the only file. */
  file?: string;
  /** Text the rendered Swedish message must contain (a did-you-mean, a value). */
  message?: string;
  /** The finding's severity, when a message of the rule has one of its own. */
  severity?: 'error' | 'warning';
}

export interface RuleCases {
  valid: Files[];
  invalid: { name?: string; files: Files; expect: Expected[] }[];
}

/**
 * The one way every rule is tested: each valid case yields no finding, each invalid case exactly
 * the expected ones (message id, pointer, line, column); every case must pass the schemas, so a
 * rule test never leans on a schema error; and every message id of the rule is used by some case.
 */
export function testRule(rule: Rule, cases: RuleCases): void {
  describe(rule.id, () => {
    cases.valid.forEach((files, i) => {
      it(`valid case ${i + 1}`, () => {
        expect(findings(rule, files)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(c.name ?? `invalid case ${i + 1}`, () => {
        const actual = findings(rule, c.files);
        const single = typeof c.files === 'string' ? 'doc.yaml' : Object.keys(c.files).length === 1 ? Object.keys(c.files)[0]! : 'doc.yaml';
        expect(actual.map(({ text: _text, severity, ...rest }, k) => (c.expect[k]?.severity === undefined ? rest : { ...rest, severity }))).toEqual(
          c.expect.map(({ message: _message, ...e }) => ({ file: single, ...e })),
        );
        c.expect.forEach((e, k) => {
          if (e.message !== undefined) expect(actual[k]?.text).toContain(e.message);
        });
      });
    });
    it('uses every message id in some invalid case', () => {
      const used = new Set(cases.invalid.flatMap((c) => c.expect.map((e) => e.messageId)));
      expect(Object.keys(rule.messages).filter((id) => !used.has(id))).toEqual([]);
    });
    it('speaks English too', () => {
      const first = cases.invalid[0];
      if (!first) throw new Error('a rule needs at least one invalid case');
      const [sv] = findings(rule, first.files, 'sv');
      const [en] = findings(rule, first.files, 'en');
      expect(en?.text).not.toBe(sv?.text);
    });
  });
}

interface Finding {
  file: string;
  messageId: string;
  pointer: string;
  line: number;
  column: number;
  severity: string;
  text: string;
}

function findings(rule: Rule, files: Files, lang: Lang = 'sv'): Finding[] {
  const map = typeof files === 'string' ? { 'doc.yaml': files } : files;
  const all: LoadedDocument[] = [];
  const valid: TypedDocument[] = [];
  for (const [path, text] of Object.entries(map).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const loaded = parseYaml(new SourceFile(path, text), lang);
    expect(loaded.diagnostics, `${path} must load cleanly`).toEqual([]);
    for (const document of loaded.documents) {
      all.push(document);
      const schema = checkSchema(document, lang);
      expect(schema.diagnostics.map((d) => `${path}:${d.start.line}:${d.start.column} ${d.message}`), `${path} must pass its schema`).toEqual([]);
      if (schema.kind && schema.kind !== 'config' && schema.kind !== 'workspace') valid.push(typedDocument(document, schema.kind));
    }
  }
  return runRules([rule], createRepositoryIndex(valid, all), lang).map(({ diagnostic: d }) => ({
    file: d.file,
    messageId: d.messageId,
    pointer: d.pointer,
    line: d.start.line,
    column: d.start.column,
    severity: d.severity,
    text: d.message,
  }));
}
