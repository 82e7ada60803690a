import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { stepKeys, type StepKey, type StepProgress } from '../../../method/progress.ts';
import { CheckStateLabel } from './CheckStateLabel.tsx';

/** One step of the method on the theme page: its number and name, the question it answers, its state, and its parts. */
export function StepSection({ step, progress, children }: { step: StepKey; progress?: StepProgress; children: ReactNode }) {
  const { t } = useTranslation();
  const titleId = `step-${step}-title`;
  return (
    <section id={`step-${step}`} aria-labelledby={titleId} className="kring-section kring-step-section">
      <Heading level={2} id={titleId}>
        {t('method.stepNumber', { n: stepKeys.indexOf(step) + 1 })} {t(`method.steps.${step}.title`)}
      </Heading>
      <Paragraph className="kring-muted">
        {t(`method.steps.${step}.question`)}
        {progress ? (
          <>
            {' '}
            <CheckStateLabel state={progress.state} kind="step" />
          </>
        ) : null}
      </Paragraph>
      {children}
    </section>
  );
}
