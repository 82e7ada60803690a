import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { contactCadencesApi } from '../../api/interactions.ts';
import { ApiError } from '../../api/problem.ts';
import { useWorkspace } from '../../auth/workspace-context.ts';
import { PageSection } from '../../components/PageSection.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { TextField } from '../../components/TextField.tsx';

/** The signed-in member's own wish to speak to this person every so many days (personal, shown on the start page when due). */
export function ContactCadenceSection({ personId, name }: { personId: string; name: string }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const client = useQueryClient();
  const key = ['contact-cadences', ws.id, personId];
  const cadences = useQuery({ queryKey: key, queryFn: () => contactCadencesApi.list(ws.id, { personId, limit: 1 }) });
  const [days, setDays] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');

  async function save(event: FormEvent, current: { id: string; version: number } | undefined) {
    event.preventDefault();
    const everyDays = Number(days);
    if (!Number.isInteger(everyDays) || everyDays < 1 || everyDays > 3650) {
      setError(t('cadence.invalid'));
      return;
    }
    setError(undefined);
    try {
      if (current) await contactCadencesApi.update(ws.id, current.id, { everyDays }, current.version);
      else await contactCadencesApi.create(ws.id, { personId, everyDays });
      setStatus(t('cadence.saved', { name, count: everyDays }));
      setDays('');
      await client.invalidateQueries({ queryKey: key });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : String(caught));
    }
  }

  async function remove(current: { id: string }) {
    await contactCadencesApi.remove(ws.id, current.id);
    setStatus(t('cadence.removed', { name }));
    await client.invalidateQueries({ queryKey: key });
  }

  return (
    <PageSection titleId="cadence-title" title={t('cadence.title')}>
      <QueryStatus query={cadences}>
        {(page) => {
          const current = page.data[0];
          return (
            <>
              <Paragraph>{current ? t('cadence.current', { name, count: current.everyDays }) : t('cadence.none', { name })}</Paragraph>
              {ws.canEdit ? (
                <form onSubmit={(event) => void save(event, current)} noValidate>
                  <TextField
                    name="everyDays"
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={3650}
                    label={t('cadence.everyDays')}
                    value={days}
                    onChange={setDays}
                    error={error}
                  />
                  <div className="kring-actions">
                    <Button type="submit" purpose="secondary">
                      {current ? t('cadence.change') : t('cadence.set')}
                    </Button>
                    {current ? (
                      <Button type="button" purpose="subtle" onClick={() => void remove(current)}>
                        {t('cadence.remove')}
                      </Button>
                    ) : null}
                  </div>
                </form>
              ) : null}
              <p role="status" className="kring-visually-hidden">
                {status}
              </p>
            </>
          );
        }}
      </QueryStatus>
    </PageSection>
  );
}
