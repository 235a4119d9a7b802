import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from './sanitize-svg.js';

async function clean(svg: string): Promise<string> {
  const result = await sanitizeSvg(svg);
  if (!result.ok) throw new Error(result.reason);
  return result.value.svg;
}

/** Every element and attribute name in an SVG, as a parser sees them. */
function names(svg: string): { elements: Set<string>; attributes: Set<string> } {
  const elements = new Set<string>();
  const attributes = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === ':@') for (const a of Object.keys(value as object)) attributes.add(a);
      else if (key !== '#text') {
        elements.add(key);
        walk(value);
      }
    }
  };
  walk(new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg));
  return { elements, attributes };
}

describe('sanitizeSvg', () => {
  it('keeps a logo as drawn, turning styles into attributes', async () => {
    const result = await sanitizeSvg(
      '<?xml version="1.0"?><!-- Illustrator --><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><title>Gnesta kommun</title>' +
        '<defs><style>.cls-1{fill:#00427a;}.cls-2,.cls-3{stroke:#fff}</style><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>' +
        '<path class="cls-1" d="M0 0h10v10z"/><rect class="cls-2" style="fill:url(#g);opacity:.5" width="5" height="5"/><text x="2" y="30" font-size="12">Gnesta</text></svg>',
    );
    expect(result).toMatchObject({ ok: true, value: { width: 120, height: 40, title: 'Gnesta kommun' } });
    const svg = result.ok ? result.value.svg : '';
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><title>Gnesta kommun</title><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>' +
        '<path fill="#00427a" d="M0 0h10v10z"/><rect stroke="#fff" width="5" height="5" fill="url(#g)" opacity=".5"/><text x="2" y="30" font-size="12">Gnesta</text></svg>',
    );
  });

  it('removes everything that could run or fetch', async () => {
    const svg = await clean(
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)">' +
        '<script>alert(1)</script><SCRIPT>alert(2)</SCRIPT><foreignObject><iframe src="https://x"/></foreignObject>' +
        '<a href="javascript:alert(3)"><rect width="1" height="1"/></a><image href="https://x/y.png"/>' +
        '<use xlink:href="https://x/sprite.svg#a"/><use href="#own"/><rect fill="url(https://x/p)" stroke="url(#ok)" width="1" height="1"/>' +
        '<style>@import url(https://x/s.css); rect{fill:red}</style><animate attributeName="href" to="javascript:alert(4)"/>' +
        '<set attributeName="onmouseover" to="alert(5)"/><circle r="1" style="fill:red;behavior:url(x.htc)" onclick="alert(6)"/></svg>',
    );
    expect(svg).not.toMatch(/script|alert|javascript|https?:\/\/x|foreignObject|iframe|image|animate|<set|onload|onclick|@import|behavior/i);
    expect(svg).toContain('<use xlink:href="#own"/>');
    expect(svg).toContain('stroke="url(#ok)"');
    expect(svg).toContain('<circle r="1" fill="red"/>');
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  it('refuses what is not an SVG', async () => {
    expect(await sanitizeSvg('<html><body/></html>')).toEqual({ ok: false, reason: 'not-svg' });
    expect(await sanitizeSvg('<svg><g></svg>')).toEqual({ ok: false, reason: 'not-xml' });
    expect(await sanitizeSvg('\u0089PNG\r\n')).toMatchObject({ ok: false });
    expect(await sanitizeSvg('<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>')).toEqual({ ok: false, reason: 'doctype' });
    expect(await sanitizeSvg('<svg/><svg/>')).toMatchObject({ ok: false });
  });

  it('keeps only allowlisted names and no outside reference, whatever it is given', async () => {
    const element = fc.constantFrom('svg', 'g', 'path', 'script', 'foreignObject', 'a', 'image', 'use', 'style', 'animate', 'text', 'iframe');
    const attribute = fc.constantFrom('d', 'fill', 'onload', 'href', 'xlink:href', 'style', 'src', 'transform', 'onclick', 'class', 'mask');
    const value = fc.constantFrom('#a', 'url(#a)', 'url(https://x)', 'javascript:alert(1)', 'fill:red', 'fill:url(http://x)', '<b>', '"q"', "M0 0", 'red');
    const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc
        .tuple(element, fc.array(fc.tuple(attribute, value), { maxLength: 3 }), fc.array(fc.oneof({ maxDepth: 4 }, fc.constantFrom('t', '&lt;x&gt;'), tie('node')), { maxLength: 3 }))
        .map(([name, attrs, children]) => {
          const unique = [...new Map(attrs).entries()].map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`).join('');
          return `<${name}${unique}>${children.join('')}</${name}>`;
        }),
    })).node;
    await fc.assert(
      fc.asyncProperty(tree, async (inner) => {
        const result = await sanitizeSvg(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">${inner}</svg>`);
        expect(result.ok).toBe(true);
        const svg = result.ok ? result.value.svg : '';
        expect(XMLValidator.validate(svg)).toBe(true);
        const found = names(svg);
        for (const e of found.elements) expect(['svg', 'g', 'path', 'use', 'text']).toContain(e);
        for (const a of found.attributes) expect(['xmlns', 'xmlns:xlink', 'd', 'fill', 'xlink:href', 'transform', 'mask']).toContain(a);
        expect(svg).not.toMatch(/javascript|https?:\/\/x|<script|onload|onclick/i);
        // Cleaning what is clean changes nothing.
        expect(await clean(svg)).toBe(svg);
      }),
      { numRuns: 300 },
    );
  });
});
