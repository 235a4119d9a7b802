/**
 * Renders the report's view model with Handlebars templates: the bundled ones in `templates/`,
 * each replaced by a user's template of the same name. User templates are data, not code: they run
 * in an isolated environment (Handlebars.create()) that has only our helpers, with Handlebars'
 * prototype protections at their defaults, so `{{constructor.constructor}}` finds nothing to call.
 */
import Handlebars from 'handlebars';
import { UserError } from '../../errors.js';
import type { TemplateSources } from '../../load/templates.js';
import { localize } from '../../model/lang.js';
import { visible } from '../../model/visible-text.js';
import { HTML_HELPER_NAMES, registerHtmlHelpers } from './html-helpers.js';
import { notePlace, templateError } from './template-errors.js';
import { HELPER_NAMES, RENDER_BUDGET, registerHelpers, spend, withRenderBudget } from './template-helpers.js';
import type { ReportView } from './view-model.js';

export type ReportFormat = 'md' | 'html';

export interface ReportTemplates {
  bundled: TemplateSources;
  /** The repository's own templates; a name here replaces the bundled one. */
  user: TemplateSources;
  /** The user templates' folder relative to the root, for messages. Default: `templates`. */
  userFolder?: string;
}

type Compiled = Handlebars.TemplateDelegate<unknown>;

const COMPILE_OPTIONS: CompileOptions = {
  // A field the data lacks is an error, not an empty cell (the helpers check their arguments).
  strict: true,
  // Only our helpers and Handlebars' block helpers: a template cannot call anything else.
  knownHelpersOnly: true,
  knownHelpers: { ...Object.fromEntries([...HELPER_NAMES, ...HTML_HELPER_NAMES].map((name) => [name, true])), log: false },
  // Gives helpers the paths of their arguments, so an error can name the missing field.
  trackIds: true,
};

/** trackIds is a documented compile option that @types of handlebars leave out. */
type CompileOptions = NonNullable<Parameters<typeof Handlebars.compile>[1]> & { trackIds?: boolean };

let environment: typeof Handlebars | undefined;
/** Compiled templates by source text: each is compiled once per process, whatever its name. */
const compiled = new Map<string, Compiled>();

function env(): typeof Handlebars {
  if (environment === undefined) {
    environment = Handlebars.create();
    registerHelpers(environment);
    registerHtmlHelpers(environment);
  }
  return environment;
}

function compile(source: string): Compiled {
  let template = compiled.get(source);
  if (template === undefined) {
    const hb = env();
    // compile() is lazy; parsing now reports a syntax error before anything renders, also in a
    // partial this report never calls. compile() takes the tree, so the template is parsed once:
    // it applies the whitespace control that parseWithoutProcessing leaves out, as it would to
    // the text.
    template = hb.compile(hb.parseWithoutProcessing(source), COMPILE_OPTIONS);
    compiled.set(source, template);
  }
  return template;
}

/** A template that notes its own name on any error thrown through it (see template-errors.ts). */
function named(name: string, template: Compiled): Compiled {
  return (context, options) => {
    try {
      spend(1, undefined);
      return template(context, options);
    } catch (error) {
      notePlace(error, name);
      throw error;
    }
  };
}

/**
 * The report as text. The entry template is `report.<format>`; every `partials/<name>.<format>`
 * is the partial `<name>`.
 * @param budget Steps the render may take (template-helpers.ts); default {@link RENDER_BUDGET}.
 * @throws UserError naming the template file and line for a syntax error, a field the data does
 * not have, a helper used wrongly, or more work than the budget allows.
 */
export function renderReport(view: ReportView, format: ReportFormat, templates: ReportTemplates, budget = RENDER_BUDGET): string {
  const entry = `report.${format}`;
  const userFolder = templates.userFolder ?? 'templates';
  const file = (name: string): string =>
    templates.user.has(name) ? `${userFolder}/${name}.hbs` : `${localize({ sv: 'inbyggd mall', en: 'bundled template' }, view.lang)} templates/${name}.hbs`;
  const sources = new Map([...templates.bundled, ...templates.user]);
  const source = sources.get(entry);
  if (source === undefined) {
    throw new UserError(
      localize({ sv: 'Mallen {name} finns inte.', en: 'The template {name} does not exist.' }, view.lang, { name: `${entry}.hbs` }),
    );
  }
  const suffix = `.${format}`;
  const partials: Record<string, Compiled> = {};
  let current = entry;
  try {
    for (const [name, text] of sources) {
      if (!name.startsWith('partials/') || !name.endsWith(suffix)) continue;
      current = name;
      partials[name.slice('partials/'.length, -suffix.length)] = named(name, compile(text));
    }
    current = entry;
    // Control characters from the repository would reach a terminal when the report goes to stdout.
    return visible(withRenderBudget(budget, () => named(entry, compile(source))(view, { partials })), true);
  } catch (error) {
    throw templateError(error, current, file, view.lang);
  }
}
