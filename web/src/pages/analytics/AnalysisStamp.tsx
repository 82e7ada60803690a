import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useFormat } from '../../i18n/format.ts';

/** When the analysis was computed, and whether a newer one is on its way. */
export function AnalysisStamp({ computedAt, stale }: { computedAt: string; stale: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Paragraph className="kring-muted" role="status">
      {stale ? t('analytics.stale', { when: fmt.dateTime(computedAt) }) : t('analytics.computed', { when: fmt.dateTime(computedAt) })}
    </Paragraph>
  );
}
