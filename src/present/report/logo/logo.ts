/**
 * The report's optional logo (`templates/logo.svg` or `logo.png`, loaded by load/logo.ts): checked
 * to be a real PNG or rebuilt as a safe SVG, then embedded as a `data:` URI, so the report still
 * makes no request and its Content-Security-Policy only adds `img-src data:`.
 */
import { InputError } from '../../../errors.js';
import type { LogoFile } from '../../../load/logo.js';
import { localize, type Lang, type Localized } from '../../../model/lang.js';
import type { LogoView } from '../view-model.js';
import { checkPng } from './png.js';
import { sanitizeSvg } from './sanitize-svg.js';

/** The logo as shown: this tall in CSS pixels, and at most this wide. */
const SHOWN_HEIGHT = 64;
const SHOWN_MAX_WIDTH = 320;

/** What the view shows, and the picture itself for outputs that embed it another way (DOCX). */
export interface Logo {
  view: LogoView;
  mime: 'image/svg+xml' | 'image/png';
  bytes: Uint8Array;
}

const WORDS = {
  alt: { sv: 'Logotyp', en: 'Logo' },
  notPng: { sv: '{file} är ingen giltig PNG-bild ({reason})', en: '{file} is not a valid PNG picture ({reason})' },
  notSvg: { sv: '{file} är ingen giltig SVG-bild ({reason})', en: '{file} is not a valid SVG picture ({reason})' },
  hint: {
    sv: 'Spara logotypen på nytt som SVG eller PNG från ett bildprogram, eller ta bort filen för en rapport utan logotyp.',
    en: 'Save the logo again as SVG or PNG from a picture editor, or remove the file for a report without a logo.',
  },
} satisfies Record<string, Localized>;

const REASONS: Record<string, Localized> = {
  signature: { sv: 'filen börjar inte som en PNG', en: 'the file does not start as a PNG' },
  chunks: { sv: 'filens delar hänger inte ihop', en: "the file's parts do not hold together" },
  crc: { sv: 'en kontrollsumma stämmer inte', en: 'a checksum does not match' },
  header: { sv: 'bildhuvudet är fel', en: 'the image header is wrong' },
  size: { sv: 'bilden är större än 8192 bildpunkter', en: 'the picture is larger than 8192 pixels' },
  'not-xml': { sv: 'filen är ingen välformad XML', en: 'the file is not well-formed XML' },
  'not-svg': { sv: 'det yttersta elementet är inte <svg>', en: 'the outermost element is not <svg>' },
  doctype: { sv: 'filen har en DOCTYPE, som en logotyp inte behöver', en: 'the file has a DOCTYPE, which a logo does not need' },
};

/** @throws InputError naming the file when it is not a real PNG or SVG */
export async function readLogo(file: LogoFile, lang: Lang): Promise<Logo> {
  const fail = (message: Localized, reason: string): never => {
    throw new InputError(localize(message, lang, { file: file.shown, reason: localize(REASONS[reason] ?? { sv: reason, en: reason }, lang) }), {
      file: file.shown,
      hint: localize(WORDS.hint, lang),
    });
  };
  if (file.name === 'logo.png') {
    const png = checkPng(file.bytes);
    if (!png.ok) return fail(WORDS.notPng, png.reason);
    return logo('image/png', file.bytes, png.width, png.height, localize(WORDS.alt, lang));
  }
  const svg = await sanitizeSvg(new TextDecoder('utf-8', { fatal: false }).decode(file.bytes));
  if (!svg.ok) return fail(WORDS.notSvg, svg.reason);
  const bytes = new TextEncoder().encode(svg.value.svg);
  return logo('image/svg+xml', bytes, svg.value.width ?? SHOWN_MAX_WIDTH, svg.value.height ?? SHOWN_HEIGHT, svg.value.title ?? localize(WORDS.alt, lang));
}

function logo(mime: Logo['mime'], bytes: Uint8Array, width: number, height: number, alt: string): Logo {
  const scale = Math.min(SHOWN_HEIGHT / height, SHOWN_MAX_WIDTH / width);
  return {
    mime,
    bytes,
    view: {
      src: `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`,
      alt,
      width: Math.max(1, Math.round(width * scale)),
      height: Math.max(1, Math.round(height * scale)),
    },
  };
}
