import { wsPath } from '../auth/workspace-context.ts';
import { useThemeOptions } from '../lib/use-theme-options.ts';
import { AppLink } from './AppLink.tsx';

/** Themes by id as a comma-separated list of links, or a dash when there are none. */
export function ThemeLinks({ workspaceId, ids }: { workspaceId: string; ids: readonly string[] }) {
  const themes = useThemeOptions(workspaceId);
  if (ids.length === 0) return <>—</>;
  return (
    <>
      {ids.map((id, n) => (
        <span key={id}>
          {n > 0 ? ', ' : ''}
          <AppLink to={wsPath(workspaceId, `themes/${id}`)}>{themes.titleOf(id) ?? id}</AppLink>
        </span>
      ))}
    </>
  );
}
