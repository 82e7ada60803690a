import { useTranslation } from 'react-i18next';
import { changeLocale, locales, type Locale } from '../i18n/index.ts';
import { accountsApi } from '../api/accounts.ts';
import { useSession } from '../auth/session.ts';

const names: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };

/**
 * Switches between Dutch and English. Each language is named in itself and marked with its
 * own lang attribute, so a screen reader pronounces it right (WCAG 3.1.2).
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const current = i18n.language as Locale;
  const choose = async (locale: Locale) => {
    await changeLocale(locale);
    // Remember it on the account too, so it follows the user to another device; failure is harmless.
    if (session.data) accountsApi.updateMe({ locale }).catch(() => undefined);
  };
  return (
    <nav className="kring-language" aria-label={t('language.label')}>
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            <button
              type="button"
              lang={locale}
              className="kring-language__button"
              aria-pressed={current === locale}
              onClick={() => void choose(locale)}
            >
              {names[locale]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
