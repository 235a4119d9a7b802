import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../test/helpers/contrast.js';
import { BADGES, REPORT_COLOURS, REPORT_CSS } from './report-css.js';

const c = REPORT_COLOURS;

describe('REPORT_CSS', () => {
  it('meets WCAG AA contrast for text on every background it sits on', () => {
    for (const fg of [c.text, c.muted, c.accent]) {
      for (const bg of [c.background, c.zebra, c.headerCell]) expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('meets 3:1 for the focus ring and the rules a reader follows', () => {
    expect(contrastRatio(c.focus, c.background)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(c.rule, c.background)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(c.border, c.background)).toBeGreaterThanOrEqual(3);
  });

  it('gives every badge readable text and a visible border, for every key it styles', () => {
    for (const [key, badge] of Object.entries(BADGES)) {
      expect(contrastRatio(badge.text, badge.background), key).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(badge.border, c.background), key).toBeGreaterThanOrEqual(3);
      expect(REPORT_CSS).toContain(`.badge--${key} {`);
    }
  });

  it('uses system fonts only and fetches nothing', () => {
    expect(REPORT_CSS).not.toMatch(/@import|@font-face|url\(/i);
    expect(REPORT_CSS).toMatch(/font-family: system-ui/);
  });

  it('prints on A4 with page breaks between agreements and no cut tables', () => {
    expect(REPORT_CSS).toMatch(/@page \{ size: A4; margin: 20mm;/);
    const print = REPORT_CSS.slice(REPORT_CSS.indexOf('@media print'));
    expect(print).toMatch(/\.agreement \+ \.agreement[^{]*\{ break-before: page;/);
    expect(print).toMatch(/table, figure[^{]*\{ break-inside: avoid;/);
    expect(print).toMatch(/tr, th, td \{ break-inside: avoid;/);
    expect(print).toContain('thead { display: table-header-group; }');
  });

  it('has a visible focus style and balanced braces', () => {
    expect(REPORT_CSS).toMatch(/:focus-visible[^{]*\{ outline: 3px solid/);
    expect(REPORT_CSS.split('{').length).toBe(REPORT_CSS.split('}').length);
  });

  it('has nothing that would end the <style> element it is inlined into', () => {
    expect(REPORT_CSS).not.toMatch(/<\/style/i);
  });
});
