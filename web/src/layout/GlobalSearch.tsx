import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PartyCombobox } from '../components/PartyCombobox.tsx';
import { wsPath } from '../auth/workspace-context.ts';
import { recordPath } from '../lib/record-path.ts';

/** Is the key press meant for a text field rather than for a page shortcut? */
function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The search box in the header: results as you type, Enter opens the full result page.
 * The key `/` jumps here from anywhere on the page, except while typing in a field.
 */
export function GlobalSearch({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || typingInField(e.target)) return;
      const input = wrapper.current?.querySelector('input');
      if (!input) return;
      e.preventDefault();
      input.focus();
      input.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div ref={wrapper} role="search" className="kring-global-search">
      <PartyCombobox
        id="global-search"
        workspaceId={workspaceId}
        label={
          <>
            {t('search.label')} <span className="kring-muted kring-shortcut">({t('search.shortcut')})</span>
          </>
        }
        types={['person', 'organisation', 'theme']}
        clearOnSelect
        onSelect={(hit) => navigate(recordPath(workspaceId, hit.type, hit.id))}
        onEnterWithoutSelection={(text) => navigate(`${wsPath(workspaceId, 'search')}?q=${encodeURIComponent(text)}`)}
      />
    </div>
  );
}
