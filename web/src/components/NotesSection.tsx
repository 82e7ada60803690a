import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Fieldset, FieldsetLegend, FormField, FormLabel, RadioButton } from '@utrecht/component-library-react';
import { notesApi } from '../api/network.ts';
import type { Note, NoteVisibility } from '../api/types.ts';
import { useWorkspace } from '../auth/workspace-context.ts';
import { useSession } from '../auth/session.ts';
import { useApiForm } from '../lib/use-api-form.ts';
import { useFormat } from '../i18n/format.ts';
import { TextareaField } from './TextareaField.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { FormActions } from './FormActions.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { QueryStatus, StatusMessage } from './QueryStatus.tsx';
import { PageSection } from './PageSection.tsx';

/** Notes on a record: private ones only their author sees, shared ones the whole workspace. */
export function NotesSection({ subjectType, subjectId }: { subjectType: Note['subjectType']; subjectId: string }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const session = useSession();
  const client = useQueryClient();
  const key = ['notes', ws.id, subjectId];
  const notes = useQuery({ queryKey: key, queryFn: () => notesApi.list(ws.id, { subjectId, limit: 200 }) });
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<NoteVisibility>('private');
  const [status, setStatus] = useState('');
  const [removing, setRemoving] = useState<Note | null>(null);
  const form = useApiForm({ body: t('notes.body'), visibility: t('notes.visibility') });

  const add = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    await form.run(async () => {
      await notesApi.create(ws.id, { subjectType, subjectId, visibility, body: body.trim() });
      setBody('');
      setStatus(t('notes.added'));
      await client.invalidateQueries({ queryKey: key });
    });
  };

  const remove = async () => {
    if (!removing) return;
    await notesApi.remove(ws.id, removing.id);
    setRemoving(null);
    setStatus(t('notes.removed'));
    await client.invalidateQueries({ queryKey: key });
  };

  return (
    <PageSection titleId="notes-title" title={t('notes.title')}>
      <StatusMessage>{status}</StatusMessage>
      <QueryStatus query={notes}>
        {(page) =>
          page.data.length === 0 ? (
            <Paragraph>{t('notes.none')}</Paragraph>
          ) : (
            <ul className="kring-notes">
              {page.data.map((note) => (
                <li key={note.id} className="kring-note">
                  <p className="kring-note__meta">
                    {note.authorName} · {fmt.dateTime(note.createdAt)} ·{' '}
                    <span className={`kring-note__visibility kring-note__visibility--${note.visibility}`}>
                      {t(`notes.visibilities.${note.visibility}`)}
                    </span>
                  </p>
                  <p className="kring-note__body">{note.body}</p>
                  {note.authorId === session.data?.user.id ? (
                    <Button purpose="subtle" hint="negative" onClick={() => setRemoving(note)}>
                      {t('notes.remove')}
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          )
        }
      </QueryStatus>
      {ws.canEdit ? (
        <>
          <Heading level={3}>{t('notes.add')}</Heading>
          <ErrorSummary items={form.errors.summary} />
          <form onSubmit={add} noValidate className="kring-form">
            <TextareaField name="body" label={t('notes.body')} value={body} onChange={setBody} error={form.errors.fields.body} required />
            <Fieldset className="kring-fieldset kring-fieldset--plain">
              <FieldsetLegend>{t('notes.visibility')}</FieldsetLegend>
              {(['private', 'workspace'] as const).map((v) => (
                <FormField type="radio" key={v}>
                  <RadioButton
                    id={`note-visibility-${v}`}
                    name="visibility"
                    value={v}
                    checked={visibility === v}
                    onChange={() => setVisibility(v)}
                  />
                  <FormLabel htmlFor={`note-visibility-${v}`} type="radio" checked={visibility === v}>
                    {t(`notes.visibilityOptions.${v}`)}
                  </FormLabel>
                </FormField>
              ))}
            </Fieldset>
            <FormActions submitLabel={t('notes.addSubmit')} busy={form.busy} />
          </form>
        </>
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={t('notes.removeTitle')}
        confirmLabel={t('actions.remove')}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      >
        {t('notes.removeText')}
      </ConfirmDialog>
    </PageSection>
  );
}
