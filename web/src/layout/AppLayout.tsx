import { useEffect, useRef, useState } from 'react';
import { Outlet, useLocation, useMatch, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { SkipLink } from '@nl-design-system-candidate/skip-link-react';
import { Button } from '@nl-design-system-candidate/button-react';
import { accountsApi } from '../api/accounts.ts';
import { useSession } from '../auth/session.ts';
import { wsPath } from '../auth/workspace-context.ts';
import { AppLink, AppNavLink } from '../components/AppLink.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { GlobalSearch } from './GlobalSearch.tsx';
import { useAppConfig } from './app-config.ts';
import { changeLocale, isLocale, LOCALE_STORAGE_KEY } from '../i18n/index.ts';
import { readStorage } from '../lib/storage.ts';

/**
 * The page frame: skip link, header with navigation and search, the main landmark and the
 * footer. After each client-side navigation focus moves to the main content, as it would
 * after a full page load, and the change is announced by the new page title.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const config = useAppConfig();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const match = useMatch('/w/:workspaceId/*');
  const workspaceId = match?.params.workspaceId;
  const membership = session.data?.memberships.find((m) => m.workspaceId === workspaceId);
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);
  const [menuOpen, setMenuOpen] = useState(false);

  // A language chosen on another device follows the account, unless this device chose one itself.
  const accountLocale = session.data?.user.locale;
  useEffect(() => {
    if (isLocale(accountLocale) && readStorage(LOCALE_STORAGE_KEY) === null) void changeLocale(accountLocale);
  }, [accountLocale]);

  useEffect(() => {
    setMenuOpen(false);
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: false });
    } else mainRef.current?.focus();
  }, [location.pathname]);

  const signOut = async () => {
    await accountsApi.signOut().catch(() => undefined);
    client.clear();
    navigate('/login');
  };

  return (
    <div className="kring-page">
      <SkipLink href="#main">{t('layout.skipToContent')}</SkipLink>
      <header className="kring-header">
        <div className="kring-header__bar">
          <AppLink to={workspaceId && membership ? wsPath(workspaceId) : '/'} className="kring-brand">
            <span className="kring-brand__mark" aria-hidden="true">
              ◯
            </span>{' '}
            {t('app.name')}
            {membership ? <span className="kring-brand__workspace"> · {membership.workspaceName}</span> : null}
          </AppLink>
          <div className="kring-header__tools">
            {session.data ? (
              <nav
                className={menuOpen ? 'kring-nav kring-nav--account kring-nav--account-open' : 'kring-nav kring-nav--account'}
                aria-label={t('layout.accountNav')}
              >
                <ul>
                  <li>
                    <AppNavLink to="/workspaces" end>
                      {t('nav.workspaces')}
                    </AppNavLink>
                  </li>
                  <li>
                    <AppNavLink to="/account">{t('nav.account')}</AppNavLink>
                  </li>
                  <li>
                    <button type="button" className="kring-nav__link kring-nav__button" onClick={() => void signOut()}>
                      {t('nav.signOut')}
                    </button>
                  </li>
                </ul>
              </nav>
            ) : null}
            <LanguageSwitch />
            {session.data ? (
              <Button
                purpose="subtle"
                className="kring-menu-toggle"
                aria-expanded={menuOpen}
                aria-controls="kring-menu"
                onClick={() => setMenuOpen((o) => !o)}
              >
                {t('layout.menu')}
              </Button>
            ) : null}
          </div>
        </div>
        {session.data ? (
          <div id="kring-menu" className={menuOpen ? 'kring-header__menu kring-header__menu--open' : 'kring-header__menu'}>
            {workspaceId && membership ? (
              <nav className="kring-nav" aria-label={t('layout.mainNav')}>
                <ul>
                  <li>
                    <AppNavLink to={wsPath(workspaceId)} end>
                      {t('nav.overview')}
                    </AppNavLink>
                  </li>
                  <li>
                    <AppNavLink to={wsPath(workspaceId, 'agenda')}>{t('nav.agenda')}</AppNavLink>
                  </li>
                  <li>
                    <AppNavLink to={wsPath(workspaceId, 'people')}>{t('nav.people')}</AppNavLink>
                  </li>
                  <li>
                    <AppNavLink to={wsPath(workspaceId, 'organisations')}>{t('nav.organisations')}</AppNavLink>
                  </li>
                  <li>
                    <AppNavLink to={wsPath(workspaceId, 'themes')}>{t('nav.themes')}</AppNavLink>
                  </li>
                  <li>
                    <AppNavLink to={wsPath(workspaceId, 'interactions')}>{t('nav.interactions')}</AppNavLink>
                  </li>
                  <li>
                    <AppNavLink to={wsPath(workspaceId, 'groups')}>{t('nav.groups')}</AppNavLink>
                  </li>
                  <li>
                    <AppNavLink to={wsPath(workspaceId, 'initiatives')}>{t('nav.initiatives')}</AppNavLink>
                  </li>
                  <li>
                    <AppNavLink to={wsPath(workspaceId, 'decisions')}>{t('nav.decisions')}</AppNavLink>
                  </li>
                  <li>
                    <AppNavLink to={wsPath(workspaceId, 'network')}>{t('nav.network')}</AppNavLink>
                  </li>
                  <li>
                    <AppNavLink to={wsPath(workspaceId, 'key-figures')}>{t('nav.keyFigures')}</AppNavLink>
                  </li>
                  {membership.role === 'owner' ? (
                    <li>
                      <AppNavLink to={wsPath(workspaceId, 'members')}>{t('nav.members')}</AppNavLink>
                    </li>
                  ) : null}
                </ul>
              </nav>
            ) : null}
            {workspaceId && membership ? <GlobalSearch workspaceId={workspaceId} /> : null}
          </div>
        ) : null}
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="kring-main">
        <Outlet />
      </main>
      <footer className="kring-footer">
        <ul className="kring-footer__list">
          <li>
            <AppLink to="/toegankelijkheid">{t('layout.accessibility')}</AppLink>
          </li>
          <li>{t('layout.version', { version: config.data?.version ?? '' })}</li>
        </ul>
      </footer>
    </div>
  );
}
