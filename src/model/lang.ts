/** The languages samverkan speaks. Swedish is the default everywhere. */
export type Lang = 'sv' | 'en';

export const LANGS: readonly Lang[] = ['sv', 'en'];

export function isLang(value: unknown): value is Lang {
  return value === 'sv' || value === 'en';
}

/** A message in every language; `{name}` placeholders are filled by {@link render}. */
export type Localized = Record<Lang, string>;

/**
 * Values for a message's placeholders. A list (of our own names: allowed fields, kinds) is shown
 * whole, joined by commas; a diagnostic shortens a string, which quotes the user's data.
 */
export type MessageData = Record<string, string | number | readonly string[]>;

/** Fills `{placeholders}`; an unknown placeholder is a bug, so it stays visible. */
export function render(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (!Object.hasOwn(data, key)) return whole;
    const value = data[key];
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}

export function localize(message: Localized, lang: Lang, data?: MessageData): string {
  return render(message[lang], data);
}
