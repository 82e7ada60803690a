import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { organisationsApi } from '../../api/network.ts';
import type { Decision, Page } from '../../api/types.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { EditableRecordsPanel } from '../../components/EditableRecordsPanel.tsx';
import { useFormat } from '../../i18n/format.ts';
import { DecisionForm } from './DecisionForm.tsx';

type Query = { isPending: boolean; error: unknown; data: Page<Decision> | undefined };

/** The name of an organisation by id, linked to its page. */
export function BodyLink({ workspaceId, id }: { workspaceId: string; id: string | null }) {
  const body = useQuery({
    queryKey: ['organisation', workspaceId, id],
    queryFn: () => organisationsApi.get(workspaceId, id ?? ''),
    enabled: !!id,
  });
  if (!id) return <>—</>;
  return <AppLink to={wsPath(workspaceId, `organisations/${id}`)}>{body.data?.data.name ?? '…'}</AppLink>;
}

/** Step 5: what was decided on a theme, by which body, when and for how much. */
export function DecisionsPanel({ themeId, query }: { themeId: string; query: Query }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const euros = new Intl.NumberFormat(fmt.locale, { style: 'currency', currency: 'EUR' });
  return (
    <EditableRecordsPanel<Decision>
      titleId="decisions-title"
      title={t('decisions.title')}
      emptyText={t('decisions.none')}
      addLabel={t('decisions.add')}
      query={query}
      rowName={(d) => d.title}
      columns={[
        { header: t('decisions.date'), cell: (d) => fmt.shortDate(d.date), nowrap: true },
        { header: t('fields.title'), cell: (d) => d.title },
        { header: t('decisions.body'), cell: (d) => <BodyLink workspaceId={ws.id} id={d.bodyId} /> },
        { header: t('decisions.outcome'), cell: (d) => t(`decisionOutcomes.${d.outcome}`) },
        { header: t('decisions.amount'), cell: (d) => (d.amountCents === null ? '' : euros.format(d.amountCents / 100)), nowrap: true },
        { header: t('decisions.informedBy'), cell: (d) => (d.interactionIds.length > 0 ? String(d.interactionIds.length) : '') },
      ]}
      renderForm={(d, done, cancel) => <DecisionForm themeId={themeId} decision={d} onDone={done} onCancel={cancel} />}
    />
  );
}
