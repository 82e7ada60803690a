import { useTranslation } from 'react-i18next';
import type { Person } from '../../api/types.ts';
import { useWorkspace } from '../../auth/workspace-context.ts';
import { AffiliationList } from '../../components/AffiliationList.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { TagList } from '../../components/TagList.tsx';
import { useFormat } from '../../i18n/format.ts';

/** The person's own record as a description list: every field, with a dash where nothing is held. */
export function OwnDataSection({ person }: { person: Person }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const orDash = (value: string | null) => value || '—';
  return (
    <PageSection titleId="report-own-title" title={t('personalData.ownData')}>
      <dl className="kring-details">
        <dt>{t('fields.name')}</dt>
        <dd>{person.name}</dd>
        <dt>{t('fields.jobTitle')}</dt>
        <dd>{orDash(person.jobTitle)}</dd>
        <dt>{t('fields.email')}</dt>
        <dd>{orDash(person.email)}</dd>
        <dt>{t('fields.phone')}</dt>
        <dd>{orDash(person.phone)}</dd>
        <dt>{t('fields.tags')}</dt>
        <dd>{person.tags.length ? <TagList tags={person.tags} /> : '—'}</dd>
        <dt>{t('affiliations.title')}</dt>
        <dd>
          {person.affiliations.length ? <AffiliationList workspaceId={ws.id} affiliations={person.affiliations} /> : t('affiliations.none')}
        </dd>
        <dt>{t('fields.source')}</dt>
        <dd>{orDash(person.source)}</dd>
        <dt>{t('fields.informedOn')}</dt>
        <dd>{person.informedOn ? fmt.date(person.informedOn) : t('people.notInformed')}</dd>
        <dt>{t('fields.lastContactOn')}</dt>
        <dd>{person.lastContactOn ? fmt.date(person.lastContactOn) : '—'}</dd>
        <dt>{t('fields.createdAt')}</dt>
        <dd>{fmt.dateTime(person.createdAt)}</dd>
        <dt>{t('fields.updatedAt')}</dt>
        <dd>{fmt.dateTime(person.updatedAt)}</dd>
      </dl>
    </PageSection>
  );
}
