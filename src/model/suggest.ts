import { render, type Lang } from './lang.js';

/**
 * The candidate a mistyped word most likely meant, or undefined when none is close: the same
 * measure as commander's "Did you mean", Damerau–Levenshtein distance within 40 % of the length.
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  // A key this long is no typo of a field name; and the distance is quadratic in the length.
  if (word.length > 100) return undefined;
  const wanted = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const limit = Math.max(1, Math.floor(Math.max(wanted.length, candidate.length) * 0.4));
    // The distance is at least the difference in length: most candidates need no table at all,
    // which counts when a file has 200 000 unknown fields.
    if (Math.abs(wanted.length - candidate.length) > limit) continue;
    const distance = editDistance(wanted, candidate.toLowerCase(), Math.min(limit, bestDistance));
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Rows of the distance table, kept between calls: a file may ask for 100 000 suggestions. */
let rows = [new Uint32Array(128), new Uint32Array(128), new Uint32Array(128)];

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps, three rows
 * at a time. Past `limit` the exact value is of no use, so once two rows in a row are beyond it
 * (no later row can come back under it) the answer is `limit + 1`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (rows[0]!.length <= b.length) rows = [0, 1, 2].map(() => new Uint32Array(b.length + 1));
  let [before, above, row] = rows as [Uint32Array, Uint32Array, Uint32Array];
  for (let j = 0; j <= b.length; j++) above[j] = j;
  let aboveMin = 0;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      row[j] = best;
      if (best < rowMin) rowMin = best;
    }
    // A cell is at least its neighbour above, or the one two rows up plus one (a swap).
    if (rowMin > limit && aboveMin >= limit) return limit + 1;
    aboveMin = rowMin;
    [before, above, row] = [above, row, before];
  }
  return Math.min(above[b.length]!, limit + 1);
}

const DID_YOU_MEAN = { sv: ' – menade du "{candidate}"?', en: ' – did you mean "{candidate}"?' };
const DID_YOU_MEAN_WORD = { sv: ' – menade du "{candidate}" ({word})?', en: ' – did you mean "{candidate}" ({word})?' };

/** `' – menade du "x"?'`, or '' when nothing is close: the tail of a message, in its language. */
export function didYouMean(word: string, candidates: Iterable<string>, lang: Lang): string {
  const candidate = suggest(word, candidates);
  return candidate === undefined ? '' : didYouMeanPhrase(candidate, lang);
}

/** `' – menade du "done"?'`, or with the word it stands for: `' – menade du "done" (klar)?'`. */
export function didYouMeanPhrase(candidate: string, lang: Lang, word?: string): string {
  return word === undefined ? render(DID_YOU_MEAN[lang], { candidate }) : render(DID_YOU_MEAN_WORD[lang], { candidate, word });
}
