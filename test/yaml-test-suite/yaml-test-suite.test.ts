/**
 * The fast path held to a suite no one here wrote: the official YAML test suite
 * (yaml/yaml-test-suite, MIT, LICENSE beside this file; cases.json comes from its `data` branch by
 * scripts/import-yaml-test-suite.mjs). On every case the fast path takes, its data is the suite's
 * (`in.json`) and the exact path's, and it never takes a case the suite marks as an error.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../src/load/source.js';
import { parseYaml } from '../../src/load/yaml/index.js';
import { dataDifference } from '../helpers/same-data.js';

interface SuiteCase {
  id: string;
  name: string;
  yaml: string;
  json: string | null;
  error: boolean;
}

const { cases } = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'cases.json'), 'utf8')) as { cases: SuiteCase[] };

/** The JSON values of `in.json`, one per YAML document (a stream of several is written one after another). */
function jsonStream(text: string): unknown[] {
  const values: unknown[] = [];
  let rest = text.trim();
  while (rest !== '') {
    // The shortest prefix ending at a line break that is a JSON value is the next document.
    const ends = [...rest.matchAll(/\n/g)].map((m) => m.index).concat(rest.length);
    const end = ends.find((at) => isJson(rest.slice(0, at)));
    if (end === undefined) throw new Error(`not a JSON stream: ${text}`);
    values.push(JSON.parse(rest.slice(0, end)));
    rest = rest.slice(end).trim();
  }
  return values;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const load = (text: string, exact: boolean) => parseYaml(new SourceFile('in.yaml', text), 'sv', { exact });

describe('the fast path on the YAML test suite', () => {
  const taken = cases.filter((c) => load(c.yaml, false).parsedBy?.path === 'fast');

  it('has the suite and takes enough of its cases to mean something', () => {
    expect(cases.length).toBeGreaterThan(300);
    expect(cases.filter((c) => c.error).length).toBeGreaterThan(80);
    expect(taken.length).toBeGreaterThanOrEqual(30);
  });

  it('never takes a case the suite marks as an error', () => {
    expect(taken.filter((c) => c.error).map((c) => `${c.id} ${c.name}`)).toEqual([]);
  });

  it.each(taken.map((c) => [`${c.id} ${c.name}`, c] as const))('%s: the suite’s data and the exact path’s', (_name, c) => {
    const data = load(c.yaml, false).documents.map((d) => d.data);
    const exact = load(c.yaml, true);
    expect(exact.diagnostics).toEqual([]);
    expect(dataDifference(data, exact.documents.map((d) => d.data))).toBeUndefined();
    if (c.json !== null) expect(dataDifference(data, jsonStream(c.json))).toBeUndefined();
  });
});
