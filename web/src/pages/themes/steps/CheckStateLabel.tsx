import { useTranslation } from 'react-i18next';
import type { CheckState, StepState } from '../../../method/progress.ts';

const icons: Record<CheckState | StepState, string> = {
  done: '✓',
  complete: '✓',
  partial: '◐',
  in_progress: '◐',
  missing: '○',
  not_started: '○',
  stale: '!',
  attention: '!',
};

/** A state as an icon and a word, so colour is never the only thing that tells it. */
export function CheckStateLabel({ state, kind }: { state: CheckState | StepState; kind: 'check' | 'step' }) {
  const { t } = useTranslation();
  const text = kind === 'check' ? t(`method.checkStates.${state as CheckState}`) : t(`method.stepStates.${state as StepState}`);
  return (
    <span className={`kring-state kring-state--${state}`}>
      <span aria-hidden="true" className="kring-state__icon">
        {icons[state]}
      </span>{' '}
      {text}
    </span>
  );
}
