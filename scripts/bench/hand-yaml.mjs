// Writes bench documents the way people write YAML by hand, each kommun with its own habits: two
// or four spaces, lists under or beside their key, id lists as `[a, b]`, `[ a, b ]` or one per
// line, prose as folded plain text, `>-`, `|`, double quotes (with `\"`) or single quotes, dates
// quoted or not, comments on their own line and after values, blank lines between sections.
// yaml.stringify, which the bench used before, writes the one style a fast path finds easiest.
import { chance, pick } from './random.mjs';

/** Keys whose values are prose, written in the writer's prose styles. */
const PROSE = new Set(['purpose', 'description', 'cause_analysis', 'text', 'comment', 'notes']);
/** Keys that open a section: a comment or a blank line often goes before them. */
const SECTIONS = new Set(['parties', 'signatories', 'indicators', 'focus_areas', 'measures', 'goals', 'indicator_values', 'findings', 'promises', 'review', 'follow_up', 'sources']);
const SECTION_COMMENTS = {
  parties: 'Parter',
  signatories: 'Undertecknat av',
  indicators: 'Indikatorer som följs upp varje år',
  focus_areas: 'Fokusområden enligt lägesbilden',
  measures: 'Åtgärder',
  goals: 'Måluppfyllelse',
  indicator_values: 'Indikatorvärden från Kolada och trygghetsmätningen',
  findings: 'Iakttagelser',
  promises: 'Löftena',
  review: 'Aktualitetsprövning varje år på dagen för undertecknandet.',
  follow_up: 'Uppföljningen redovisas för kommunstyrelsen.',
  sources: 'Källor',
};
const TRAILING = ['# enligt beslut i KS', '# se bilaga 2', '# uppdaterat efter rådets möte', '# TODO: stäm av med polisen', '# från diariet', '# ändrat'];
/** Characters a plain scalar must not start with (YAML 1.2 indicators). */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
const CORE_NOT_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A writer's habits, drawn once per kommun.
 * @typedef {{ indent: number, flushLists: boolean, flow: 'tight' | 'spaced' | 'block', prose: string[],
 *   quote: '"' | "'", quoteShare: number, dates: '' | '"' | "'", comments: number, blankLines: boolean, lineWidth: number,
 *   docStart: boolean }} Style
 */

/** @returns {Style} */
export function drawStyle(rng) {
  return {
    indent: chance(rng, 0.8) ? 2 : 4,
    flushLists: chance(rng, 0.3),
    flow: pick(rng, ['tight', 'tight', 'spaced', 'block']),
    // The prose styles this writer uses, one picked per text: a favourite and some others.
    prose: [pick(rng, ['plain', 'folded', 'folded', 'double']), pick(rng, ['plain', 'folded', 'literal', 'double', 'single', 'oneline'])],
    quote: pick(rng, ['"', '"', "'"]),
    quoteShare: pick(rng, [0, 0, 0.2, 0.9]),
    dates: pick(rng, ['', '', '"', "'"]),
    comments: pick(rng, [0, 0.3, 0.6, 1]),
    blankLines: chance(rng, 0.5),
    lineWidth: 72 + Math.floor(rng() * 40),
    docStart: chance(rng, 0.15),
  };
}

/**
 * The text of one file holding the given documents (several are separated by `---`), with a
 * heading comment. `flowMaps` writes the items of `indicator_values` as `{ … }`, a style some
 * people use and the fast path leaves to yaml.
 */
export function writeYaml(documents, heading, style, rng, { flowMaps = false } = {}) {
  const writer = { style, rng, flowMaps };
  const lines = [`# ${heading}`];
  if (style.docStart) lines.push('---');
  documents.forEach((doc, i) => {
    if (i > 0) lines.push('---');
    mapping(writer, doc, 0, lines, true);
  });
  return `${lines.join('\n')}\n`;
}

function mapping(w, map, column, out, top = false) {
  const pad = ' '.repeat(column);
  for (const [key, value] of Object.entries(map)) {
    if (value === undefined) continue;
    if (SECTIONS.has(key) && out.length > 1) {
      if (top && w.style.blankLines) out.push('');
      if (chance(w.rng, w.style.comments * 0.5)) out.push(`${pad}# ${SECTION_COMMENTS[key]}`);
    }
    if (Array.isArray(value)) list(w, key, value, column, out);
    else if (value !== null && typeof value === 'object') {
      out.push(`${pad}${key}:`);
      mapping(w, value, column + w.style.indent, out);
    } else if (typeof value === 'string' && PROSE.has(key) && value.length > 40) {
      prose(w, `${pad}${key}:`, value, column + w.style.indent, out);
    } else {
      out.push(withComment(w, `${pad}${key}: ${scalar(w, value, false)}`));
    }
  }
}

function list(w, key, items, column, out) {
  const pad = ' '.repeat(column);
  const short = items.every((item) => typeof item !== 'object' && String(item).length <= 32) && items.join(', ').length <= 70;
  if (short && w.style.flow !== 'block') {
    const inner = items.map((item) => scalar(w, item, true)).join(', ');
    out.push(withComment(w, `${pad}${key}: ${w.style.flow === 'spaced' ? `[ ${inner} ]` : `[${inner}]`}`));
    return;
  }
  out.push(`${pad}${key}:`);
  const dash = w.style.flushLists ? column : column + w.style.indent;
  for (const item of items) {
    if (item !== null && typeof item === 'object') {
      if (key === 'focus_areas' && chance(w.rng, w.style.comments)) out.push(`${' '.repeat(dash)}# ${item.title}`);
      if (key === 'indicator_values' && w.flowMaps) {
        out.push(`${' '.repeat(dash)}- { ${Object.entries(item).map(([k, v]) => `${k}: ${scalar(w, v, true)}`).join(', ')} }`);
        continue;
      }
      const start = out.length;
      mapping(w, item, dash + 2, out);
      out[start] = `${' '.repeat(dash)}- ${(out[start] ?? '').slice(dash + 2)}`;
    } else if (typeof item === 'string' && item.length > 60 && chance(w.rng, 0.3)) {
      prose(w, `${' '.repeat(dash)}-`, item, dash + 2, out);
    } else {
      out.push(withComment(w, `${' '.repeat(dash)}- ${scalar(w, item, false)}`));
    }
  }
}

/** A short value on one line: plain where that reads back as the same string, else quoted. */
function scalar(w, value, inFlow) {
  if (typeof value !== 'string') return String(value);
  const date = DATE.test(value);
  const quote = date ? w.style.dates || w.style.quote : w.style.quote;
  const plain = date ? w.style.dates === '' : !chance(w.rng, w.style.quoteShare);
  return plain && plainReadsBack(value, inFlow) ? value : quoted(value, quote);
}

function quoted(text, quote) {
  return quote === "'" ? `'${text.replaceAll("'", "''")}'` : `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/** Whether `text` written plain reads back as the same string (core schema, block or flow context). */
function plainReadsBack(text, inFlow) {
  if (text === '' || text !== text.trim() || text.includes('\n') || INDICATOR.test(text) || CORE_NOT_STRING.test(text)) return false;
  if (text.includes(': ') || text.includes(' #') || text.endsWith(':')) return false;
  return !(inFlow && /[,[\]{}]/.test(text));
}

/** Prose after `head` (`key:` or `-`), in one of the writer's styles, continued at `column`. */
function prose(w, head, text, column, out) {
  const pad = ' '.repeat(column);
  const style = pick(w.rng, w.style.prose);
  const wrapped = wrap(text, Math.max(30, w.style.lineWidth - column));
  if (style === 'plain' && wrapped.every((line) => plainReadsBack(line, false)) && plainReadsBack(text, false)) {
    out.push(`${head} ${wrapped[0]}`, ...wrapped.slice(1).map((line) => pad + line));
  } else if (style === 'oneline' && plainReadsBack(text, false)) {
    out.push(`${head} ${text}`);
  } else if (style === 'double') {
    const lines = wrap(quoted(text, '"'), Math.max(30, w.style.lineWidth - column));
    out.push(`${head} ${lines[0]}`, ...lines.slice(1).map((line) => pad + line));
  } else if (style === 'single') {
    out.push(`${head} ${quoted(text, "'")}`);
  } else {
    // Folded text reads back as the same words; literal text keeps the breaks it was written with.
    const header = style === 'literal' ? '|' : chance(w.rng, 0.8) ? '>-' : '>';
    out.push(`${head} ${header}`, ...wrapped.map((line) => pad + line));
  }
}

/** Words into lines of at most `width` characters (a longer word gets a line of its own). */
function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}

function withComment(w, line) {
  return chance(w.rng, w.style.comments * 0.08) ? `${line}  ${pick(w.rng, TRAILING)}` : line;
}
