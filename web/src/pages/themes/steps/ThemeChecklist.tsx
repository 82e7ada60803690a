import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { PageSection } from '../../../components/PageSection.tsx';
import type { ThemeProgress } from '../../../method/progress.ts';
import { CheckStateLabel } from './CheckStateLabel.tsx';

/** The five steps as a checklist: how far the theme is, and per step what is filled in, missing or stale. */
export function ThemeChecklist({ progress }: { progress: ThemeProgress }) {
  const { t } = useTranslation();
  return (
    <PageSection titleId="checklist-title" title={t('method.checklist')}>
      <Paragraph id="checklist-summary">{t('method.doneOf', { done: progress.done, total: progress.total })}</Paragraph>
      <progress className="kring-progress" max={progress.total} value={progress.done} aria-labelledby="checklist-summary" />
      <ol className="kring-steps">
        {progress.steps.map((step, i) => (
          <li key={step.key} className={`kring-steps__step kring-steps__step--${step.state}`}>
            <a href={`#step-${step.key}`} className="nl-link kring-steps__title">
              {t('method.stepNumber', { n: i + 1 })} {t(`method.steps.${step.key}.title`)}
            </a>{' '}
            <CheckStateLabel state={step.state} kind="step" />
            <ul className="kring-plain-list kring-steps__checks">
              {step.checks.map((check) => (
                <li key={check.key}>
                  {t(`method.checks.${check.key}`)}
                  {check.count !== undefined && check.count > 0 ? ` (${check.count})` : ''}:{' '}
                  <CheckStateLabel state={check.state} kind="check" />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </PageSection>
  );
}
