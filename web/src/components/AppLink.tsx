import { Link as RouterLink, NavLink, type LinkProps, type NavLinkProps } from 'react-router';

/** A client-side link with the NL Design System link style. */
export function AppLink({ className, ...props }: LinkProps) {
  return <RouterLink {...props} className={['nl-link', className].filter(Boolean).join(' ')} />;
}

/** A client-side link styled as a button, for navigation that reads as an action ("New person"). */
export function ButtonLink({ className, purpose = 'secondary', ...props }: LinkProps & { purpose?: 'primary' | 'secondary' }) {
  return (
    <RouterLink {...props} className={['nl-button', `nl-button--${purpose}`, 'kring-button-link', className].filter(Boolean).join(' ')} />
  );
}

/** A navigation link that marks the current page with aria-current. */
export function AppNavLink({ className, ...props }: NavLinkProps & { className?: string }) {
  return <NavLink {...props} className={['kring-nav__link', className].filter(Boolean).join(' ')} />;
}
