/**
 * The appendix "Underlag": the files the report was built from. The report's text names documents
 * by their titles and dates; this is the one place with the ids and paths, for the registrar who
 * wants to find a figure's source in the repository.
 */
import { reportLabel } from './report-labels.js';
import type { ViewContext } from './view-context.js';
import type { SourceKind, SourceView } from './view-model.js';

const KINDS: ReadonlySet<string> = new Set<SourceKind>(['agreement', 'follow_up', 'citizen_promises', 'annual_review', 'situation_report', 'action_plan']);

/** Every document a section recorded in `ctx.used`, each once, by path and then id. */
export function sourcesView(ctx: ViewContext): SourceView[] {
  const items: SourceView[] = [];
  for (const data of ctx.used) {
    const file = ctx.documents.fileOf(data);
    const { kind, id } = data as { kind?: unknown; id?: unknown };
    if (file === undefined || typeof kind !== 'string' || !KINDS.has(kind) || typeof id !== 'string') continue;
    const kindKey = kind as SourceKind;
    items.push({ file, kind: reportLabel('documentKind', kindKey, ctx.lang), kindKey, id });
  }
  return items.sort((a, b) => compare(a.file, b.file) || compare(a.id, b.id));
}

/** Code-unit order, as the deadlines sort: the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
