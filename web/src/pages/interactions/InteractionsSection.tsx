import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { interactionsApi } from '../../api/interactions.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { ButtonLink } from '../../components/AppLink.tsx';
import { SubSection } from '../../components/SubSection.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { InteractionsTable } from './InteractionsTable.tsx';

type Filter = { themeId: string } | { personId: string } | { organisationId: string } | { groupId: string };

interface InteractionsSectionProps {
  filter: Filter;
  /** Heading level 2 for a page section, 3 inside a step of the theme page. */
  level?: 2 | 3;
  titleId?: string;
}

/** The latest interactions of a theme, person, organisation or group, with a link to log a new one already linked to it. */
export function InteractionsSection({ filter, level = 2, titleId = 'interactions-title' }: InteractionsSectionProps) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const interactions = useQuery({
    queryKey: ['interactions', ws.id, filter],
    queryFn: () => interactionsApi.list(ws.id, { ...filter, limit: 20 }),
  });
  const prefill = new URLSearchParams(filter as Record<string, string>).toString();
  const body = (
    <>
      <QueryStatus query={interactions}>
        {(page) =>
          page.data.length === 0 ? (
            <Paragraph>{t('interactions.none')}</Paragraph>
          ) : (
            <div className="kring-table-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
              <InteractionsTable workspaceId={ws.id} items={page.data} />
            </div>
          )
        }
      </QueryStatus>
      {ws.canEdit ? (
        <div className="kring-actions">
          <ButtonLink to={`${wsPath(ws.id, 'interactions/new')}?${prefill}`}>{t('interactions.new')}</ButtonLink>
        </div>
      ) : null}
    </>
  );
  return (
    <SubSection titleId={titleId} title={t('interactions.title')} level={level}>
      {body}
    </SubSection>
  );
}
