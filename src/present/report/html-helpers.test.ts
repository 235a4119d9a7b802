import { createHash } from 'node:crypto';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { cspStyleSrc, HTML_HELPER_NAMES, registerHtmlHelpers } from './html-helpers.js';
import { REPORT_CSS } from './report-css.js';

function render(source: string): string {
  const hb = Handlebars.create();
  registerHtmlHelpers(hb);
  const knownHelpers = Object.fromEntries(HTML_HELPER_NAMES.map((name) => [name, true]));
  return hb.compile(source, { strict: true, knownHelpersOnly: true, knownHelpers })({});
}

describe('html helpers', () => {
  it('hash exactly the stylesheet they insert, as a CSP hash-source', () => {
    const html = render('<meta content="style-src {{{cspStyleSrc}}}"><style>{{{reportCss}}}</style>');
    const css = /<style>([\s\S]*)<\/style>/.exec(html)?.[1];
    expect(css).toBe(REPORT_CSS);
    const expected = createHash('sha256').update(REPORT_CSS, 'utf8').digest('base64');
    expect(html).toContain(`style-src 'sha256-${expected}'`);
    expect(cspStyleSrc('a')).toBe(`'sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs='`);
  });

  it('are safe strings even in {{ }}, so a template cannot double-escape the CSS', () => {
    expect(render('{{reportCss}}')).toBe(REPORT_CSS);
  });

  it('refuse arguments: nothing from the view can reach them', () => {
    expect(() => render('{{reportCss title}}')).toThrow(/takes no arguments/);
  });
});
