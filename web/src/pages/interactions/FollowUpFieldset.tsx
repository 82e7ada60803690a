import { useTranslation } from 'react-i18next';
import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { Button } from '@nl-design-system-candidate/button-react';
import { RemoveButton } from '../../components/RemoveButton.tsx';
import { TextField } from '../../components/TextField.tsx';

/** A follow-up action typed while logging an interaction; it is created, owned by the user, once the interaction is saved. */
export interface FollowUpRow {
  key: number;
  title: string;
  dueOn: string;
}

/** The follow-up actions of a new interaction: what to do and by when, as many rows as needed. */
export function FollowUpFieldset({ rows, onChange }: { rows: FollowUpRow[]; onChange: (rows: FollowUpRow[]) => void }) {
  const { t } = useTranslation();
  const update = (key: number, change: Partial<FollowUpRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  return (
    <Fieldset className="kring-fieldset">
      <FieldsetLegend>{t('actionItems.title')}</FieldsetLegend>
      {rows.map((row, i) => (
        <div key={row.key} className="kring-repeat-row">
          <TextField
            name={`followUps.${i}.title`}
            label={t('actionItems.whatNumbered', { n: i + 1 })}
            value={row.title}
            onChange={(title) => update(row.key, { title })}
            autoComplete="off"
          />
          <TextField
            name={`followUps.${i}.dueOn`}
            type="date"
            label={t('actionItems.dueOnNumbered', { n: i + 1 })}
            value={row.dueOn}
            onChange={(dueOn) => update(row.key, { dueOn })}
          />
          <RemoveButton
            label={t('actions.remove')}
            what={t('actionItems.whatNumbered', { n: i + 1 })}
            onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
          />
        </div>
      ))}
      <Button
        purpose="secondary"
        onClick={() => onChange([...rows, { key: Math.max(0, ...rows.map((r) => r.key)) + 1, title: '', dueOn: '' }])}
      >
        {t('actionItems.addRow')}
      </Button>
    </Fieldset>
  );
}
