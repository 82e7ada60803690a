import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { ImportedPerson, ImportResult } from '../../api/imports.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { SubSection } from '../../components/SubSection.tsx';
import { useFormat } from '../../i18n/format.ts';

/** What an import will do (a dry run) or did: the counts, every person with its outcome, new organisations, ignored columns. */
export function ImportPreview({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const written = !result.dryRun;
  const { peopleCreated, peopleSkipped, organisationsCreated } = result.counts;
  const count = (n: number) => ({ count: n, n: fmt.number(n) });
  const newOrganisations = result.organisations.filter((o) => o.outcome === 'create');
  return (
    <PageSection titleId="import-preview-title" title={written ? t('imports.resultTitle') : t('imports.previewTitle')}>
      <UnorderedList>
        <UnorderedListItem>
          {written ? t('imports.created', count(peopleCreated)) : t('imports.willCreate', count(peopleCreated))}
        </UnorderedListItem>
        <UnorderedListItem>
          {written ? t('imports.skipped', count(peopleSkipped)) : t('imports.willSkip', count(peopleSkipped))}
        </UnorderedListItem>
        <UnorderedListItem>
          {written
            ? t('imports.createdOrganisations', count(organisationsCreated))
            : t('imports.willCreateOrganisations', count(organisationsCreated))}
        </UnorderedListItem>
      </UnorderedList>
      <div className="kring-table-scroll" role="region" aria-labelledby="import-people-caption" tabIndex={0}>
        <Table>
          <TableCaption id="import-people-caption">{t('imports.peopleCaption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('imports.line')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('fields.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('fields.jobTitle')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('fields.email')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('imports.organisation')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('imports.outcome')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {result.people.map((person) => (
              <ImportedPersonRow key={person.line} person={person} written={written} />
            ))}
          </TableBody>
        </Table>
      </div>
      {newOrganisations.length > 0 ? (
        <SubSection titleId="import-organisations-title" title={t('imports.newOrganisationsTitle')}>
          <Paragraph>{written ? t('imports.createdOrganisationsIntro') : t('imports.newOrganisationsIntro')}</Paragraph>
          <UnorderedList>
            {newOrganisations.map((organisation) => (
              <UnorderedListItem key={organisation.name}>{organisation.name}</UnorderedListItem>
            ))}
          </UnorderedList>
        </SubSection>
      ) : null}
      {result.ignoredColumns.length > 0 ? (
        <SubSection titleId="import-ignored-title" title={t('imports.ignoredTitle')}>
          <Paragraph>{t('imports.ignoredIntro')}</Paragraph>
          <UnorderedList>
            {result.ignoredColumns.map((column) => (
              <UnorderedListItem key={column}>{column}</UnorderedListItem>
            ))}
          </UnorderedList>
        </SubSection>
      ) : null}
    </PageSection>
  );
}

const reasons = new Set(['email_exists', 'name_exists', 'duplicate_in_file']);

/** One person of the file; once written, the name links to the new person, and a skip links to the one already there. */
function ImportedPersonRow({ person, written }: { person: ImportedPerson; written: boolean }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const personLink = (id: string, text: string) => <AppLink to={wsPath(ws.id, `people/${encodeURIComponent(id)}`)}>{text}</AppLink>;
  const skipped = t('imports.outcomeSkip');
  const outcome =
    person.outcome === 'create'
      ? t(written ? 'imports.outcomeCreated' : 'imports.outcomeCreate')
      : person.reason && reasons.has(person.reason)
        ? t('imports.reasonWithOutcome', { outcome: skipped, reason: t(`imports.reasons.${person.reason}`) })
        : skipped;
  return (
    <TableRow>
      <TableCell>{person.line}</TableCell>
      <TableHeaderCell scope="row">{person.id ? personLink(person.id, person.name) : person.name}</TableHeaderCell>
      <TableCell>{person.jobTitle}</TableCell>
      <TableCell>{person.email}</TableCell>
      <TableCell>{[person.organisation, person.role].filter(Boolean).join(' – ')}</TableCell>
      <TableCell>
        {outcome}
        {person.existing ? <> ({personLink(person.existing.id, t('imports.existing'))})</> : null}
      </TableCell>
    </TableRow>
  );
}
