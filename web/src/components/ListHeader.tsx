import type { ReactNode } from 'react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { ButtonLink } from './AppLink.tsx';

interface ListHeaderProps {
  title: string;
  /** Text of the link to the new-record form ("New person"). */
  newLabel: string;
  newTo: string;
  /** Viewers cannot create records, so they do not get the link. */
  canEdit: boolean;
  /** Further actions for editors after the new-record link, such as "Import". */
  children?: ReactNode;
}

/** The title of a list page with the link to add a record beside it. */
export function ListHeader({ title, newLabel, newTo, canEdit, children }: ListHeaderProps) {
  return (
    <div className="kring-page-title">
      <Heading level={1}>{title}</Heading>
      {canEdit ? (
        <div className="kring-page-title__actions">
          <ButtonLink to={newTo} purpose="primary">
            {newLabel}
          </ButtonLink>
          {children}
        </div>
      ) : null}
    </div>
  );
}
