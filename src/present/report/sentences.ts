/** Lists and counts in running text, as the report's sentences need them in each language. */
import type { Lang } from '../../model/lang.js';

/** "A", "A och B", "A, B och C" (no serial comma in Swedish); "A, B and C" in English. */
export function joinWords(items: readonly string[], lang: Lang): string {
  const and = lang === 'en' ? 'and' : 'och';
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

export interface CountedPart {
  count: number;
  /** The count with its word: "6 genomförda". */
  text: string;
  /** The word alone, in the form of the count: "genomförda". */
  word: string;
}

/**
 * A total and how it divides: "10, varav 6 genomförda och 4 pågående". When one part is the
 * whole, "3, alla genomförda" (or "1, genomförd") says it without repeating the number.
 */
export function totalOf(total: number, totalText: string, parts: readonly CountedPart[], lang: Lang): string {
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only !== undefined && only.count === total) {
    if (total === 1) return `${totalText}, ${only.word}`;
    return `${totalText}, ${lang === 'en' ? 'all' : 'alla'} ${only.word}`;
  }
  if (parts.length === 0) return totalText;
  const list = joinWords(parts.map((p) => p.text), lang);
  return lang === 'en' ? `${totalText}: ${list}` : `${totalText}, varav ${list}`;
}
