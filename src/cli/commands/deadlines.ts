import { addDays } from '../../domain/calendar/dates.js';
import { UsageError } from '../../errors.js';
import { localize } from '../../model/lang.js';
import { quote } from '../../model/visible-text.js';
import { DEADLINE_FORMATS, type DeadlineFormatName } from '../../present/status/index.js';
import { EXIT } from '../exit-codes.js';
import type { Io } from '../io.js';
import type { DeadlinesOptions } from '../program.js';
import { selectDerived } from '../../derive/selection.js';
import { emit, loadDerived, statusInput } from './derived.js';

/** `samverkan deadlines`: overdue and upcoming deadlines (and done ones with --all), sorted by date. */
export async function runDeadlines(options: DeadlinesOptions, io: Io): Promise<number> {
  const within = options.within === undefined ? undefined : Number(options.within);
  if (within !== undefined && (!Number.isInteger(within) || within < 0 || !/^\d+$/.test(options.within ?? ''))) {
    throw new UsageError(
      localize({ sv: '--within ska vara ett antal dagar (0 eller fler), inte {value}.', en: '--within must be a number of days (0 or more), not {value}.' }, options.lang ?? 'sv', {
        value: quote(options.within ?? ''),
      }),
    );
  }
  const run = await loadDerived(options, io);
  const { derived, asOf, lang } = run;
  const limit = within === undefined ? undefined : addDays(asOf, within);
  const selection = selectDerived(derived, options, lang, false);
  const { kommuner } = selection;
  const deadlines = derived.deadlines.filter((d) => {
    const selected = d.agreement === null ? kommuner === undefined || kommuner.has(d.municipalityCode ?? '') : selection.agreementDeadline(d);
    if (!selected) return false;
    if (d.status === 'done') return options.all === true;
    return d.status === 'overdue' || limit === undefined || d.date <= limit;
  });
  const formatter = await DEADLINE_FORMATS[(options.format ?? 'pretty') as DeadlineFormatName]();
  await emit(formatter, statusInput(derived, asOf, deadlines, selection), run, options, io);
  return options.failOn === 'overdue' && deadlines.some((d) => d.status === 'overdue') ? EXIT.problems : EXIT.ok;
}
