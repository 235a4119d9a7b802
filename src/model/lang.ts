/** The languages samverkan speaks. Swedish is the default everywhere. */
export type Lang = 'sv' | 'en';

export const LANGS: readonly Lang[] = ['sv', 'en'];

export function isLang(value: unknown): value is Lang {
  return value === 'sv' || value === 'en';
}

/** A message in every language; `{name}` placeholders are filled by {@link render}. */
export type Localized = Record<Lang, string>;

export type MessageData = Record<string, string | number>;

/** Fills `{placeholders}`; an unknown placeholder is a bug, so it stays visible. */
export function render(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(data, key) ? String(data[key]) : whole,
  );
}

export function localize(message: Localized, lang: Lang, data?: MessageData): string {
  return render(message[lang], data);
}
