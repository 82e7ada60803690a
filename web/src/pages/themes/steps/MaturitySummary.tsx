import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { Theme } from '../../../api/types.ts';
import { useFormat } from '../../../i18n/format.ts';
import { daysBefore, latestBy, STALE_AFTER_DAYS, todayIso } from '../../../method/progress.ts';

/** How many of the theme's organisations have a maturity assessment, and how many of those are over a year old. */
export function MaturitySummary({
  theme,
  assessments,
}: {
  theme: Theme;
  assessments: ReadonlyArray<{ organisationId: string; assessedOn: string }>;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const latest = latestBy(
    assessments.filter((a) => theme.organisationIds.includes(a.organisationId)),
    (a) => a.organisationId,
    (a) => a.assessedOn,
  );
  const cutoff = daysBefore(todayIso(), STALE_AFTER_DAYS);
  const stale = [...latest.values()].filter((d) => d < cutoff).length;
  return (
    <Paragraph>
      {t('maturitySummary.assessed', { n: fmt.number(latest.size), total: fmt.number(theme.organisationIds.length) })}
      {stale > 0 ? ` ${t('maturitySummary.stale', { count: stale })}` : ''}
    </Paragraph>
  );
}
