import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@nl-design-system-candidate/button-react';
import { interactionsApi } from '../../api/interactions.ts';
import type { Interaction } from '../../api/types.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { PartyCombobox } from '../../components/PartyCombobox.tsx';
import { TextField } from '../../components/TextField.tsx';
import { describeApiError } from '../../lib/form-errors.ts';
import { todayIso } from '../../method/progress.ts';
import { sessionInput, type Invitee } from './session-plan.ts';

interface SessionPlannerProps {
  themeId: string;
  themeTitle: string;
  proposed: Invitee[];
}

/**
 * Plans an informative session from the circle: the proposed invite list to adjust, a title
 * and a date; creates the interaction with everyone invited and links to it, where
 * attendance and outcome are recorded.
 */
export function SessionPlanner({ themeId, themeTitle, proposed }: SessionPlannerProps) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const client = useQueryClient();
  const [invitees, setInvitees] = useState<Invitee[]>(proposed);
  const [chosen, setChosen] = useState(() => new Set(proposed.map((i) => i.personId)));
  const [title, setTitle] = useState(t('circle.sessionTitleDefault', { theme: themeTitle }));
  const [date, setDate] = useState(todayIso());
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<Interaction | null>(null);
  const toggle = (id: string, on: boolean) =>
    setChosen((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ids = invitees.filter((i) => chosen.has(i.personId)).map((i) => i.personId);
    if (ids.length === 0) return setError(t('circle.noInvitees'));
    setBusy(true);
    setError('');
    try {
      const interaction = await interactionsApi.create(ws.id, sessionInput(themeId, title, date, ids));
      await client.invalidateQueries({ queryKey: ['interactions', ws.id] });
      setCreated(interaction);
    } catch (e) {
      setError(describeApiError(e, t));
    } finally {
      setBusy(false);
    }
  };
  if (!ws.canEdit) return <Paragraph>{t('circle.viewerOnly')}</Paragraph>;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Fieldset className="kring-fieldset">
        <FieldsetLegend>{t('circle.invitees')}</FieldsetLegend>
        {invitees.map((i) => (
          <CheckboxField
            key={i.personId}
            name={`invitee-${i.personId}`}
            label={`${i.name} (${t(i.reason === 'missed' ? 'circle.reasonMissed' : i.reason === 'plan' ? 'circle.reasonPlan' : 'circle.reasonAdded')})`}
            checked={chosen.has(i.personId)}
            onChange={(on) => toggle(i.personId, on)}
          />
        ))}
      </Fieldset>
      <PartyCombobox
        id="session-add-invitee"
        workspaceId={ws.id}
        types={['person']}
        label={t('circle.addInvitee')}
        clearOnSelect
        excludeIds={invitees.map((i) => i.personId)}
        onSelect={(hit) => {
          setInvitees((old) => [...old, { personId: hit.id, name: hit.title, reason: 'added' }]);
          toggle(hit.id, true);
        }}
      />
      <TextField name="session-title" label={t('circle.sessionTitle')} value={title} onChange={setTitle} required />
      <TextField name="session-date" type="date" label={t('circle.sessionDate')} value={date} onChange={setDate} required />
      {error ? (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      ) : null}
      <div role="status">
        {created ? (
          <Alert type="ok" role="none">
            <Paragraph>{t('circle.created', { count: created.participants.length })}</Paragraph>
            <Paragraph>
              <AppLink to={wsPath(ws.id, `interactions/${created.id}`)}>{t('circle.openSession')}</AppLink>
            </Paragraph>
          </Alert>
        ) : null}
      </div>
      <Button type="submit" purpose="primary" busy={busy}>
        {t('circle.create')}
      </Button>
    </form>
  );
}
