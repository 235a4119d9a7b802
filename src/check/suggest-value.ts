import type { Lang } from '../model/lang.js';
import { labelsOf, type ValueLabel } from '../model/value-labels.js';
import { didYouMeanPhrase, suggest } from '../model/suggest.js';

/**
 * The tail of a message for a value that is not allowed: `' – menade du "done" (klar)?'`. Users
 * write the values in their own language, so a value that is a Swedish word for an allowed one
 * (`klar`, `överenskommelse`), or close to one (`pågånde`), is answered with that value and the
 * word it matched; an English near miss (`don`) with the value and its label. '' when nothing fits.
 */
export function valueSuggestion(written: string, allowed: readonly string[], lang: Lang): string {
  const labels = labelsOf(allowed);
  const words = new Map<string, { value: string; word: string }>();
  for (const value of allowed) {
    const label = labels?.[value];
    for (const word of label ? [label.sv, ...(label.also ?? [])] : []) words.set(normalize(word), { value, word: word.replace(/\u00a0/g, ' ') });
  }
  const exact = words.get(normalize(written));
  if (exact) return didYouMeanPhrase(exact.value, lang, exact.word);
  const value = suggest(written, allowed);
  if (value !== undefined) return didYouMeanPhrase(value, lang, shownLabel(value, labels?.[value], lang));
  const near = suggest(normalize(written), words.keys());
  const match = near === undefined ? undefined : words.get(near);
  return match ? didYouMeanPhrase(match.value, lang, match.word) : '';
}

/**
 * `done (genomförd)`, `ongoing (pågående)`, …: each allowed value with its label where that helps,
 * a list of our own words that a message shows whole.
 */
export function allowedWithLabels(allowed: readonly string[], lang: Lang): readonly string[] {
  const labels = labelsOf(allowed);
  return allowed.map((value) => {
    const label = shownLabel(value, labels?.[value], lang);
    return label === undefined ? value : `${value} (${label})`;
  });
}

/** The label in the language, unless it only repeats the value (`not started` for not_started). */
function shownLabel(value: string, label: ValueLabel | undefined, lang: Lang): string | undefined {
  if (!label) return undefined;
  const text = label[lang].replace(/\u00a0/g, ' ');
  return normalize(text) === normalize(value) ? undefined : text;
}

function normalize(text: string): string {
  return text.toLocaleLowerCase('sv').replace(/[\s_\u00a0-]+/g, ' ').trim();
}
