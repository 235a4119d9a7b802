import { spawnSync } from 'node:child_process';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject } from '@cantoo/pdf-lib';

const warned = new Set<string>();

/**
 * `pdfinfo` of poppler-utils (Debian), a reader independent of the library that wrote the PDF;
 * undefined, with one line on stderr, where it is not installed (.ci/run installs it).
 */
export function pdfinfo(args: readonly string[]): string | undefined {
  const result = spawnSync('pdfinfo', args, { encoding: 'utf8' });
  if (result.error !== undefined) {
    if (!warned.has('pdfinfo')) console.warn('pdfinfo saknas (apt-get install poppler-utils): hoppar över kontrollerna med pdfinfo');
    warned.add('pdfinfo');
    return undefined;
  }
  return result.stdout;
}

export interface PdfStructure {
  lang: string | undefined;
  outline: string[];
  figures: { alt: string | undefined }[];
  links: { contents: string | undefined }[];
}

/** The parts of a tagged PDF a screen reader uses, read with pdf-lib. */
export async function pdfStructure(bytes: Uint8Array): Promise<PdfStructure> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const look = (o: PDFObject | undefined): PDFObject | undefined => (o instanceof PDFRef ? doc.context.lookup(o) : o);
  const text = (o: PDFObject | undefined): string | undefined => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined);
  const outline: string[] = [];
  const walk = (ref: PDFObject | undefined): void => {
    for (let item = look(ref); item instanceof PDFDict; item = look(item.get(PDFName.of('Next')))) {
      outline.push(text(item.get(PDFName.of('Title'))) ?? '');
      walk(item.get(PDFName.of('First')));
    }
  };
  const outlines = look(doc.catalog.get(PDFName.of('Outlines')));
  if (outlines instanceof PDFDict) walk(outlines.get(PDFName.of('First')));
  const figures: PdfStructure['figures'] = [];
  const visit = (node: PDFObject | undefined): void => {
    const n = look(node);
    if (n instanceof PDFArray) return n.asArray().forEach(visit);
    if (!(n instanceof PDFDict)) return;
    if (n.get(PDFName.of('S')) === PDFName.of('Figure')) figures.push({ alt: text(n.get(PDFName.of('Alt'))) });
    visit(n.get(PDFName.of('K')));
  };
  const root = look(doc.catalog.get(PDFName.of('StructTreeRoot')));
  if (root instanceof PDFDict) visit(root.get(PDFName.of('K')));
  const links = doc.getPages().flatMap((page) =>
    (page.node.Annots()?.asArray() ?? [])
      .map(look)
      .filter((a): a is PDFDict => a instanceof PDFDict && a.get(PDFName.of('Subtype')) === PDFName.of('Link'))
      .map((a) => ({ contents: text(a.get(PDFName.of('Contents'))) })),
  );
  return { lang: text(doc.catalog.get(PDFName.of('Lang'))), outline, figures, links };
}
