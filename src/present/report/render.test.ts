import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../errors.js';
import { BUNDLED_TEMPLATES, loadTemplates, type TemplateSources } from '../../load/templates.js';
import { buildReportView } from './build-view.js';
import { renderReport } from './render.js';
import { RENDER_BUDGET } from './template-helpers.js';
import { agreementDoc, derive } from './test-report-repository.js';
import type { ReportView } from './view-model.js';

let view: ReportView;
let bundled: TemplateSources;

beforeAll(async () => {
  bundled = await loadTemplates(fileURLToPath(BUNDLED_TEMPLATES));
  view = buildReportView({ derived: await derive([agreementDoc()]), year: 2024, lang: 'sv', asOf: '2025-06-01', commit: 'abc1234', version: '9.9.9' });
});

function render(user: Record<string, string>): string {
  return renderReport(view, 'md', { bundled, user: new Map(Object.entries(user)) });
}

function failure(user: Record<string, string>): UserError {
  try {
    render(user);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('rendered without an error');
}

describe('renderReport (Markdown)', () => {
  it('renders the bundled templates: one title per agreement, and the colophon in words', () => {
    const text = render({});
    // The report's heading, then the agreement's own title: never the same title twice.
    expect(text.startsWith('# Årsrapport 2024\n\n## Överenskommelse Gnesta\n\n- Kommun: Gnesta kommun\n')).toBe(true);
    expect(text.endsWith('\n---\n\nSammanställd 1 juni 2025 med samverkan 9.9.9 ur arkivets version abc1234.\n')).toBe(true);
    // A year without citizen promises or reviews has no such sections; owed values say so.
    expect(text).not.toContain('Medborgarlöften');
    expect(text).not.toContain('### Aktualitetsprövning');
    expect(text).toContain('- Uppföljningen: uppgift saknas\n');
    // Ids only in the appendix.
    expect(text.slice(0, text.indexOf('## Underlag'))).not.toContain('gnesta-2023');
    expect(text).toContain('| 00-agreement.yaml | Samverkansöverenskommelse | gnesta-2023 |');
  });

  it("uses the repository's template or partial of the same name instead of the bundled one", () => {
    expect(render({ 'report.md': 'Egen: {{md title}}\n' })).toBe('Egen: Årsrapport 2024: Överenskommelse Gnesta\n');
    const text = render({ 'partials/footer.md': 'Egen sidfot {{generatedOn}}.\n' });
    expect(text.endsWith('Egen sidfot 1 juni 2025.\n')).toBe(true);
    expect(text).not.toContain('Sammanställd');
    expect(text).toContain('## Överenskommelse Gnesta');
  });

  it('names the template and line of a field the data does not have', () => {
    const error = failure({ 'report.md': '# {{md title}}\n\n{{nope}}\n' });
    expect(error.message).toBe('templates/report.md.hbs:3: mallen använder fältet nope, som inte finns i rapportens data');
    expect(error.file).toBe('templates/report.md.hbs');
    // In a helper's argument and in a block helper too, where Handlebars' strict mode is lax.
    expect(failure({ 'report.md': '{{md titel}}' }).message).toBe('templates/report.md.hbs:1: mallen använder fältet titel, som inte finns i rapportens data');
    expect(failure({ 'report.md': 'a\n{{#each agreements}}\n{{#if caseNumbr}}x{{/if}}\n{{/each}}' }).message).toMatch(/^templates\/report\.md\.hbs:3: .*fältet caseNumbr/);
  });

  it('names the partial, not the template that called it', () => {
    const error = failure({ 'partials/footer.md': 'Sidfot\n\n{{md @root.words.nope}}\n' });
    expect(error.message).toMatch(/^templates\/partials\/footer\.md\.hbs:3: mallen använder fältet @root\.words\.nope/);
    expect(failure({ 'partials/law.md': '{{md today.law.kommuner.0.namn}}\n' }).message).toMatch(/^templates\/partials\/law\.md\.hbs:1: .*today\.law\.kommuner\.0\.namn/);
  });

  it('stops a template that would run for ever, naming it and its line, within the budget', () => {
    // Six nested blocks over a list of 60 and no output, and a partial that calls itself: no end.
    const nested = `# {{md title}}\n{{#with rows as |r|}}${'{{#each r}}'.repeat(6)}${'{{/each}}'.repeat(6)}{{/with}}`;
    const long = { ...view, rows: Array.from({ length: 60 }, (_, i) => i) };
    let error: unknown;
    try {
      renderReport(long, 'md', { bundled, user: new Map([['report.md', nested]]) });
    } catch (e) {
      error = e;
    }
    if (!(error instanceof UserError)) throw new Error(`not a UserError: ${String(error)}`);
    expect(error.message).toBe(`templates/report.md.hbs:2: mallen gör för mycket arbete och stoppades efter ${spaced(RENDER_BUDGET)} steg`);
    expect(error.hint).toContain('{{#each}} inuti {{#each}}');
    expect(failure({ 'partials/loop.md': '{{#each agreements}}{{> loop}}{{/each}}', 'report.md': '{{> loop}}' }).message).toMatch(/^templates\/partials\/loop\.md\.hbs/);
  });

  it('counts the steps of a render: the bundled report is far under the budget, a tight budget stops it', () => {
    const templates = { bundled, user: new Map<string, string>() };
    expect(() => renderReport(view, 'md', templates, RENDER_BUDGET / 1000)).not.toThrow();
    expect(() => renderReport(view, 'md', templates, 50)).toThrow(/stoppades efter 50 steg$/);
  });

  it('names the file and line of a syntax error in a user template', () => {
    const error = failure({ 'partials/extra.md': 'ok\n{{#if title}}\nno end\n' });
    expect(error.message).toMatch(/^templates\/partials\/extra\.md\.hbs:\d: syntaxfel i mallen: /);
    expect(error.message).not.toContain('\n');
  });

  it('allows only its own helpers', () => {
    expect(failure({ 'report.md': 'x\n{{foo title}}' }).message).toBe('templates/report.md.hbs:2: okänd hjälpfunktion foo');
    // log would write to stdout, where the report goes.
    expect(failure({ 'report.md': '{{log title}}' }).message).toBe('templates/report.md.hbs:1: okänd hjälpfunktion log');
    expect(failure({ 'report.md': '{{label "unit" "furlong"}}' }).message).toBe(
      'templates/report.md.hbs:1: hjälpfunktionen label fick fel antal eller fel sorts argument',
    );
    expect(render({ 'report.md': '{{label "assessment" "achieved"}} {{number 1480}} {{date "2025-03-31"}} {{#if (eq lang "sv")}}sv{{/if}}' })).toBe(
      'uppnått 1\u00a0480 31 mars 2025 sv',
    );
  });

  it('gives a template no way to prototypes or code', () => {
    expect(() => render({ 'report.md': '{{constructor.constructor}}' })).toThrow(UserError);
    expect(() => render({ 'report.md': '{{title.constructor.constructor "return 1"}}' })).toThrow(UserError);
    expect(render({ 'report.md': '[{{lookup this "__proto__"}}][{{lookup this "constructor"}}][{{lookup title "constructor"}}]' })).toBe('[][][]');
    expect(failure({ 'report.md': '{{#with (lookup this "constructor")}}{{name}}{{/with}}' }).message).toBe(
      'templates/report.md.hbs:1: hjälpfunktionen with fick ett värde som inte finns',
    );
    // The classic Handlebars sandbox escape: it must neither run nor leave a trace.
    const exploit = [
      '{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}',
      '{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}',
      '{{this.pop}}{{this.push "globalThis.pwned = true"}}{{this.pop}}{{#each conslist}}',
      '{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}',
    ].join('');
    try {
      render({ 'report.md': exploit });
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
    }
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('escapes user text for Markdown and not for HTML', () => {
    const agreement = { ...view.agreements[0]!, title: `<b>"q" 'q' | *x*</b>` };
    const text = renderReport({ ...view, agreements: [agreement] }, 'md', { bundled, user: new Map() });
    expect(text.split('\n')[2]).toBe(`## \\<b\\>"q" 'q' \\| \\*x\\*\\</b\\>`);
  });
});

/** 5000000 as the message writes it, "5 000 000". */
function spaced(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ' ');
}
