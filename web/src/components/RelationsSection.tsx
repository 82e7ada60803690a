import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { relationsApi } from '../api/network.ts';
import type { PartyType, Relation } from '../api/types.ts';
import { useWorkspace } from '../auth/workspace-context.ts';
import { recordPath } from '../lib/record-path.ts';
import { orNull } from '../lib/form-values.ts';
import { useApiForm } from '../lib/use-api-form.ts';
import { useRelationTypes } from '../lib/use-relation-types.ts';
import { fieldId } from '../lib/form-errors.ts';
import { useFormat } from '../i18n/format.ts';
import { AppLink } from './AppLink.tsx';
import { PartyCombobox } from './PartyCombobox.tsx';
import { SelectField } from './SelectField.tsx';
import { TextField } from './TextField.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { FormActions } from './FormActions.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { RemoveButton } from './RemoveButton.tsx';
import { QueryStatus, StatusMessage } from './QueryStatus.tsx';
import { PageSection } from './PageSection.tsx';

interface RelationsSectionProps {
  partyId: string;
  partyName: string;
}

/** The relations of a person or organisation, with a form to add one by typing the other party's name. */
export function RelationsSection({ partyId, partyName }: RelationsSectionProps) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const client = useQueryClient();
  const key = ['relations', ws.id, partyId];
  const relations = useQuery({ queryKey: key, queryFn: () => relationsApi.list(ws.id, { partyId, limit: 200 }) });
  const types = useRelationTypes(ws.id);
  const [other, setOther] = useState<{ id: string; title: string; type: PartyType } | null>(null);
  const [type, setType] = useState('knows');
  const [strength, setStrength] = useState('3');
  const [since, setSince] = useState('');
  const [status, setStatus] = useState('');
  const [removing, setRemoving] = useState<Relation | null>(null);
  const [formKey, setFormKey] = useState(0);
  const form = useApiForm({
    to: t('relations.other'),
    type: t('relations.type'),
    strength: t('relations.strength'),
    since: t('fields.since'),
  });

  const add = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    if (!other) return form.setClientErrors({ to: t('relations.chooseOther') });
    await form.run(async () => {
      await relationsApi.create(ws.id, {
        from: partyId,
        to: other.id,
        type,
        strength: Number(strength),
        since: orNull(since),
        until: null,
        note: null,
      });
      setStatus(t('relations.added', { name: other.title }));
      setOther(null);
      setSince('');
      setFormKey((k) => k + 1);
      await client.invalidateQueries({ queryKey: key });
      await client.invalidateQueries({ queryKey: ['graph', ws.id] });
    });
  };

  const remove = async () => {
    if (!removing) return;
    await relationsApi.remove(ws.id, removing.id);
    setStatus(t('relations.removed'));
    setRemoving(null);
    await client.invalidateQueries({ queryKey: key });
  };

  const otherSide = (r: Relation) =>
    r.from === partyId
      ? { id: r.to, type: r.toType, name: r.toName, outgoing: true }
      : { id: r.from, type: r.fromType, name: r.fromName, outgoing: false };

  return (
    <PageSection titleId="relations-title" title={t('relations.title')}>
      <StatusMessage>{status}</StatusMessage>
      <QueryStatus query={relations}>
        {(page) =>
          page.data.length === 0 ? (
            <Paragraph>{t('relations.none')}</Paragraph>
          ) : (
            <div className="kring-table-scroll" role="region" aria-labelledby="relations-title" tabIndex={0}>
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('relations.other')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('relations.type')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('relations.strength')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('relations.period')}</TableHeaderCell>
                    {ws.canEdit ? (
                      <TableHeaderCell scope="col">
                        <span className="kring-visually-hidden">{t('actions.actions')}</span>
                      </TableHeaderCell>
                    ) : null}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {[...page.data]
                    .sort((a, b) => fmt.compare(otherSide(a).name, otherSide(b).name))
                    .map((r) => {
                      const o = otherSide(r);
                      return (
                        <TableRow key={r.id}>
                          <TableCell>
                            <AppLink to={recordPath(ws.id, o.type, o.id)}>{o.name}</AppLink>
                          </TableCell>
                          <TableCell>
                            {types.label(r.type)}
                            {r.directed ? (
                              <span className="kring-muted"> ({o.outgoing ? t('relations.outgoing') : t('relations.incoming')})</span>
                            ) : null}
                          </TableCell>
                          <TableCell>{t('relations.strengthValue', { n: r.strength })}</TableCell>
                          <TableCell>{[fmt.date(r.since), fmt.date(r.until)].filter(Boolean).join(' – ')}</TableCell>
                          {ws.canEdit ? (
                            <TableCell>
                              <RemoveButton
                                label={t('actions.remove')}
                                what={t('relations.with', { name: o.name })}
                                onClick={() => setRemoving(r)}
                              />
                            </TableCell>
                          ) : null}
                        </TableRow>
                      );
                    })}
                </TableBody>
              </Table>
            </div>
          )
        }
      </QueryStatus>
      {ws.canEdit ? (
        <>
          <Heading level={3}>{t('relations.add')}</Heading>
          <ErrorSummary items={form.errors.summary} />
          <form onSubmit={add} noValidate className="kring-form kring-form--inline" key={formKey}>
            <PartyCombobox
              id={fieldId('to')}
              workspaceId={ws.id}
              types={['person', 'organisation']}
              excludeIds={[partyId]}
              label={t('relations.other')}
              description={t('relations.otherHint', { name: partyName })}
              required
              error={form.errors.fields.to}
              onSelect={(hit) => setOther({ id: hit.id, title: hit.title, type: hit.type as PartyType })}
            />
            <SelectField
              name="type"
              label={t('relations.type')}
              value={type}
              options={types.options}
              onChange={setType}
              error={form.errors.fields.type}
            />
            <SelectField
              name="strength"
              label={t('relations.strength')}
              value={strength}
              options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`relations.strengths.${n as 1 | 2 | 3 | 4 | 5}`) }))}
              onChange={setStrength}
              error={form.errors.fields.strength}
            />
            <TextField
              name="since"
              type="date"
              label={t('fields.since')}
              value={since}
              onChange={setSince}
              error={form.errors.fields.since}
            />
            <FormActions submitLabel={t('relations.addSubmit')} busy={form.busy} />
          </form>
        </>
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={t('relations.removeTitle')}
        confirmLabel={t('actions.remove')}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      >
        {removing ? t('relations.removeText', { a: removing.fromName, b: removing.toName }) : ''}
      </ConfirmDialog>
    </PageSection>
  );
}
