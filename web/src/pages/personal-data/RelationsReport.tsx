import { useTranslation } from 'react-i18next';
import type { PersonalData, Relation } from '../../api/types.ts';
import { useWorkspace } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { useFormat } from '../../i18n/format.ts';
import { recordPath } from '../../lib/record-path.ts';
import { useRelationTypes } from '../../lib/use-relation-types.ts';
import { ReportTableSection } from './ReportTableSection.tsx';

/** Every relation with the person at either end: with whom, what kind, which way, how strong, when and why. */
export function RelationsReport({ report }: { report: PersonalData }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const types = useRelationTypes(ws.id);
  const { person } = report;
  const outgoing = (r: Relation) => r.from === person.id;
  return (
    <ReportTableSection
      report={report}
      part="relations"
      columns={[
        {
          header: t('relations.other'),
          cell: (r) =>
            outgoing(r) ? (
              <AppLink to={recordPath(ws.id, r.toType, r.to)}>{r.toName}</AppLink>
            ) : (
              <AppLink to={recordPath(ws.id, r.fromType, r.from)}>{r.fromName}</AppLink>
            ),
        },
        { header: t('relations.type'), cell: (r) => types.label(r.type) },
        {
          header: t('personalData.direction'),
          cell: (r) => (r.directed ? t(outgoing(r) ? 'relations.outgoing' : 'relations.incoming') : t('personalData.mutual')),
        },
        { header: t('relations.strength'), cell: (r) => t('relations.strengthValue', { n: r.strength }), nowrap: true },
        { header: t('fields.since'), cell: (r) => fmt.shortDate(r.since), nowrap: true },
        { header: t('fields.until'), cell: (r) => fmt.shortDate(r.until), nowrap: true },
        { header: t('personalData.note'), cell: (r) => r.note ?? '', preWrap: true },
      ]}
    />
  );
}
