/**
 * The two helpers only the HTML templates need, beside template-helpers.ts's: the inline
 * stylesheet and the Content-Security-Policy source that allows exactly that stylesheet. Both
 * return text our own code made, so they, with `chart`, are the only places a template uses
 * `{{{ }}}`. Neither takes an argument or reads the view: nothing a repository holds reaches them.
 */
import { createHash } from 'node:crypto';
import type Handlebars from 'handlebars';
import { REPORT_CSS } from './report-css.js';

/** Names to add to template-helpers.ts's HELPER_NAMES (knownHelpersOnly refuses any other). */
export const HTML_HELPER_NAMES = ['reportCss', 'cspStyleSrc'] as const;

/**
 * `'sha256-…'` for the CSP's `style-src`, so the inline `<style>` is allowed by its hash rather
 * than by `'unsafe-inline'` (CSP Level 3, "hash-source"): an injected `<style>` or `style=""`
 * attribute would then be refused even if some text escaped its escaping. The hash covers exactly
 * the text between `<style>` and `</style>`, which is why the template puts `reportCss` there with
 * nothing around it.
 */
export function cspStyleSrc(css: string = REPORT_CSS): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

export function registerHtmlHelpers(hb: typeof Handlebars): void {
  // Arity 0 is checked like template-helpers.ts checks its helpers: Handlebars passes only options.
  const helper = (name: (typeof HTML_HELPER_NAMES)[number], value: () => string): void => {
    hb.registerHelper(name, (...args: unknown[]) => {
      if (args.length !== 1) throw new Error(`the helper ${name} takes no arguments`);
      return new hb.SafeString(value());
    });
  };
  helper('reportCss', () => REPORT_CSS);
  helper('cspStyleSrc', () => cspStyleSrc());
}
