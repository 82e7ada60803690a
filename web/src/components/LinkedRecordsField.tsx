import { useTranslation } from 'react-i18next';
import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { SearchType } from '../api/types.ts';
import { fieldId } from '../lib/form-errors.ts';
import { PartyCombobox } from './PartyCombobox.tsx';
import { RemoveButton } from './RemoveButton.tsx';

interface LinkedRecordsFieldProps {
  /** The form field, e.g. `organisationIds`; errors and the summary link point at its combobox. */
  name: string;
  workspaceId: string;
  legend: string;
  addLabel: string;
  emptyText: string;
  types: SearchType[];
  ids: readonly string[];
  nameOf: (id: string) => string;
  onAdd: (hit: { id: string; title: string }) => void;
  onRemove: (id: string) => void;
  error?: string;
}

/** A list of linked records (organisations, themes, people) with a remove button each and a combobox to add one. */
export function LinkedRecordsField(props: LinkedRecordsFieldProps) {
  const { t } = useTranslation();
  return (
    <Fieldset className="kring-fieldset">
      <FieldsetLegend>{props.legend}</FieldsetLegend>
      {props.ids.length === 0 ? <Paragraph>{props.emptyText}</Paragraph> : null}
      <ul className="kring-plain-list">
        {props.ids.map((id) => (
          <li key={id} className="kring-removable">
            {props.nameOf(id)} <RemoveButton label={t('actions.remove')} what={props.nameOf(id)} onClick={() => props.onRemove(id)} />
          </li>
        ))}
      </ul>
      <PartyCombobox
        id={fieldId(props.name)}
        workspaceId={props.workspaceId}
        types={props.types}
        excludeIds={[...props.ids]}
        label={props.addLabel}
        clearOnSelect
        error={props.error}
        onSelect={props.onAdd}
      />
    </Fieldset>
  );
}
