import { useTranslation } from 'react-i18next';
import type { StepState, ThemeProgress } from '../../method/progress.ts';

const icons: Record<StepState, string> = { complete: '✓', in_progress: '◐', not_started: '○', attention: '!' };

/** The five steps of a theme in one line: the step number and an icon, each named in full for screen readers. */
export function StepStrip({ progress }: { progress: ThemeProgress }) {
  const { t } = useTranslation();
  return (
    <ol className="kring-step-strip">
      {progress.steps.map((step, i) => {
        const name = `${t('method.stepNumber', { n: i + 1 })} ${t(`method.steps.${step.key}.title`)}: ${t(`method.stepStates.${step.state}`)}`;
        return (
          <li key={step.key} className={`kring-step-strip__step kring-state--${step.state}`} title={name}>
            <span aria-hidden="true">
              {i + 1}
              {icons[step.state]}
            </span>
            <span className="kring-visually-hidden">{name}</span>
          </li>
        );
      })}
    </ol>
  );
}
