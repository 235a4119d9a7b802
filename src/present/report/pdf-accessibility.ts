/**
 * What Chromium's tagged PDF lacks for an accessible document, added after printing with pdf-lib
 * (the maintained @cantoo fork): XMP metadata with the title, the language and the PDF/UA
 * identifier; the document title shown in the window; bookmarks with the headings' own text
 * (Chromium builds them from the laid-out lines and drops the space where a heading wraps);
 * alternative text on the figure that wraps each chart, taken from the chart inside it; and link
 * annotations with `/Contents`, the words of the link. What remains short of PDF/UA is in the
 * README ("samverkan report").
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject } from '@cantoo/pdf-lib';

/** What the PDF should say, read from the HTML it was printed from. */
export interface PdfFacts {
  title: string;
  lang: string;
  /** The text of every heading, in document order. */
  headings: string[];
  /** The words of each link, by the id it points at. */
  links: Map<string, string>;
  /** "samverkan 0.2.0". */
  creator: string;
}

/** The facts of a report's own HTML: its markup is ours (templates/), so patterns suffice. */
export function pdfFactsOf(html: string, creator: string): PdfFacts {
  const text = (inner: string): string => decodeEntities(inner.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
  return {
    title: text(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? ''),
    lang: /<html lang="([^"]+)"/.exec(html)?.[1] ?? 'sv',
    headings: [...html.matchAll(/<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]>/g)].map((m) => text(m[1] ?? '')),
    links: new Map([...html.matchAll(/<a href="#([^"]+)">([\s\S]*?)<\/a>/g)].map((m) => [decodeEntities(m[1] ?? ''), text(m[2] ?? '')])),
    creator,
  };
}

/** The entities Handlebars and svg-chart.ts write, and numeric ones. */
function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(Number.parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return named[code] ?? whole;
  });
}

export async function finishPdf(pdf: Uint8Array, facts: PdfFacts): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const lookup = (o: PDFObject | undefined): PDFObject | undefined => (o instanceof PDFRef ? doc.context.lookup(o) : o);
  doc.setTitle(facts.title, { showInWindowTitleBar: true });
  doc.setLanguage(facts.lang);
  doc.setCreator(facts.creator);
  doc.setProducer(`${facts.creator} (Chromium, pdf-lib)`);
  const created = doc.getCreationDate() ?? new Date(0);
  doc.setModificationDate(created);
  const xmp = doc.context.stream(xmpPacket(facts, created), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmp));
  fixOutline(lookup(doc.catalog.get(PDFName.of('Outlines'))), facts.headings, lookup);
  const structure = lookup(doc.catalog.get(PDFName.of('StructTreeRoot')));
  if (structure instanceof PDFDict) altOnFigures(structure, lookup);
  for (const page of doc.getPages()) {
    for (const annotation of page.node.Annots()?.asArray() ?? []) {
      const link = lookup(annotation);
      if (!(link instanceof PDFDict) || link.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      const target = destinationName(link.get(PDFName.of('Dest')));
      const words = target === undefined ? undefined : facts.links.get(target);
      link.set(PDFName.of('Contents'), PDFHexString.fromText(words ?? facts.title));
    }
  }
  return doc.save();
}

function destinationName(dest: PDFObject | undefined): string | undefined {
  if (dest instanceof PDFName) return dest.decodeText();
  if (dest instanceof PDFString || dest instanceof PDFHexString) return dest.decodeText();
  return undefined;
}

type Lookup = (o: PDFObject | undefined) => PDFObject | undefined;

/**
 * Each bookmark gets the text of the heading it was made from: the same letters in the same
 * order once white space is ignored. Chromium's bookmarks follow the headings in order.
 */
function fixOutline(outlines: PDFObject | undefined, headings: readonly string[], lookup: Lookup): void {
  if (!(outlines instanceof PDFDict)) return;
  const squeezed = headings.map((h) => [h.replace(/\s+/g, ''), h] as const);
  let next = 0;
  const walk = (ref: PDFObject | undefined): void => {
    for (let item = lookup(ref); item instanceof PDFDict; item = lookup(item.get(PDFName.of('Next')))) {
      const title = item.get(PDFName.of('Title'));
      const text = title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : undefined;
      if (text !== undefined) {
        const key = text.replace(/\s+/g, '');
        const at = squeezed.findIndex(([k], i) => i >= next && k === key);
        if (at >= 0) {
          item.set(PDFName.of('Title'), PDFHexString.fromText(squeezed[at]?.[1] ?? text));
          next = at + 1;
        }
      }
      walk(item.get(PDFName.of('First')));
    }
  };
  walk(outlines.get(PDFName.of('First')));
}

/**
 * A Figure without /Alt takes the alternative texts of the figures inside it: Chromium gives the
 * chart (an SVG with role="img") its text, but not the HTML figure around it and its caption.
 * @returns the Alt texts found in this subtree, for the figure around it
 */
function altOnFigures(node: PDFDict, lookup: Lookup): string[] {
  const found: string[] = [];
  const kids = lookup(node.get(PDFName.of('K')));
  for (const kid of kids instanceof PDFArray ? kids.asArray() : [kids]) {
    const child = lookup(kid);
    if (child instanceof PDFDict && child.get(PDFName.of('S')) !== undefined) found.push(...altOnFigures(child, lookup));
  }
  if (node.get(PDFName.of('S')) !== PDFName.of('Figure')) return found;
  const alt = node.get(PDFName.of('Alt'));
  if (alt instanceof PDFString || alt instanceof PDFHexString) return [alt.decodeText()];
  if (found.length > 0) node.set(PDFName.of('Alt'), PDFHexString.fromText(found.join(' ')));
  return found;
}

/** XMP (ISO 16684-1) with Dublin Core's title and language and PDF/UA's part (ISO 14289-1, 5). */
function xmpPacket(facts: PdfFacts, created: Date): Uint8Array {
  const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const date = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const packet = [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"' +
      ' xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(facts.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:language><rdf:Bag><rdf:li>${xml(facts.lang)}</rdf:li></rdf:Bag></dc:language>`,
    `<pdf:Producer>${xml(`${facts.creator} (Chromium, pdf-lib)`)}</pdf:Producer>`,
    `<xmp:CreatorTool>${xml(facts.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    '<pdfuaid:part>1</pdfuaid:part>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
  return new TextEncoder().encode(packet);
}
