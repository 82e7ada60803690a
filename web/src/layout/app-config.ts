import { useQuery } from '@tanstack/react-query';
import { accountsApi } from '../api/accounts.ts';

/** The default theme; a municipality can set its own class with KRING_THEME_CLASS on the server. */
export const DEFAULT_THEME_CLASS = 'voorbeeld-theme';

/** Server settings the client needs: the theme class, the version and whether a demo can be loaded. */
export function useAppConfig() {
  return useQuery({ queryKey: ['config'], queryFn: accountsApi.config, staleTime: Infinity, retry: 1 });
}

/**
 * Puts the configured theme class on <html> so its tokens cascade everywhere, and loads the
 * server's theme stylesheet when it has one. The default class stays as a base, so a
 * municipality's theme only needs to override the tokens it changes.
 */
export function applyTheme(config: { themeClass: string; themeStylesheet: string | null }): void {
  if (/^[a-z][a-z0-9-]*$/.test(config.themeClass)) document.documentElement.classList.add(DEFAULT_THEME_CLASS, config.themeClass);
  if (config.themeStylesheet && !document.querySelector('link[data-kring-theme]')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = config.themeStylesheet;
    link.dataset.kringTheme = '';
    document.head.append(link);
  }
}
