import type { ReactNode } from 'react';
import { Heading } from '@nl-design-system-candidate/heading-react';

interface PageSectionProps {
  /** Id of the heading; the section is named by it, and content may point at it too. */
  titleId: string;
  title: string;
  children: ReactNode;
}

/** A section of a page under a level-2 heading, which names the section as a landmark. */
export function PageSection({ titleId, title, children }: PageSectionProps) {
  return (
    <section aria-labelledby={titleId} className="kring-section">
      <Heading level={2} id={titleId}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
