import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@utrecht/component-library-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { describeApiError } from '../lib/form-errors.ts';

/** "Loading…" announced politely to screen readers. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Paragraph role="status" className="kring-loading">
      {label ?? t('status.loading')}
    </Paragraph>
  );
}

/** A failure of a read, in the chosen language. */
export function LoadError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Alert type="error" role="alert">
      <Paragraph>{describeApiError(error, t)}</Paragraph>
    </Alert>
  );
}

/** Renders loading, error or the content of a query. */
export function QueryStatus<T>({
  query,
  children,
}: {
  query: { isPending: boolean; error: unknown; data: T | undefined };
  children: (data: T) => ReactNode;
}) {
  if (query.error) return <LoadError error={query.error} />;
  if (query.isPending || query.data === undefined) return <Loading />;
  return <>{children(query.data)}</>;
}

/** A short confirmation after an action ("Saved"), announced without moving focus. */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="kring-status">
      {children ? (
        // The wrapper is the live region; the alert inside must not be a second one.
        <Alert type="ok" role="none">
          <Paragraph>{children}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
