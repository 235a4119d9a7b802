/**
 * The pictures of the Word report: each chart's SVG, and the logo, drawn to PNG by the Chromium
 * that prints the PDF. Word shows SVG only from Office 2016 on and then still wants a PNG beside
 * it, so a PNG at twice the size it is shown keeps the charts sharp in every Word and in print.
 */
import type { Logo } from '../logo/logo.js';
import { withOfflinePage, type PrintPdfOptions } from '../print-pdf.js';
import { indicatorChart } from '../svg-chart.js';
import { chartInput } from '../template-helpers.js';
import type { IndicatorView, ReportView } from '../view-model.js';
import type { DocxPicture, DocxPictures } from './report-docx.js';

/** Every indicator of the report with values to draw, each once, by its anchor. */
export function chartedIndicators(view: ReportView): IndicatorView[] {
  const all = view.agreements.flatMap((a) => [...a.focusAreas.flatMap((f) => f.indicators), ...a.otherIndicators]);
  return [...new Map(all.filter((i) => !i.missing).map((i) => [i.anchor, i])).values()];
}

/** Without charts or a logo, no browser is started: a report of a year without values needs none. */
export async function renderPictures(view: ReportView, logo: Logo | undefined, options: PrintPdfOptions): Promise<DocxPictures> {
  const indicators = chartedIndicators(view);
  if (indicators.length === 0 && logo === undefined) return { charts: new Map(), logo: undefined };
  const svgs = indicators.map((i) => {
    const input = chartInput(i, view.lang);
    if (input === undefined) throw new Error(`indicator ${i.anchor} is not drawable`);
    return indicatorChart(input);
  });
  const html = [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><style>body { margin: 0; background: #fff; } .p { display: inline-block; }</style></head><body>',
    ...svgs.map((svg, i) => `<div class="p" id="p${i}">${svg}</div>`),
    ...(logo === undefined ? [] : [`<img class="p" id="logo" src="${logo.view.src}" alt="" width="${logo.view.width}" height="${logo.view.height}">`]),
    '</body></html>',
  ].join('\n');
  return withOfflinePage(html, { ...options, scale: 2 }, async (page) => {
    const shot = async (selector: string, width: number, height: number): Promise<DocxPicture> => ({
      png: new Uint8Array(await page.locator(selector).screenshot({ type: 'png' })),
      width,
      height,
    });
    const charts = new Map<string, DocxPicture>();
    for (const [i, indicator] of indicators.entries()) {
      const box = await page.locator(`#p${i} svg`).boundingBox();
      charts.set(indicator.anchor, await shot(`#p${i} svg`, box?.width ?? 480, box?.height ?? 250));
    }
    return { charts, logo: logo === undefined ? undefined : await shot('#logo', logo.view.width, logo.view.height) };
  });
}
