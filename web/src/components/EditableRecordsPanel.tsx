import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { Page } from '../api/types.ts';
import { useWorkspace } from '../auth/workspace-context.ts';
import { QueryStatus, StatusMessage } from './QueryStatus.tsx';
import { SubSection } from './SubSection.tsx';

/** One column of the panel's table. */
export interface PanelColumn<R> {
  header: string;
  cell: (record: R) => ReactNode;
  nowrap?: boolean;
}

interface EditableRecordsPanelProps<R extends { id: string }> {
  titleId: string;
  title: string;
  emptyText: string;
  addLabel: string;
  query: { isPending: boolean; error: unknown; data: Page<R> | undefined };
  columns: PanelColumn<R>[];
  /** Names the row for the edit button's accessible name. */
  rowName: (record: R) => string;
  /** The add or edit form; `record` is undefined for a new one. */
  renderForm: (record: R | undefined, done: (message: string) => void, cancel: () => void) => ReactNode;
  level?: 2 | 3;
  /** Further content under the table, such as links. */
  children?: ReactNode;
}

/**
 * A titled table of records with an edit button per row and an add button under it; the
 * form opens in place, and after a save a status message says what happened.
 */
export function EditableRecordsPanel<R extends { id: string }>(props: EditableRecordsPanelProps<R>) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const [editing, setEditing] = useState<R | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const done = (message: string) => {
    setEditing(null);
    setStatus(message);
  };
  return (
    <SubSection titleId={props.titleId} title={props.title} level={props.level}>
      <StatusMessage>{status}</StatusMessage>
      <QueryStatus query={props.query}>
        {(page) =>
          page.data.length === 0 ? (
            <Paragraph>{props.emptyText}</Paragraph>
          ) : (
            <div className="kring-table-scroll" role="region" aria-labelledby={props.titleId} tabIndex={0}>
              <Table>
                <TableHeader>
                  <TableRow>
                    {props.columns.map((c) => (
                      <TableHeaderCell key={c.header} scope="col">
                        {c.header}
                      </TableHeaderCell>
                    ))}
                    {ws.canEdit ? (
                      <TableHeaderCell scope="col">
                        <span className="kring-visually-hidden">{t('actions.actions')}</span>
                      </TableHeaderCell>
                    ) : null}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {page.data.map((record) => (
                    <TableRow key={record.id}>
                      {props.columns.map((c) => (
                        <TableCell key={c.header} className={c.nowrap ? 'kring-nowrap' : undefined}>
                          {c.cell(record)}
                        </TableCell>
                      ))}
                      {ws.canEdit ? (
                        <TableCell>
                          <Button purpose="subtle" onClick={() => setEditing(record)}>
                            {t('actions.edit')}
                            <span className="kring-visually-hidden"> {props.rowName(record)}</span>
                          </Button>
                        </TableCell>
                      ) : null}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )
        }
      </QueryStatus>
      {props.children}
      {ws.canEdit && editing === null ? (
        <div className="kring-actions">
          <Button purpose="secondary" onClick={() => setEditing('new')}>
            {props.addLabel}
          </Button>
        </div>
      ) : null}
      {editing !== null ? (
        <div key={editing === 'new' ? 'new' : editing.id}>
          {props.renderForm(editing === 'new' ? undefined : editing, done, () => setEditing(null))}
        </div>
      ) : null}
    </SubSection>
  );
}
