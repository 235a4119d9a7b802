import { STATUS_FORMATS, type StatusFormatName } from '../../present/status/index.js';
import { EXIT } from '../exit-codes.js';
import type { Io } from '../io.js';
import type { StatusOptions } from '../program.js';
import { selectDerived } from '../../derive/selection.js';
import { emit, loadDerived, statusInput } from './derived.js';

/** `samverkan status`: one row per agreement, then each kommun's duties under the law. */
export async function runStatus(options: StatusOptions, io: Io): Promise<number> {
  const run = await loadDerived(options, io);
  const { derived, asOf, lang } = run;
  // The law's duties belong to kommuner, so --agreement narrows them to the agreement's kommuner.
  const selection = selectDerived(derived, options, lang, true);
  const { kommuner } = selection;
  const duties = derived.deadlines.filter((d) => d.agreement === null && d.status !== 'done' && (kommuner === undefined || kommuner.has(d.municipalityCode ?? '')));
  const formatter = await STATUS_FORMATS[(options.format ?? 'pretty') as StatusFormatName]();
  await emit(formatter, statusInput(derived, asOf, duties, selection), run, options, io);
  return EXIT.ok;
}
