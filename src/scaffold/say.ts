import { localize, type Lang, type MessageData } from '../model/lang.js';

/** `t('svensk text', 'English text', data)` in one language: how the templates write their comments. */
export type Say = (sv: string, en: string, data?: MessageData) => string;

export function sayIn(lang: Lang): Say {
  return (sv, en, data) => localize({ sv, en }, lang, data);
}
