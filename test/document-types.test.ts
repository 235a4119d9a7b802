import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '../src/model/documents.js';
import { PROJECT } from './helpers/run-cli.js';

/**
 * src/model/documents.ts is written by hand beside schemas/; this test ties the two, so that a
 * field added, made required or given a new enum value on one side alone fails here. It reads the
 * TypeScript types with the compiler's own checker and walks them beside the schemas: the same
 * fields at every level, the same required ones, the same closed sets of words, lists where the
 * schema has lists.
 */
type Schema = { [key: string]: unknown };

const SCHEMAS = new Map<string, Schema>(
  readdirSync(join(PROJECT, 'schemas'))
    .filter((name) => name.endsWith('.schema.json'))
    .map((name) => [name, JSON.parse(readFileSync(join(PROJECT, 'schemas', name), 'utf8')) as Schema]),
);

/** Follows `$ref`s, within a file or into another, and says in which file the node is. */
function resolve(node: Schema, file: string): { node: Schema; file: string } {
  const ref = node.$ref;
  if (typeof ref !== 'string') return { node, file };
  const [target = '', path = ''] = ref.split('#');
  const targetFile = target === '' ? file : target;
  let found: unknown = SCHEMAS.get(targetFile);
  for (const segment of path.split('/').filter(Boolean)) found = (found as Schema)[segment];
  if (found === undefined) throw new Error(`unresolved $ref ${ref} in ${file}`);
  return resolve(found as Schema, targetFile);
}

const program = ts.createProgram([join(PROJECT, 'src/model/documents.ts')], { strict: true, noEmit: true, skipLibCheck: true, types: [] });
const checker = program.getTypeChecker();
const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(join(PROJECT, 'src/model/documents.ts'))!)!;
const documentUnion = checker.getDeclaredTypeOfSymbol(checker.getExportsOfModule(moduleSymbol).find((s) => s.name === 'SamverkanDocument')!);

function typeOfKind(kind: string): ts.Type {
  const member = (documentUnion as ts.UnionType).types.find((t) => {
    const kindType = checker.getTypeOfSymbol(t.getProperty('kind')!);
    return kindType.isStringLiteral() && kindType.value === kind;
  });
  if (member === undefined) throw new Error(`no type for kind ${kind}`);
  return member;
}

/** Every difference between a TypeScript type and a schema node, as "path: what". */
function differences(type: ts.Type, schemaNode: Schema, file: string, path: string): string[] {
  const { node, file: at } = resolve(schemaNode, file);
  const t = checker.getNonNullableType(type);
  if (Array.isArray(node.enum) || node.const !== undefined) {
    const words = (node.enum as unknown[] | undefined) ?? [node.const];
    const literals = (t.isUnion() ? t.types : [t]).map((m) => (m.isStringLiteral() ? m.value : checker.typeToString(m)));
    return sameSet(literals, words.map(String)) ? [] : [`${path}: the type allows ${literals.join('|')}, the schema ${words.join('|')}`];
  }
  if (node.type === 'array') {
    if (!checker.isArrayType(t)) return [`${path}: a list in the schema, ${checker.typeToString(t)} in the type`];
    return differences(checker.getTypeArguments(t as ts.TypeReference)[0]!, node.items as Schema, at, `${path}[]`);
  }
  if (node.type === 'object') {
    const problems: string[] = [];
    const properties = (node.properties ?? {}) as Record<string, Schema>;
    if (typeof node.additionalProperties === 'object') {
      const index = checker.getIndexInfosOfType(t)[0];
      if (index === undefined) return [`${path}: a map in the schema, not in the type`];
      problems.push(...differences(index.type, node.additionalProperties as Schema, at, `${path}{}`));
    }
    const declared = t.getProperties().map((p) => p.name);
    if (!sameSet(declared, Object.keys(properties))) problems.push(`${path}: the type has fields ${declared.join(', ')}, the schema ${Object.keys(properties).join(', ')}`);
    const required = new Set((node.required as string[] | undefined) ?? []);
    for (const symbol of t.getProperties()) {
      const schema = properties[symbol.name];
      if (schema === undefined) continue;
      const optional = (symbol.flags & ts.SymbolFlags.Optional) !== 0;
      if (optional === required.has(symbol.name)) problems.push(`${path}.${symbol.name}: ${optional ? 'optional' : 'required'} in the type, not in the schema`);
      problems.push(...differences(checker.getTypeOfSymbol(symbol), schema, at, `${path}.${symbol.name}`));
    }
    return problems;
  }
  const expected = node.type === 'integer' ? 'number' : node.type;
  const actual = checker.typeToString(t);
  return expected === actual ? [] : [`${path}: ${actual} in the type, ${String(node.type)} in the schema`];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && new Set([...a, ...b]).size === new Set(a).size;
}

describe('the document types and the schemas', () => {
  it.each(DOCUMENT_KINDS.map((kind) => [kind]))('%s: the same fields, required ones, words and lists', (kind) => {
    const file = `${kind}.schema.json`;
    expect(differences(typeOfKind(kind), SCHEMAS.get(file)!, file, kind)).toEqual([]);
  });

  it('notices a change on one side alone', () => {
    const file = 'annual_review.schema.json';
    const schema = structuredClone(SCHEMAS.get(file)!) as { properties: Record<string, unknown>; required: string[] };
    schema.properties.minutes = { type: 'string' };
    schema.required = schema.required.filter((name) => name !== 'outcome');
    expect(differences(typeOfKind('annual_review'), schema, file, 'annual_review')).toEqual([
      'annual_review: the type has fields kind, id, agreement, held_on, outcome, notes, the schema kind, id, agreement, held_on, outcome, notes, minutes',
      'annual_review.outcome: required in the type, not in the schema',
    ]);
    const agreementFile = 'agreement.schema.json';
    const agreement = structuredClone(SCHEMAS.get(agreementFile)!) as { definitions: { party: { properties: { type: { enum: string[] } } } } };
    agreement.definitions.party.properties.type.enum.push('region');
    // References resolve through the map, so the changed schema stands in for the file for a moment.
    const original = SCHEMAS.get(agreementFile)!;
    SCHEMAS.set(agreementFile, agreement);
    try {
      expect(differences(typeOfKind('agreement'), agreement, agreementFile, 'agreement')).toEqual([
        'agreement.parties[].type: the type allows municipality|police|other, the schema municipality|police|other|region',
      ]);
    } finally {
      SCHEMAS.set(agreementFile, original);
    }
  });
});
