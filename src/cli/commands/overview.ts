import { filterOverview } from '../../derive/overview-filter.js';
import { overviewOf } from '../../derive/overview.js';
import { OVERVIEW_FORMATS, type OverviewFormatName } from '../../present/overview/index.js';
import { EXIT } from '../exit-codes.js';
import { wantsColor, type Io } from '../io.js';
import { createPaint } from '../paint.js';
import type { OverviewOptions } from '../program.js';
import { VERSION } from '../version.js';
import { writeOutput } from '../write-atomic.js';
import { loadDerived, runInputs } from './derived.js';

/** `samverkan overview`: one row per kommun of the workspace (or the one root), what needs attention first. */
export async function runOverview(options: OverviewOptions, io: Io): Promise<number> {
  const run = await loadDerived(options, io);
  const { lang } = run;
  const overview = filterOverview(overviewOf(run.derived, run.asOf), { polisregion: options.polisregion, lan: options.lan }, lang);
  const format = (options.format ?? 'pretty') as OverviewFormatName;
  const text = (await OVERVIEW_FORMATS[format]())(overview, {
    lang,
    paint: createPaint(format === 'pretty' && options.output === undefined && wantsColor(io, options.color)),
    version: VERSION,
  });
  if (options.output !== undefined) await writeOutput(io, options.output, text, { lang, inputs: runInputs(run) });
  else io.stdout(text);
  return EXIT.ok;
}
