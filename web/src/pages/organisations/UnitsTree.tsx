import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../api/types.ts';
import { wsPath } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { useFormat } from '../../i18n/format.ts';

/**
 * The units of an organisation as nested lists built from the flat `units` answer. Nested
 * lists of links are announced with their level by screen readers and need no extra keys.
 */
export function UnitsTree({ workspaceId, rootId, units }: { workspaceId: string; rootId: string; units: Organisation[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const children = new Map<string, Organisation[]>();
  for (const u of units) {
    const parent = u.parentId ?? rootId;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const render = (parentId: string, seen: Set<string>) => {
    const list = (children.get(parentId) ?? []).filter((u) => !seen.has(u.id)).sort((a, b) => fmt.compare(a.name, b.name));
    if (list.length === 0) return null;
    return (
      <ul className="kring-tree">
        {list.map((u) => (
          <li key={u.id}>
            <AppLink to={wsPath(workspaceId, `organisations/${u.id}`)}>{u.name}</AppLink>{' '}
            <span className="kring-muted">({t(`organisationKinds.${u.kind}`)})</span>
            {render(u.id, new Set([...seen, u.id]))}
          </li>
        ))}
      </ul>
    );
  };
  return render(rootId, new Set([rootId]));
}
