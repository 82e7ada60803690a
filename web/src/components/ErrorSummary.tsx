import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@utrecht/component-library-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { fieldId, type SummaryItem } from '../lib/form-errors.ts';

interface ErrorSummaryProps {
  items: SummaryItem[];
  /** The heading, where "check the following fields" does not fit (problems in an uploaded file). */
  title?: string;
}

/**
 * The list of problems after a failed submit. It takes focus so keyboard and screen-reader
 * users land on it, and each item links to the field it is about (WCAG 3.3.1).
 */
export function ErrorSummary({ items, title }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // Focus follows a new set of problems, not a re-translation of the same ones after a language switch.
  const signature = items.length === 0 ? '' : `${items.length}:${items.map((i) => i.field ?? '').join('|')}`;
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (items.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="kring-error-summary" aria-labelledby="error-summary-title">
      <Alert type="error">
        <Heading level={2} appearance="level-4" id="error-summary-title">
          {title ?? t('form.errorSummary')}
        </Heading>
        <ul>
          {items.map((item, i) => (
            <li key={i}>
              {item.field && document.getElementById(fieldId(item.field)) ? (
                <a
                  href={`#${fieldId(item.field)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(fieldId(item.field ?? ''))?.focus();
                  }}
                >
                  {item.message}
                </a>
              ) : (
                item.message
              )}
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}
