import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { SubjectReference } from './SubjectReference.tsx';

interface SubjectFilterProps {
  workspaceId: string;
  subjectId: string;
  /** The record's kind, once an event about it is loaded (or chosen as a filter). */
  kind: string | undefined;
  onClear: () => void;
}

/** The log narrowed to one record, as a link from elsewhere asks: said in words, with a way back to every record. */
export function SubjectFilter({ workspaceId, subjectId, kind = '', onClear }: SubjectFilterProps) {
  const { t } = useTranslation();
  return (
    <div className="kring-filters__active">
      <Paragraph>
        {kind === 'person' ? t('auditLog.onlyPerson') : t('auditLog.onlyRecord')}{' '}
        <SubjectReference workspaceId={workspaceId} type={kind} id={subjectId} />
      </Paragraph>
      <Button type="button" purpose="secondary" onClick={onClear}>
        {t('auditLog.showAllRecords')}
      </Button>
    </div>
  );
}
