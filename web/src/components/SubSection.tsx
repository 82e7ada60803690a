import type { ReactNode } from 'react';
import { Heading } from '@nl-design-system-candidate/heading-react';

interface SubSectionProps {
  titleId: string;
  title: string;
  /** 3 inside a page section; 2 makes it a page section of its own. */
  level?: 2 | 3 | 4;
  /** Actions beside the heading, such as "Add". */
  actions?: ReactNode;
  children: ReactNode;
}

/** A titled part of a page at any heading level, named by its heading, so headings stay in order wherever it is placed. */
export function SubSection({ titleId, title, level = 3, actions, children }: SubSectionProps) {
  return (
    <section aria-labelledby={titleId} className={level === 2 ? 'kring-section' : 'kring-subsection'}>
      <div className="kring-subsection__title">
        <Heading level={level} id={titleId}>
          {title}
        </Heading>
        {actions}
      </div>
      {children}
    </section>
  );
}
