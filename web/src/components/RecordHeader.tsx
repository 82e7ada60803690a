import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { ButtonLink } from './AppLink.tsx';
import { DeleteRecordButton } from './DeleteRecordButton.tsx';

interface RecordHeaderProps {
  title: string;
  /** A line under the title (kind, job title); left out when empty. */
  lead?: string | null;
  /** Where the edit form is. */
  editTo: string;
  /** Deletes the record and leaves the page; asked for confirmation first. */
  onDelete: () => Promise<void>;
  /** Viewers see neither edit nor delete. */
  canEdit: boolean;
  /** Further actions, placed between edit and delete. */
  children?: ReactNode;
}

/** The title of a record page with its actions: edit, any others, and delete last. */
export function RecordHeader({ title, lead, editTo, onDelete, canEdit, children }: RecordHeaderProps) {
  const { t } = useTranslation();
  return (
    <div className="kring-page-title">
      <div>
        <Heading level={1}>{title}</Heading>
        {lead ? <Paragraph purpose="lead">{lead}</Paragraph> : null}
      </div>
      <div className="kring-actions">
        {canEdit ? (
          <ButtonLink to={editTo} purpose="primary">
            {t('actions.edit')}
          </ButtonLink>
        ) : null}
        {children}
        {canEdit ? <DeleteRecordButton name={title} onDelete={onDelete} /> : null}
      </div>
    </div>
  );
}
