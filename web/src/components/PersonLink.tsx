import { useQuery } from '@tanstack/react-query';
import { peopleApi } from '../api/network.ts';
import { wsPath } from '../auth/workspace-context.ts';
import { AppLink } from './AppLink.tsx';

/** A link to a person by id, showing their name once read (shared with every other use of the same person). */
export function PersonLink({ workspaceId, id }: { workspaceId: string; id: string | null }) {
  const person = useQuery({ queryKey: ['person', workspaceId, id], queryFn: () => peopleApi.get(workspaceId, id ?? ''), enabled: !!id });
  if (!id) return <>—</>;
  return <AppLink to={wsPath(workspaceId, `people/${id}`)}>{person.data?.data.name ?? '…'}</AppLink>;
}

/** The name of a person by id, for form fields that show the chosen person. */
export function usePersonName(workspaceId: string, id: string | null | undefined): string | undefined {
  const person = useQuery({ queryKey: ['person', workspaceId, id], queryFn: () => peopleApi.get(workspaceId, id ?? ''), enabled: !!id });
  return person.data?.data.name;
}
