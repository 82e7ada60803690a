import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { Theme } from '../../../api/types.ts';
import { useWorkspace, wsPath } from '../../../auth/workspace-context.ts';
import { AppLink, ButtonLink } from '../../../components/AppLink.tsx';
import { PersonLink } from '../../../components/PersonLink.tsx';
import { SubSection } from '../../../components/SubSection.tsx';
import { useOrganisationOptions } from '../../../lib/use-organisation-options.ts';
import { useFormat } from '../../../i18n/format.ts';
import type { StepProgress } from '../../../method/progress.ts';
import { StepSection } from './StepSection.tsx';

/** Step 1, direction: the theme itself, its kind, status, horizon, owner and the organisations it concerns. */
export function DirectionStep({ theme, progress }: { theme: Theme; progress?: StepProgress }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const { organisations } = useOrganisationOptions(ws.id);
  return (
    <StepSection step="direction" progress={progress}>
      <dl className="kring-details">
        <dt>{t('fields.kind')}</dt>
        <dd>{t(`themeKinds.${theme.kind}`)}</dd>
        <dt>{t('fields.status')}</dt>
        <dd>{t(`themeStatuses.${theme.status}`)}</dd>
        <dt>{t('fields.horizon')}</dt>
        <dd>{theme.horizon ? fmt.date(theme.horizon) : '—'}</dd>
        <dt>{t('themes.owner')}</dt>
        <dd>
          <PersonLink workspaceId={ws.id} id={theme.ownerId} />
        </dd>
        <dt>{t('fields.description')}</dt>
        <dd className="kring-pre-wrap">{theme.description ?? '—'}</dd>
      </dl>
      <SubSection titleId="theme-organisations" title={t('themes.organisations')}>
        {theme.organisationIds.length === 0 ? (
          <Paragraph>{t('themes.noOrganisations')}</Paragraph>
        ) : (
          <ul className="kring-plain-list">
            {theme.organisationIds.map((oid) => (
              <li key={oid}>
                <AppLink to={wsPath(ws.id, `organisations/${oid}`)}>{organisations.find((o) => o.id === oid)?.name ?? oid}</AppLink>
              </li>
            ))}
          </ul>
        )}
      </SubSection>
      {ws.canEdit ? (
        <div className="kring-actions">
          <ButtonLink to={wsPath(ws.id, `themes/${theme.id}/edit`)}>{t('method.editDirection')}</ButtonLink>
        </div>
      ) : null}
    </StepSection>
  );
}
