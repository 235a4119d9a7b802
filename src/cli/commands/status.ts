import { STATUS_FORMATS, type StatusFormatName } from '../../present/status/index.js';
import { EXIT } from '../exit-codes.js';
import type { Io } from '../io.js';
import type { StatusOptions } from '../program.js';
import { emit, loadDerived, matches, statusInput } from './derived.js';

/** `samverkan status`: one row per agreement, then each kommun's duties under the law. */
export async function runStatus(options: StatusOptions, io: Io): Promise<number> {
  const { derived, asOf, lang } = await loadDerived(options, io);
  // The law's duties belong to kommuner, so --agreement narrows them to the agreement's kommuner.
  const codes = new Set(derived.agreements.filter((a) => matches(options, a.id, a.municipalityCodes)).flatMap((a) => a.municipalityCodes));
  const duties = derived.deadlines.filter(
    (d) => d.agreement === null && d.status !== 'done' && (options.agreement === undefined ? matches(options, null, [d.municipalityCode]) : codes.has(d.municipalityCode ?? '')),
  );
  const formatter = await STATUS_FORMATS[(options.format ?? 'pretty') as StatusFormatName]();
  await emit(formatter, statusInput(derived, asOf, duties, options), derived, lang, options, io);
  return EXIT.ok;
}
