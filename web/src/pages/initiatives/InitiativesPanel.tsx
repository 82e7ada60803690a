import { useTranslation } from 'react-i18next';
import type { Initiative, Page } from '../../api/types.ts';
import { EditableRecordsPanel } from '../../components/EditableRecordsPanel.tsx';
import { useFormat } from '../../i18n/format.ts';
import { InitiativeForm } from './InitiativeForm.tsx';

type Query = { isPending: boolean; error: unknown; data: Page<Initiative> | undefined };

/** Initiatives (of a theme, or all of them): kind, status and period, each editable in place. */
export function InitiativesPanel({ themeId, query, level }: { themeId?: string; query: Query; level?: 2 | 3 }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <EditableRecordsPanel<Initiative>
      titleId="initiatives-title"
      title={t('initiatives.title')}
      emptyText={t('initiatives.none')}
      addLabel={t('initiatives.add')}
      level={level}
      query={query}
      rowName={(i) => i.title}
      columns={[
        { header: t('fields.title'), cell: (i) => i.title },
        { header: t('fields.kind'), cell: (i) => t(`initiativeKinds.${i.kind}`) },
        { header: t('fields.status'), cell: (i) => t(`initiativeStatuses.${i.status}`) },
        {
          header: t('initiatives.period'),
          cell: (i) => [fmt.shortDate(i.startOn), fmt.shortDate(i.endOn)].filter(Boolean).join(' – '),
          nowrap: true,
        },
        { header: t('initiatives.outcome'), cell: (i) => i.outcome ?? '' },
      ]}
      renderForm={(i, done, cancel) => (
        <InitiativeForm themeId={themeId} initiative={i} level={level === 2 ? 3 : 4} onDone={done} onCancel={cancel} />
      )}
    />
  );
}
