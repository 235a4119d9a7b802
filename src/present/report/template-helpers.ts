/**
 * The helpers report templates may call, registered once in the report's own Handlebars
 * environment. Every helper checks its arguments: in Handlebars' strict mode a missing field in a
 * helper's argument is not an error of its own (only `{{missing}}` is), so the helpers and the
 * guarded block helpers throw {@link TemplateFailure} for an argument that is undefined, which
 * the view model never holds. Nothing here reaches the file system, the process or a prototype.
 */
import type Handlebars from 'handlebars';
import { isLang, type Lang } from '../../model/lang.js';
import { escapeMarkdown } from '../escape-markdown.js';
import { formatDate, formatNumber } from './format-helpers.js';
import { lookupLabel } from './report-labels.js';
import { indicatorChart, type ChartPoint } from './svg-chart.js';

/** The helpers of ours a template may call, besides Handlebars' if, unless, each, with and lookup. */
export const HELPER_NAMES = ['md', 'date', 'number', 'label', 'chart', 'eq'] as const;

/**
 * A template used a field the data does not have, gave a helper an argument it cannot use, or
 * did more work than any report needs ({@link RENDER_BUDGET}).
 */
export class TemplateFailure extends Error {
  constructor(
    readonly reason: 'missing-field' | 'missing-value' | 'bad-argument' | 'too-much-work',
    /** The field's path as written in the template, or the helper's name. */
    readonly subject: string,
    /** 1-based line in the template that called the helper. */
    readonly line: number | undefined,
  ) {
    super(`${reason}: ${subject}${line === undefined ? '' : ` (line ${line})`}`);
    this.name = 'TemplateFailure';
  }
}

/**
 * Steps one render may take: a helper call, a block's body, a partial, and one more for each KiB
 * a body returns. A report for all 290 kommuner takes about {@link NATIONAL_REPORT_STEPS}; six
 * nested `{{#each}}` over a list of 60 would take 47 billion and never end. Counting steps instead
 * of timing them gives the same answer on every machine.
 */
export const RENDER_BUDGET = 5_000_000;

/**
 * What `report --year 2024` takes over the bench's national repository (4 931 files): 192 652
 * steps for Markdown, 112 484 for HTML. The budget leaves 25 times that.
 */
export const NATIONAL_REPORT_STEPS = 200_000;

/** The running render's budget and what is left of it; renders are synchronous, so one serves. */
let budget = { limit: Number.POSITIVE_INFINITY, left: Number.POSITIVE_INFINITY };

/** Runs one render with a budget of `limit` steps. */
export function withRenderBudget<T>(limit: number, render: () => T): T {
  const outer = budget;
  budget = { limit, left: limit };
  try {
    return render();
  } finally {
    budget = outer;
  }
}

/** Takes `steps` from the running render's budget, or stops it where the template is. */
export function spend(steps: number, line: number | undefined): void {
  budget.left -= steps;
  if (budget.left < 0) throw new TemplateFailure('too-much-work', String(budget.limit), line);
}

type Block = (this: unknown, ...args: unknown[]) => unknown;

/** A block's body (or its {{else}}) that spends a step each time it runs, and one per KiB it gives. */
function counted(body: unknown, line: number | undefined): unknown {
  if (typeof body !== 'function') return body;
  const run = body as Block;
  return Object.assign(function (this: unknown, ...args: unknown[]) {
    spend(1, line);
    const out = run.apply(this, args);
    if (typeof out === 'string') spend(out.length >> 10, line);
    return out;
  }, run);
}

/** What Handlebars passes a helper last; `ids` is there because the templates compile with trackIds. */
interface CallOptions {
  loc?: { start?: { line?: number } };
  ids?: unknown[];
  data?: { root?: unknown };
}

function callOptions(args: readonly unknown[]): CallOptions {
  const last = args.at(-1);
  return typeof last === 'object' && last !== null ? last : {};
}

function lineOf(options: CallOptions): number | undefined {
  return options.loc?.start?.line;
}

/** The output language: the view's own `lang`, whatever context a block helper has moved to. */
function langOf(options: CallOptions): Lang {
  const root = options.data?.root;
  const lang = typeof root === 'object' && root !== null && 'lang' in root ? root.lang : undefined;
  return isLang(lang) ? lang : 'sv';
}

/** Throws for an argument that is undefined: a field the data does not have. */
function present(value: unknown, index: number, helper: string, options: CallOptions): void {
  if (value !== undefined) return;
  const id = options.ids?.[index];
  // A path has its text in ids; a subexpression such as (lookup x "y") has none.
  throw typeof id === 'string' ? new TemplateFailure('missing-field', id, lineOf(options)) : new TemplateFailure('missing-value', helper, lineOf(options));
}

type Helper = (this: unknown, ...args: unknown[]) => unknown;

export function registerHelpers(hb: typeof Handlebars): void {
  const helper = (name: string, arity: number, body: (args: unknown[], options: CallOptions) => unknown): void => {
    const fn: Helper = (...all) => {
      const options = callOptions(all);
      spend(1, lineOf(options));
      const args = all.slice(0, -1);
      if (args.length !== arity) throw new TemplateFailure('bad-argument', name, lineOf(options));
      args.forEach((value, i) => present(value, i, name, options));
      return body(args, options);
    };
    hb.registerHelper(name, fn);
  };
  const bad = (name: string, options: CallOptions): never => {
    throw new TemplateFailure('bad-argument', name, lineOf(options));
  };

  // Markdown: escaped user text, marked safe so that Handlebars' HTML escaping, which is wrong
  // for Markdown, does not turn quotes into entities on top. null (no data) prints nothing.
  helper('md', 1, ([value], options) => {
    if (value === null) return '';
    if (typeof value !== 'string' && typeof value !== 'number') return bad('md', options);
    return new hb.SafeString(escapeMarkdown(String(value)));
  });
  helper('date', 1, ([value], options) => {
    if (value === null) return '';
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return bad('date', options);
    try {
      return formatDate(value, langOf(options));
    } catch {
      return bad('date', options);
    }
  });
  helper('number', 1, ([value], options) => {
    if (value === null) return '';
    if (typeof value !== 'number' || !Number.isFinite(value)) return bad('number', options);
    return formatNumber(value, langOf(options));
  });
  helper('label', 2, ([kind, key], options) => lookupLabel(kind, key, langOf(options)) ?? bad('label', options));
  helper('eq', 2, ([a, b]) => a === b);
  // The SVG is built from the view's own fields by svg-chart.ts, which escapes the text in it.
  helper('chart', 1, ([indicator], options) => {
    const chart = chartInput(indicator, langOf(options));
    return chart === undefined ? bad('chart', options) : new hb.SafeString(indicatorChart(chart));
  });

  // Handlebars' block helpers stay, guarded like ours: `{{#if caseNumbr}}` would else be false.
  // Each run of a body is counted; blockHelperMissing runs `{{#list}}…{{/list}}` over a field.
  for (const name of ['if', 'unless', 'with', 'each', 'blockHelperMissing']) {
    const builtin = hb.helpers[name] as Helper;
    const guarded: Helper = function (this: unknown, ...all) {
      const options = callOptions(all) as CallOptions & { fn?: unknown; inverse?: unknown };
      const line = lineOf(options);
      if (name !== 'blockHelperMissing') present(all[0], 0, name, options);
      spend(1, line);
      const counting = { ...options, fn: counted(options.fn, line), inverse: counted(options.inverse, line) };
      return builtin.apply(this, [...all.slice(0, -1), counting]);
    };
    hb.registerHelper(name, guarded);
  }
  // `log` writes to the console, that is to the report's own stdout: a template may not.
  hb.unregisterHelper('log');
}

/** The chart of an indicator of the view model, or undefined for a value that is not one. */
export function chartInput(value: unknown, lang: Lang): Parameters<typeof indicatorChart>[0] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const values = v.values;
  if (typeof v.name !== 'string' || typeof v.unit !== 'string' || typeof v.anchor !== 'string' || !Array.isArray(values)) return undefined;
  if (v.betterKey !== 'lower' && v.betterKey !== 'higher') return undefined;
  const points = values.flatMap((p: unknown) => {
    const point = chartPoint(p);
    return point === undefined ? [] : [point];
  });
  return {
    title: v.name,
    unit: v.unit,
    better: v.betterKey,
    points,
    baseline: chartPoint(v.baseline),
    target: chartPoint(v.target),
    lang,
    id: `chart-${v.anchor}`,
  };
}

/** A value of the view model (`year`, `number`, formatted `value`) as a chart point; else undefined. */
function chartPoint(p: unknown): ChartPoint | undefined {
  if (typeof p !== 'object' || p === null) return undefined;
  const point = p as Record<string, unknown>;
  return typeof point.year === 'number' && typeof point.number === 'number' && typeof point.value === 'string'
    ? { year: point.year, value: point.number, label: point.value }
    : undefined;
}
