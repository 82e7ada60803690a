import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Button } from '@nl-design-system-candidate/button-react';
import type { SummaryItem } from '../lib/form-errors.ts';
import type { ConflictSaver } from '../lib/use-conflict-save.ts';
import type { ConflictField } from './ConflictDialog.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { FormActions } from './FormActions.tsx';
import { RecordConflictDialog } from './RecordConflictDialog.tsx';

interface InlineRecordFormProps<R extends { version: number }, I> {
  title: string;
  /** The title's heading level: 4 inside a step of a page, 2 when the form is a section of its own. */
  level?: 2 | 3 | 4;
  errors: SummaryItem[];
  onSubmit: (e: FormEvent) => void;
  onCancel: () => void;
  saver: ConflictSaver<R, I>;
  /** The fields the conflict dialog compares, when a save met someone else's change. */
  conflictFields: (conflict: { mine: I; theirs: R }) => ConflictField[];
  onTakeTheirs: (current: R) => void;
  children: ReactNode;
}

/** The frame of a small form inside a page: its title, the error summary, save and cancel, and the conflict dialog. */
export function InlineRecordForm<R extends { version: number }, I>(props: InlineRecordFormProps<R, I>) {
  const { t } = useTranslation();
  return (
    <div className="kring-inline-editor">
      <Heading level={props.level ?? 4}>{props.title}</Heading>
      <ErrorSummary items={props.errors} />
      <form onSubmit={props.onSubmit} noValidate className="kring-form">
        {props.children}
        <FormActions submitLabel={t('actions.save')} busy={props.saver.busy}>
          <Button purpose="secondary" onClick={props.onCancel}>
            {t('actions.cancel')}
          </Button>
        </FormActions>
      </form>
      <RecordConflictDialog
        saver={props.saver}
        fields={props.saver.conflict ? props.conflictFields(props.saver.conflict) : []}
        onTakeTheirs={props.onTakeTheirs}
      />
    </div>
  );
}
