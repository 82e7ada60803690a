import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { knowledgeItemsApi } from '../../api/method.ts';
import { knowledgeItemKinds, type KnowledgeItem, type KnowledgeItemInput } from '../../api/types.ts';
import { useWorkspace } from '../../auth/workspace-context.ts';
import { EditableRecordsPanel } from '../../components/EditableRecordsPanel.tsx';
import { InlineRecordForm } from '../../components/InlineRecordForm.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { useFormat } from '../../i18n/format.ts';
import { fieldBinder } from '../../lib/field-binder.ts';
import { orNull } from '../../lib/form-values.ts';
import { useInlineSave } from '../../lib/use-inline-save.ts';
import { todayIso } from '../../method/progress.ts';

type Fields = { kind: KnowledgeItem['kind']; title: string; url: string; sharedOn: string; description: string };

/** Add or edit a presentation, training or document shared in a group. */
function KnowledgeItemForm({
  groupId,
  item,
  onDone,
  onCancel,
}: {
  groupId: string;
  item?: KnowledgeItem;
  onDone: (m: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const toFields = (k?: KnowledgeItem): Fields => ({
    kind: k?.kind ?? 'presentation',
    title: k?.title ?? '',
    url: k?.url ?? '',
    sharedOn: k?.sharedOn ?? todayIso(),
    description: k?.description ?? '',
  });
  const [fields, setFields] = useState<Fields>(() => toFields(item));
  const labels = useMemo(
    () => ({
      kind: t('fields.kind'),
      title: t('fields.title'),
      url: t('knowledge.url'),
      sharedOn: t('knowledge.sharedOn'),
      description: t('fields.description'),
    }),
    [t],
  );
  const { form, saver, setVersion, submit } = useInlineSave<KnowledgeItem, KnowledgeItemInput>({
    workspaceId: ws.id,
    record: item,
    api: knowledgeItemsApi,
    invalidate: ['knowledge-items'],
    labels,
    onSaved: (_, created) => onDone(created ? t('knowledge.added') : t('knowledge.saved')),
  });
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const bind = fieldBinder(fields, set, labels, form.errors.fields);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    return submit({
      groupId,
      kind: fields.kind,
      title: fields.title.trim(),
      url: orNull(fields.url),
      sharedOn: fields.sharedOn,
      description: orNull(fields.description),
    });
  };
  return (
    <InlineRecordForm<KnowledgeItem, KnowledgeItemInput>
      title={item ? t('knowledge.edit') : t('knowledge.add')}
      level={3}
      errors={form.errors.summary}
      onSubmit={onSubmit}
      onCancel={onCancel}
      saver={saver}
      conflictFields={({ mine, theirs }) => [
        { key: 'title', label: labels.title, mine: mine.title, theirs: theirs.title },
        { key: 'url', label: labels.url, mine: mine.url ?? '', theirs: theirs.url ?? '' },
      ]}
      onTakeTheirs={(current) => {
        setFields(toFields(current));
        setVersion(current.version);
      }}
    >
      <SelectField {...bind('kind')} options={knowledgeItemKinds.map((k) => ({ value: k, label: t(`knowledgeKinds.${k}`) }))} required />
      <TextField {...bind('title')} required autoComplete="off" />
      <TextField {...bind('url')} type="url" description={t('knowledge.urlHint')} />
      <TextField {...bind('sharedOn')} type="date" />
      <TextareaField {...bind('description')} rows={3} />
    </InlineRecordForm>
  );
}

/** What was shared in a group: presentations, trainings and document links, newest first. */
export function KnowledgeItemsPanel({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const items = useQuery({
    queryKey: ['knowledge-items', ws.id, { groupId }],
    queryFn: () => knowledgeItemsApi.list(ws.id, { groupId, limit: 100 }),
  });
  return (
    <EditableRecordsPanel<KnowledgeItem>
      titleId="knowledge-title"
      title={t('knowledge.title')}
      emptyText={t('knowledge.none')}
      addLabel={t('knowledge.add')}
      level={2}
      query={items}
      rowName={(k) => k.title}
      columns={[
        { header: t('knowledge.sharedOn'), cell: (k) => fmt.shortDate(k.sharedOn), nowrap: true },
        { header: t('fields.kind'), cell: (k) => t(`knowledgeKinds.${k.kind}`) },
        {
          header: t('fields.title'),
          cell: (k) =>
            k.url ? (
              <a className="nl-link" href={k.url} rel="noopener noreferrer">
                {k.title}
              </a>
            ) : (
              k.title
            ),
        },
      ]}
      renderForm={(k, done, cancel) => <KnowledgeItemForm groupId={groupId} item={k} onDone={done} onCancel={cancel} />}
    />
  );
}
