/**
 * A logo's SVG rebuilt from an allowlist: shapes, text, gradients, clip paths and masks with their
 * presentation attributes, and nothing else. The report shows the logo through `<img>`, where a
 * browser runs no script and loads nothing, but the same picture goes into the PDF and the Word
 * file and may be opened on its own, so it must not be able to do anything there either.
 *
 * Nothing of the input is copied through: fast-xml-parser reads it, and the output is written here
 * element by element from what the allowlist keeps, every text and attribute escaped. So a
 * `<script>`, an `onload`, a `<foreignObject>`, an external `href` or a `url(https:…)` cannot
 * survive, whatever spelling the input used. Styles that logo tools write (`style="fill:#004"`,
 * `<style>.cls-1{fill:#004}</style>`) become presentation attributes, so colours stay.
 */
import { escapeXml } from '../svg-chart.js';

export interface SanitizedSvg {
  svg: string;
  /** From width/height, else the viewBox; undefined when the SVG says neither. */
  width: number | undefined;
  height: number | undefined;
  /** The text of the SVG's own `<title>`, for the picture's alternative text. */
  title: string | undefined;
}

export type SanitizeResult = { ok: true; value: SanitizedSvg } | { ok: false; reason: 'not-xml' | 'not-svg' | 'doctype' };

const ELEMENTS = new Set([
  'svg', 'g', 'defs', 'title', 'desc', 'symbol', 'use',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask',
]);

/** Geometry and structure: allowed on any kept element. */
const GEOMETRY = new Set([
  'id', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'd', 'points', 'width', 'height',
  'viewBox', 'preserveAspectRatio', 'transform', 'offset', 'gradientUnits', 'gradientTransform', 'spreadMethod',
  'clipPathUnits', 'maskUnits', 'maskContentUnits', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust', 'version',
]);

/** Presentation properties: allowed as attributes and read from `style` and `<style>`. */
const PRESENTATION = new Set([
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit',
  'stroke-dasharray', 'stroke-dashoffset', 'stroke-opacity', 'opacity', 'clip-path', 'clip-rule', 'mask', 'display',
  'visibility', 'color', 'stop-color', 'stop-opacity', 'font-family', 'font-size', 'font-weight', 'font-style',
  'text-anchor', 'dominant-baseline', 'letter-spacing', 'word-spacing', 'text-decoration', 'paint-order',
]);

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

type Node = Record<string, unknown>;

export async function sanitizeSvg(text: string): Promise<SanitizeResult> {
  // A DOCTYPE is where entity expansion and external entities live; no logo needs one.
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return { ok: false, reason: 'doctype' };
  // Loaded only for a repository that has a logo.svg: validate and status never need it.
  const { XMLParser, XMLValidator } = await import('fast-xml-parser');
  if (XMLValidator.validate(text) !== true) return { ok: false, reason: 'not-xml' };
  const nodes = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    cdataPropName: '#cdata',
    processEntities: true,
    htmlEntities: false,
  }).parse(text) as Node[];
  const roots = nodes.filter((n) => !Object.keys(n).some((k) => k.startsWith('?')) && !('#text' in n && String(n['#text']).trim() === ''));
  const root = roots[0];
  if (roots.length !== 1 || root === undefined || nameOf(root) !== 'svg') return { ok: false, reason: 'not-svg' };
  const classes = classRules(nodes);
  const usesXlink = { value: false };
  const body = write(root, classes, usesXlink, true);
  const attributes = attributesOf(root);
  const size = sizeOf(attributes);
  const title = childrenOf(root).find((n) => nameOf(n) === 'title');
  const titleText = title === undefined ? '' : textOf(title).trim().replace(/\s+/g, ' ');
  const svg = usesXlink.value ? body.replace('<svg ', `<svg xmlns:xlink="${XLINK_NS}" `) : body;
  return { ok: true, value: { svg, ...size, title: titleText === '' ? undefined : titleText } };
}

function nameOf(node: Node): string | undefined {
  return Object.keys(node).find((k) => k !== ':@');
}

function childrenOf(node: Node): Node[] {
  const name = nameOf(node);
  const children = name === undefined ? undefined : node[name];
  return Array.isArray(children) ? (children as Node[]) : [];
}

function attributesOf(node: Node): Record<string, string> {
  const attributes = node[':@'];
  return typeof attributes === 'object' && attributes !== null ? (attributes as Record<string, string>) : {};
}

function textOf(node: Node): string {
  if ('#text' in node) return String(node['#text']);
  if ('#cdata' in node) return childrenOf(node).map(textOf).join('');
  return childrenOf(node).map(textOf).join('');
}

/** The kept element and what it holds, as text; anything not on the allowlist is left out whole. */
function write(node: Node, classes: ReadonlyMap<string, Map<string, string>>, usesXlink: { value: boolean }, root = false): string {
  if ('#text' in node) return escapeXml(String(node['#text']));
  const name = nameOf(node);
  if (name === undefined || !ELEMENTS.has(name)) return '';
  const attributes = keptAttributes(name, attributesOf(node), classes, usesXlink);
  if (root) attributes.unshift(['xmlns', SVG_NS]);
  const open = [name, ...attributes.map(([k, v]) => `${k}="${escapeXml(v)}"`)].join(' ');
  const inner = childrenOf(node).map((child) => write(child, classes, usesXlink)).join('');
  return inner === '' ? `<${open}/>` : `<${open}>${inner}</${name}>`;
}

function keptAttributes(
  element: string,
  given: Record<string, string>,
  classes: ReadonlyMap<string, Map<string, string>>,
  usesXlink: { value: boolean },
): [string, string][] {
  const kept = new Map<string, string>();
  // Lowest first: class rules, then attributes, then the style attribute, as CSS would rank them.
  for (const cls of (given.class ?? '').split(/\s+/)) for (const [k, v] of classes.get(cls) ?? []) kept.set(k, v);
  for (const [key, value] of Object.entries(given)) {
    if (GEOMETRY.has(key) && safeValue(value)) kept.set(key, value);
    else if (PRESENTATION.has(key) && safeValue(value)) kept.set(key, value);
    else if ((key === 'href' || key === 'xlink:href') && /^#[\w.-]+$/.test(value) && (element === 'use' || element.endsWith('Gradient'))) {
      kept.set('xlink:href', value);
      usesXlink.value = true;
    }
  }
  for (const [k, v] of declarations(given.style ?? '')) kept.set(k, v);
  return [...kept];
}

/** Values that can reach nothing outside the picture: a `url()` only to an element of its own. */
function safeValue(value: string): boolean {
  if (value.length > 200_000 || /[<>\\{};@]|javascript:|expression\s*\(/i.test(value)) return false;
  return [...value.matchAll(/url\s*\(([^)]*)\)/gi)].every((m) => /^\s*['"]?#[\w.-]+['"]?\s*$/.test(m[1] ?? ''));
}

/** `fill:#004;stroke:none` → presentation properties the allowlist keeps. */
function declarations(css: string): [string, string][] {
  return css.split(';').flatMap((part) => {
    const colon = part.indexOf(':');
    if (colon < 0) return [];
    const key = part.slice(0, colon).trim().toLowerCase();
    const value = part.slice(colon + 1).trim().replace(/\s*!important$/i, '');
    return PRESENTATION.has(key) && value !== '' && safeValue(value) ? [[key, value] as [string, string]] : [];
  });
}

/** `.cls-1, .cls-2 { fill: #004 }` from every `<style>`; rules with any other selector are ignored. */
function classRules(nodes: readonly Node[]): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  const visit = (node: Node): void => {
    if (nameOf(node) === 'style') {
      const css = textOf(node).replace(/\/\*[\s\S]*?\*\//g, '');
      for (const [, selectors = '', body = ''] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
        const names = selectors.split(',').map((s) => s.trim());
        if (!names.every((s) => /^\.[\w-]+$/.test(s))) continue;
        for (const selector of names) {
          const rule = rules.get(selector.slice(1)) ?? new Map<string, string>();
          for (const [k, v] of declarations(body)) rule.set(k, v);
          rules.set(selector.slice(1), rule);
        }
      }
      return;
    }
    childrenOf(node).forEach(visit);
  };
  nodes.forEach(visit);
  return rules;
}

function sizeOf(attributes: Record<string, string>): { width: number | undefined; height: number | undefined } {
  const length = (value: string | undefined): number | undefined => {
    const match = value === undefined ? null : /^\s*([\d.]+)\s*(px)?\s*$/.exec(value);
    const n = match === null ? NaN : Number(match[1]);
    return Number.isFinite(n) && n > 0 ? n : undefined;
  };
  const width = length(attributes.width);
  const height = length(attributes.height);
  if (width !== undefined && height !== undefined) return { width, height };
  const box = (attributes.viewBox ?? '').trim().split(/[\s,]+/).map(Number);
  const [, , w, h] = box;
  return box.length === 4 && w !== undefined && h !== undefined && w > 0 && h > 0 ? { width: w, height: h } : { width: undefined, height: undefined };
}
