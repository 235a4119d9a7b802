import { resolve } from 'node:path';
import { deriveRepository, type DerivedRepository } from '../../derive/derive-repository.js';
import { parseDateArgument, todayInStockholm } from '../../domain/calendar/stockholm.js';
import type { Selection } from '../../derive/selection.js';
import type { Deadline } from '../../derive/types.js';
import type { Period } from '../../model/documents.js';
import { UsageError } from '../../errors.js';
import { localize, type Lang, type Localized, type MessageData } from '../../model/lang.js';
import { quote } from '../../model/visible-text.js';
import type { StatusFormatter, StatusInput } from '../../present/status/status-view.js';
import { wantsColor, type Io } from '../io.js';
import { createPaint } from '../paint.js';
import type { StatusOptions } from '../program.js';
import { VERSION } from '../version.js';
import { repositoryInputs, writeOutput } from '../write-atomic.js';

/** What status and deadlines share: the as-of date, the derivation, the filters and the output. */
export async function loadDerived(options: StatusOptions, io: Io): Promise<{ derived: DerivedRepository; asOf: string; lang: Lang }> {
  // "Today" is the date in Sweden, not in UTC: at 00:30 on 1 July in Stockholm it is still 30 June in UTC.
  const asOf = options.asOf === undefined ? todayInStockholm(new Date()) : asOfDate(options.asOf, options.lang ?? 'sv');
  const derived = await deriveRepository({ root: resolve(io.cwd, options.root), lang: options.lang, asOf });
  const lang = derived.validation.lang;
  if (derived.errors > 0) {
    io.stderr(
      `samverkan: ${localize(
        {
          sv: 'arkivet har {n} fel; dokument med fel räknas inte med. Kör samverkan validate för detaljer.',
          en: 'the repository has {n} errors; documents with errors are left out. Run samverkan validate for details.',
        },
        lang,
        { n: derived.errors },
      )}\n`,
    );
  }
  return { derived, asOf, lang };
}

const AS_OF_PROBLEMS = {
  form: { sv: '--as-of {value} är inget giltigt datum (ÅÅÅÅ-MM-DD).', en: '--as-of {value} is not a valid date (YYYY-MM-DD).' },
  'no-such-day': {
    sv: '--as-of {value} är inget giltigt datum: {month} {year} har {days} dagar.',
    en: '--as-of {value} is not a valid date: {month} {year} has {days} days.',
  },
  'out-of-range': {
    sv: '--as-of {value} ligger utanför åren {first}–{last}, som samverkan räknar med.',
    en: '--as-of {value} is outside the years {first}–{last} that samverkan works with.',
  },
} satisfies Record<string, Localized>;

function asOfDate(text: string, lang: Lang): string {
  const parsed = parseDateArgument(text, lang);
  if ('date' in parsed) return parsed.date;
  const { problem } = parsed;
  const data: MessageData =
    problem.kind === 'no-such-day'
      ? { month: problem.monthName, year: problem.year, days: problem.days }
      : problem.kind === 'out-of-range'
        ? { first: problem.first, last: problem.last }
        : {};
  throw new UsageError(localize(AS_OF_PROBLEMS[problem.kind], lang, { value: quote(text), ...data }));
}

export function statusInput(derived: DerivedRepository, asOf: string, deadlines: readonly Deadline[], selection: Selection): StatusInput {
  const agreements = derived.agreements.filter(selection.agreement);
  const promisePeriods = new Map<string, Period>();
  for (const { id, nextDeadline: next } of agreements) {
    if (next?.type !== 'citizen_promises_renewal' || next.subject === undefined) continue;
    const promises = derived.index.promisesOf(id).find((p) => p.data.id === next.subject);
    if (promises !== undefined) promisePeriods.set(next.subject, promises.data.period);
  }
  return { asOf, agreements, deadlines, kommunNames: derived.kommunNames, promisePeriods };
}

export async function emit(
  formatter: StatusFormatter,
  input: StatusInput,
  derived: DerivedRepository,
  lang: Lang,
  options: StatusOptions,
  io: Io,
): Promise<void> {
  const reminderDays = derived.validation.config.deadlines?.reminder_days ?? [14];
  const text = formatter(input, {
    lang,
    paint: createPaint(options.output === undefined && wantsColor(io, options.color)),
    version: VERSION,
    reminderDays,
    stamp: () => `${(derived.latestRecordedDate ?? input.asOf).replace(/-/g, '')}T000000Z`,
  });
  if (options.output !== undefined) await writeOutput(io, options.output, text, { lang, inputs: repositoryInputs(derived.validation) });
  else io.stdout(text);
}
