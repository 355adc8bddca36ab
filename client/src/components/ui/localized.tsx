import { t } from '../../lib/i18n.ts';
import { getLocale, type Locale } from '../../lib/locale-store.ts';
import './localized.css';

export interface PickedText {
  text: string;
  /** For the element's `lang` attribute: set only where the text's language differs from the page's. */
  lang: Locale | undefined;
  /** Korean was asked for, the data has none: the English is shown and should be marked. */
  untranslated: boolean;
}

const attr = (lang: Locale): Locale | undefined => (lang === getLocale() ? undefined : lang);

/** A content field in the reader's language: the Korean version when asked for and present, else the English. */
export function pickText(en: string, ko: string | null | undefined): PickedText {
  if (getLocale() === 'ko' && ko) return { text: ko, lang: attr('ko'), untranslated: false };
  return { text: en, lang: attr('en'), untranslated: getLocale() === 'ko' };
}

/** The version in the other language, for a secondary line under a title; null when there is none. */
export function otherText(en: string, ko: string | null | undefined): PickedText | null {
  if (!ko) return null;
  return getLocale() === 'ko'
    ? { text: en, lang: attr('en'), untranslated: false }
    : { text: ko, lang: attr('ko'), untranslated: false };
}

/** The small "영문" tag beside English text shown on a Korean page, so readers know it is untranslated. */
export function UntranslatedMark() {
  return (
    <span className="untranslated-mark" lang={getLocale()}>
      {t('content.untranslated')}
      <span className="visually-hidden">: {t('content.untranslatedNote')}</span>
    </span>
  );
}
