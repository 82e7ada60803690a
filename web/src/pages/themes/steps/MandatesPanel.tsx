import { useTranslation } from 'react-i18next';
import type { Mandate, Page } from '../../../api/types.ts';
import { useWorkspace } from '../../../auth/workspace-context.ts';
import { EditableRecordsPanel } from '../../../components/EditableRecordsPanel.tsx';
import { PersonLink } from '../../../components/PersonLink.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { todayIso } from '../../../method/progress.ts';
import { MandateForm } from './MandateForm.tsx';

type Query = { isPending: boolean; error: unknown; data: Page<Mandate> | undefined };

/** Step 2: the mandate history of a theme, newest first, with a form to add or edit one. */
export function MandatesPanel({ themeId, query }: { themeId: string; query: Query }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const today = todayIso();
  return (
    <EditableRecordsPanel<Mandate>
      titleId="mandates-title"
      title={t('mandates.title')}
      emptyText={t('mandates.none')}
      addLabel={t('mandates.add')}
      query={query}
      rowName={(m) => m.role}
      columns={[
        { header: t('mandates.role'), cell: (m) => m.role },
        { header: t('mandates.client'), cell: (m) => <PersonLink workspaceId={ws.id} id={m.clientId} /> },
        { header: t('mandates.holder'), cell: (m) => <PersonLink workspaceId={ws.id} id={m.holderId} /> },
        { header: t('fields.status'), cell: (m) => t(`mandateStatuses.${m.status}`) },
        { header: t('mandates.grantedOn'), cell: (m) => fmt.shortDate(m.grantedOn), nowrap: true },
        {
          header: t('mandates.reviewOn'),
          nowrap: true,
          cell: (m) => (
            <>
              {fmt.shortDate(m.reviewOn)}
              {m.status === 'granted' && m.reviewOn && m.reviewOn < today ? <strong> · {t('mandates.reviewDue')}</strong> : null}
            </>
          ),
        },
      ]}
      renderForm={(m, done, cancel) => <MandateForm themeId={themeId} mandate={m} onDone={done} onCancel={cancel} />}
    />
  );
}
