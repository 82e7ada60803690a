import type { Person } from '../api/types.ts';
import { wsPath } from '../auth/workspace-context.ts';
import { useFormat } from '../i18n/format.ts';
import { AppLink } from './AppLink.tsx';

/** A person's organisations, each with the role and, when known, the period. */
export function AffiliationList({ workspaceId, affiliations }: { workspaceId: string; affiliations: Person['affiliations'] }) {
  const fmt = useFormat();
  return (
    <ul className="kring-plain-list">
      {affiliations.map((a) => (
        <li key={a.id}>
          <AppLink to={wsPath(workspaceId, `organisations/${a.organisationId}`)}>{a.organisationName}</AppLink>
          {a.role ? ` – ${a.role}` : ''}
          {a.since || a.until ? (
            <span className="kring-muted"> ({[fmt.date(a.since), fmt.date(a.until)].filter(Boolean).join(' – ')})</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
