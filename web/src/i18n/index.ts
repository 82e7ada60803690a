import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from './nl.ts';
import { en } from './en.ts';

export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Where the chosen language is remembered between visits. */
export const LOCALE_STORAGE_KEY = 'kring.locale';

const isLocale = (v: unknown): v is Locale => typeof v === 'string' && (locales as readonly string[]).includes(v);

/** The remembered language, else Dutch: the product speaks Dutch first, whatever the browser says. */
export function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(LOCALE_STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage may be blocked (private mode, policy); Dutch is the default then.
  }
  return 'nl';
}

/** Keeps `<html lang>` and the page direction in step with the language, for screen readers and hyphenation. */
function syncDocument(locale: string): void {
  document.documentElement.lang = locale;
}

/** Starts i18next with both languages bundled (they are small) so switching never waits on the network. */
export async function initI18n(locale: Locale = initialLocale()): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng: locale,
    fallbackLng: 'nl',
    supportedLngs: [...locales],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  syncDocument(locale);
  i18next.on('languageChanged', syncDocument);
  return i18next;
}

/** Switches the language and remembers the choice on this device. */
export async function changeLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not remembered, but the switch itself still works.
  }
  await i18next.changeLanguage(locale);
}

export { isLocale };
