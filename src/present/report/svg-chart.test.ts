import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../test/helpers/contrast.js';
import { CHART_COLOURS, indicatorChart, type IndicatorChartInput } from './svg-chart.js';

function input(overrides: Partial<IndicatorChartInput> = {}): IndicatorChartInput {
  return {
    title: 'Andel som känner sig otrygga utomhus sent på kvällen',
    unit: 'procent',
    better: 'lower',
    points: [
      { year: 2022, value: 38, label: '38' },
      { year: 2023, value: 36, label: '36' },
      { year: 2024, value: 24.1, label: '24,1' },
    ],
    lang: 'sv',
    ...overrides,
  };
}

interface Parsed {
  svg: { title: { '#text': string; '@_id': string }; desc: { '#text': string; '@_id': string } } & Record<string, unknown>;
}

function parse(svg: string): Parsed {
  expect(XMLValidator.validate(svg)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(svg) as Parsed;
}

function attributes(svg: string, name: string): string[] {
  return [...svg.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1] ?? '');
}

describe('indicatorChart', () => {
  it('is well-formed XML with a title and a description named by aria-labelledby', () => {
    const svg = indicatorChart(input());
    const { svg: root } = parse(svg);
    expect(root['@_role']).toBe('img');
    expect(root['@_aria-labelledby']).toBe(`${root.title['@_id']} ${root.desc['@_id']}`);
    expect(root.title['#text']).toBe('Andel som känner sig otrygga utomhus sent på kvällen');
  });

  it('spells out every value and says whether it got better', () => {
    const { svg } = parse(indicatorChart(input()));
    expect(svg.desc['#text']).toBe(
      'Enhet: procent; lägre värde är bättre. ' +
        '2022: 38, 2023: 36, 2024: 24,1. Senaste förändringen: värdet minskade från 36 (2023) till 24,1 (2024), vilket är en förbättring.',
    );
    const worse = parse(indicatorChart(input({ better: 'higher' }))).svg.desc['#text'];
    expect(worse).toMatch(/en försämring\.$/);
    // The latest step decides, as in the report's trend column: fell for years, rose this year.
    const rose = input({ points: [...input().points.slice(0, 2), { year: 2024, value: 37, label: '37' }] });
    expect(parse(indicatorChart(rose)).svg.desc['#text']).toMatch(/ökade från 36 \(2023\) till 37 \(2024\), vilket är en försämring\.$/);
  });

  it('describes in English with --lang en', () => {
    const { svg } = parse(indicatorChart(input({ lang: 'en', unit: 'percent' })));
    expect(svg.desc['#text']).toContain('2022: 38, 2023: 36, 2024: 24,1.');
    expect(svg.desc['#text']).toContain('Latest change: the value fell from 36 (2023) to 24,1 (2024), which is an improvement.');
  });

  it('escapes markup and quotes in every text the user wrote', () => {
    const hostile = '<script>alert(1)</script> & "x" \'y\'';
    const svg = indicatorChart(
      input({ title: hostile, unit: hostile, points: [{ year: 2024, value: 1, label: hostile }] }),
    );
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;');
    // Parsed back, the title is text that reads like markup, not a script element.
    const { svg: root } = parse(svg);
    expect(root.title['#text']).toContain('<script>alert(1)</script> & "x"');
    expect(root).not.toHaveProperty('script');
  });

  it('escapes a caller-chosen id', () => {
    const svg = indicatorChart(input({ id: 'a"b' }));
    expect(svg).toContain('id="a&quot;b-title"');
    parse(svg);
  });

  it('draws a single value, and says no change can be shown', () => {
    const svg = indicatorChart(input({ points: [{ year: 2024, value: 24.1, label: '24,1' }] }));
    const { svg: root } = parse(svg);
    expect(root.desc['#text']).toContain('2024: 24,1. Bara ett värde finns');
    expect(svg.match(/<rect /g)).toHaveLength(2); // background and one column
  });

  it('handles no values, zero and negative values without NaN or negative sizes', () => {
    const empty = indicatorChart(input({ points: [] }));
    expect(parse(empty).svg.desc['#text']).toContain('Uppgift saknas');
    const mixed = indicatorChart(
      input({
        points: [
          { year: 2022, value: -3.5, label: '−3,5' },
          { year: 2023, value: 0, label: '0' },
          { year: 2024, value: 2, label: '2' },
        ],
      }),
    );
    const nonInfinite = indicatorChart(input({ points: [{ year: 2024, value: Number.POSITIVE_INFINITY, label: '∞' }] }));
    for (const svg of [empty, mixed, nonInfinite, indicatorChart(input({ points: [{ year: 2024, value: 0, label: '0' }] }))]) {
      parse(svg);
      expect(svg).not.toMatch(/NaN|Infinity/);
      for (const size of [...attributes(svg, 'height'), ...attributes(svg, 'width')]) {
        expect(Number(size)).toBeGreaterThanOrEqual(0);
      }
    }
    expect(parse(mixed).svg.desc['#text']).toContain('värdet ökade från 0 (2023) till 2 (2024), vilket är en försämring.');
  });

  it('keeps every coordinate finite and inside the picture for the largest finite values', () => {
    const extremes = [Number.MAX_VALUE, -Number.MAX_VALUE, 1e308, -1e308, Number.MIN_VALUE, 1, 0];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...extremes), fc.double({ noNaN: true, noDefaultInfinity: true })), { minLength: 1, maxLength: 6 }), (values) => {
        const svg = indicatorChart(input({ points: values.map((value, i) => ({ year: 2020 + i, value, label: String(value) })) }));
        for (const name of ['x', 'y', 'width', 'height', 'y1', 'y2']) {
          for (const n of attributes(svg, name).map(Number)) {
            expect(Number.isFinite(n), `${name} in ${values.join(', ')}`).toBe(true);
            expect(n).toBeGreaterThanOrEqual(0);
            expect(n).toBeLessThanOrEqual(500);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('says unchanged when the first and last values are equal', () => {
    const svg = indicatorChart(
      input({ points: [{ year: 2023, value: 5, label: '5' }, { year: 2024, value: 5, label: '5' }] }),
    );
    expect(parse(svg).svg.desc['#text']).toMatch(/värdet är oförändrat mellan 2023 och 2024\.$/);
  });

  it('draws the baseline and the target, and says on which side of the target the latest value lies', () => {
    const withLines = input({ baseline: { year: 2022, value: 38, label: '38' }, target: { year: 2026, value: 20, label: '20' } });
    const svg = indicatorChart(withLines);
    const { svg: root } = parse(svg);
    expect(root.desc['#text']).toMatch(
      /vilket är en förbättring\. Utgångsläget är 38 år 2022\. Målvärdet är 20 år 2026\. Det senaste värdet, 24,1 år 2024, är över målvärdet och alltså på fel sida om det\.$/,
    );
    // A legend names both lines, told apart by dashes as well as colour; the picture grows for it.
    expect(svg).toContain('>Målvärde 2026: 20</text>');
    expect(svg).toContain('>Utgångsläge 2022: 38</text>');
    expect(svg.match(/stroke-dasharray="7 4"/g)).toHaveLength(2);
    expect(svg.match(/stroke-dasharray="2 3"/g)).toHaveLength(2);
    expect(root['@_height']).toBe('270');
    // Higher is better: the same value is on the right side of a target below it.
    const higher = parse(indicatorChart({ ...withLines, better: 'higher' })).svg.desc['#text'];
    expect(higher).toMatch(/är över målvärdet och alltså på rätt sida om det\.$/);
    const equal = parse(indicatorChart(input({ target: { year: 2026, value: 24.1, label: '24,1' } }))).svg.desc['#text'];
    expect(equal).toMatch(/är lika med målvärdet och når det\.$/);
    const english = parse(indicatorChart({ ...withLines, lang: 'en' })).svg.desc['#text'];
    expect(english).toMatch(/The baseline is 38 in 2022\. The target is 20 by 2026\. The latest value, 24,1 in 2024, is above the target, on the wrong side of it\.$/);
    // Without values, the target is named and nothing is judged.
    expect(parse(indicatorChart(input({ points: [], target: { year: 2026, value: 20, label: '20' } }))).svg.desc['#text']).toMatch(/Målvärdet är 20 år 2026\.$/);
  });

  it('scales to the target when it lies beyond every value', () => {
    const svg = indicatorChart(input({ better: 'higher', target: { year: 2026, value: 76, label: '76' } }));
    const targetY = Number(/<line x1="24" y1="([\d.]+)"[^>]*stroke-dasharray="7 4"/.exec(svg.split('</text>').slice(2).join('</text>'))?.[1]);
    const columnTops = attributes(svg, 'y').map(Number);
    // The target line sits above the tallest column, inside the picture.
    expect(targetY).toBeGreaterThan(0);
    expect(Math.min(...columnTops.filter((y) => y > 40))).toBeGreaterThan(targetY);
  });

  it('is deterministic, sorts the years, and gives different charts different ids', () => {
    const reversed = input({ points: [...input().points].reverse() });
    expect(indicatorChart(reversed)).toBe(indicatorChart(input()));
    const other = indicatorChart(input({ title: 'Anmälda våldsbrott' }));
    expect(attributes(other, 'id')).not.toEqual(attributes(indicatorChart(input()), 'id'));
  });

  it('labels every column with its year and its value', () => {
    const svg = indicatorChart(input());
    for (const text of ['2022', '2023', '2024', '38', '36', '24,1']) expect(svg).toContain(`>${text}</text>`);
  });

  it('has nothing a strict Content-Security-Policy would block', () => {
    const svg = indicatorChart(input());
    expect(svg).not.toMatch(/<script|style=|<style|href|url\(|\son\w+=/i);
  });

  it('uses colours with WCAG AA contrast against the background', () => {
    const bg = CHART_COLOURS.background;
    expect(contrastRatio(CHART_COLOURS.text, bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(CHART_COLOURS.mutedText, bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(CHART_COLOURS.axis, bg)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(CHART_COLOURS.column, bg)).toBeGreaterThanOrEqual(3);
    // The baseline and target lines; where they cross a column, a white edge under them counts.
    for (const line of [CHART_COLOURS.target, CHART_COLOURS.baseline]) expect(contrastRatio(line, bg)).toBeGreaterThanOrEqual(3);
  });
});
