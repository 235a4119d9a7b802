import { didYouMean } from '../model/suggest.js';
import { referenceData } from '../domain/reference-data.js';
import { UsageError } from '../errors.js';
import { localize, type Lang } from '../model/lang.js';
import { VALUE_LABELS } from '../model/value-labels.js';
import type { Overview } from './overview.js';

/** What `--polisregion NAME` and `--lan CODE` ask for; either may be absent. */
export interface OverviewFilters {
  polisregion?: string;
  lan?: string;
}

const MESSAGES = {
  unknownRegion: {
    sv: 'Det finns ingen polisregion {name}{end} Polisregionerna är {all}.',
    en: 'There is no police region {name}{end} The police regions are {all}.',
  },
  noneInRegion: {
    sv: 'Ingen kommun i arbetsytan hör till polisregion {name}. Polisregioner i arbetsytan: {present}.',
    en: 'No kommun in the workspace belongs to police region {name}. Police regions in the workspace: {present}.',
  },
  unknownCounty: {
    sv: 'Det finns inget län {name}{end} Ange länskoden (till exempel 04) eller länets namn.',
    en: 'There is no county {name}{end} Give the county code (for example 04) or the county name.',
  },
  noneInCounty: {
    sv: 'Ingen kommun i arbetsytan ligger i {county} ({code}). Län i arbetsytan: {present}.',
    en: 'No kommun in the workspace is in {county} ({code}). Counties in the workspace: {present}.',
  },
} as const;

/**
 * The kommuner in the polisregion and län asked for. A name that is no polisregion or län is a
 * usage error with a did-you-mean; one that matches no kommun of the workspace is one too, naming
 * those that would, never an empty success (as `--kommun` in format.md's command contract).
 */
export function filterOverview(overview: Overview, filters: OverviewFilters, lang: Lang): Overview {
  let kommuner = overview.kommuner;
  const fail = (message: keyof typeof MESSAGES, data: Record<string, string>): never => {
    throw new UsageError(localize(MESSAGES[message], lang, data));
  };
  if (filters.polisregion !== undefined) {
    const regions = [...new Set(referenceData().regionOfCounty.values())];
    const wanted = filters.polisregion.trim().toLowerCase();
    // The name in any case, or a word people write for it ("ost", "polisregion öst").
    const region = regions.find((r) => r.toLowerCase() === wanted || (VALUE_LABELS.policeRegion[r].also ?? []).includes(wanted));
    if (region === undefined) fail('unknownRegion', { name: JSON.stringify(filters.polisregion), end: ending(didYouMean(filters.polisregion, regions, lang)), all: regions.join(', ') });
    const present = [...new Set(kommuner.flatMap((k) => (k.policeRegion === null ? [] : [k.policeRegion])))];
    kommuner = kommuner.filter((k) => k.policeRegion === region);
    if (kommuner.length === 0) fail('noneInRegion', { name: region!, present: present.join(', ') || '–' });
  }
  if (filters.lan !== undefined) {
    const county = countyOf(filters.lan);
    if (county === undefined) {
      const names = [...new Set([...referenceData().municipalities.values()].map((m) => m.countyName))];
      fail('unknownCounty', { name: JSON.stringify(filters.lan), end: ending(didYouMean(filters.lan, names, lang)) });
    }
    const present = [...new Map(kommuner.map((k) => [k.countyCode, `${k.countyName} (${k.countyCode})`])).values()].sort();
    kommuner = kommuner.filter((k) => k.countyCode === county!.code);
    if (kommuner.length === 0) fail('noneInCounty', { county: county!.name, code: county!.code, present: present.join(', ') || '–' });
  }
  return { ...overview, kommuner };
}

/** A county by its code ("04", "4") or its name, with or without "län", in any case. */
function countyOf(text: string): { code: string; name: string } | undefined {
  const wanted = text.trim().toLowerCase();
  const code = /^\d{1,2}$/.test(wanted) ? wanted.padStart(2, '0') : undefined;
  for (const m of referenceData().municipalities.values()) {
    const name = m.countyName.toLowerCase();
    if (m.countyCode === code || name === wanted || name.replace(/s? län$/, '') === wanted || name.replace(/ län$/, '') === wanted) {
      return { code: m.countyCode, name: m.countyName };
    }
  }
  return undefined;
}

/** The end of a sentence: a did-you-mean, or a full stop. */
function ending(suggestion: string): string {
  return suggestion === '' ? '.' : suggestion;
}
