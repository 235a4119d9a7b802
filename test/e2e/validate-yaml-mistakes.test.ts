import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, parseJsonOutput, runCli, type JsonDiagnostic } from '../helpers/run-cli.js';

/**
 * The YAML mistakes people make writing an agreement by hand, one per file of the same agreement:
 * each is one finding, at the mistake itself (not where yaml's parser got lost, often the line
 * above or the end of the file), saying what is wrong and how to put it right.
 */
const MISTAKES: [file: string, at: string, sv: string, en: string][] = [
  [
    'colon-in-text.yaml',
    '30:32-33 yaml/syntax',
    'Kolon följt av mellanslag i texten "Trygghetsvandring: centrum": YAML läser det som ett nytt fält. Sätt texten inom citattecken: text: "Trygghetsvandring: centrum"',
    'A colon followed by a space in the text "Trygghetsvandring: centrum": YAML reads it as a new field. Put the text in quotes: text: "Trygghetsvandring: centrum"',
  ],
  [
    'indented-too-far.yaml',
    '20:6-10 yaml/syntax',
    '"role" är indraget för långt: det börjar i kolumn 6, raderna på samma nivå i kolumn 5. Flytta "role" till kolumn 5.',
    '"role" is indented too far: it starts in column 6, the lines on its level in column 5. Move "role" to column 5.',
  ],
  [
    'indented-too-little.yaml',
    '20:4-8 yaml/syntax',
    '"role" är indraget för lite: det börjar i kolumn 4, raderna på samma nivå i kolumn 5. Flytta "role" till kolumn 5.',
    '"role" is not indented enough: it starts in column 4, the lines on its level in column 5. Move "role" to column 5.',
  ],
  [
    'missing-space.yaml',
    '2:3-4 yaml/syntax',
    'Mellanslag saknas efter kolon i "id:uppsala-2024-mellanslag". Utan mellanslag läser YAML hela raden som text, inte som fält och värde. Skriv: id: uppsala-2024-mellanslag',
    'A space is missing after the colon in "id:uppsala-2024-mellanslag". Without a space YAML reads the whole line as text, not as a field and a value. Write: id: uppsala-2024-mellanslag',
  ],
  [
    'misspelt-required.yaml',
    '24:1-9 schema/additionalProperties',
    'Okänt fält "vaild_to" – menade du "valid_to"? Rätta namnet till valid_to (Giltig till): fältet är obligatoriskt och saknas annars.',
    'Unknown field "vaild_to" – did you mean "valid_to"? Change the name to valid_to: the field is required and is otherwise missing.',
  ],
  [
    'tab.yaml',
    '8:1-2 yaml/syntax',
    'Tabb används som indrag. YAML tillåter bara mellanslag i indraget: byt tabben mot mellanslag.',
    'A tab is used for indentation. YAML allows only spaces in indentation: replace the tab with spaces.',
  ],
  [
    'unclosed-quote.yaml',
    '3:8-9 yaml/syntax',
    'Citattecknet " avslutas aldrig. Avsluta texten med " på samma rad: title: "Samverkansöverenskommelse Uppsala"',
    'The quote " is never closed. Close the text with " on the same line: title: "Samverkansöverenskommelse Uppsala"',
  ],
];

const at = (d: JsonDiagnostic) => `${d.file.replace('agreements/', '')} ${d.line}:${d.column}-${d.end_line === d.line ? d.end_column : '?'} ${d.rule}`;

describe('samverkan validate: a YAML mistake is one finding, at its cause', () => {
  for (const lang of ['sv', 'en'] as const) {
    it(`names each mistake once, at its line and column (${lang})`, () => {
      const result = runCli(['validate', '--root', join(FIXTURES, 'yaml-mistakes'), '--format', 'json', '--lang', lang]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('');
      const report = parseJsonOutput(result.stdout);
      expect(report.diagnostics.map(at)).toEqual(MISTAKES.map(([file, where]) => `${file} ${where}`));
      expect(report.diagnostics.map((d) => d.message)).toEqual(MISTAKES.map((m) => (lang === 'sv' ? m[2] : m[3])));
      expect(report.summary).toEqual({ files: 7, documents: 7, errors: 7, warnings: 0 });
    });
  }
});
