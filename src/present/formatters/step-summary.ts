import { localize, type Lang } from '../../model/lang.js';

/** GitHub uploads no job summary for a step whose summary file exceeds 1 MiB. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

const CUT = {
  sv: '> ✂ Sammanfattningen är avkortad: GitHub tar emot högst 1 MiB per steg. Alla problem finns i loggen.',
  en: '> ✂ This summary was cut short: GitHub accepts at most 1 MiB per step. Every problem is in the log.',
} as const;

/**
 * Markdown cut to at most `maxBytes` bytes of UTF-8, whole lines only, with a note that it was
 * cut. Returns the text unchanged when it fits, and '' when not even the note fits.
 */
export function fitStepSummary(markdown: string, maxBytes: number, lang: Lang): string {
  if (Buffer.byteLength(markdown, 'utf8') <= maxBytes) return markdown;
  // A blank line before the note ends any table the cut leaves open.
  const note = `\n${localize(CUT, lang)}\n`;
  const room = maxBytes - Buffer.byteLength(note, 'utf8');
  if (room < 0) return '';
  const bytes = Buffer.from(markdown, 'utf8').subarray(0, room);
  // Cutting after a newline never splits a multi-byte character or a table row.
  const end = bytes.lastIndexOf(0x0a) + 1;
  return `${bytes.subarray(0, end).toString('utf8')}${note}`;
}
