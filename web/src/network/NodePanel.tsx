import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Button } from '@nl-design-system-candidate/button-react';
import type { GraphNode } from '../api/types.ts';
import { AppLink } from '../components/AppLink.tsx';
import { recordPath } from '../lib/record-path.ts';
import { useFormat } from '../i18n/format.ts';

interface NodePanelProps {
  workspaceId: string;
  node: GraphNode | undefined;
  kindLabel: string;
  groupLabel: string;
  onCentre: (id: string) => void;
  onClear: () => void;
  pinned: boolean;
}

/** Details of the node under the pointer or chosen by click or search; a live region so changes are announced. */
export function NodePanel({ workspaceId, node, kindLabel, groupLabel, onCentre, onClear, pinned }: NodePanelProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <aside className="kring-network__panel" aria-labelledby="node-panel-title" aria-live="polite">
      <Heading level={2} appearance="level-4" id="node-panel-title">
        {node ? node.label : t('network.panelEmptyTitle')}
      </Heading>
      {node ? (
        <>
          <dl className="kring-details kring-details--compact">
            <dt>{t('network.kind')}</dt>
            <dd>{kindLabel}</dd>
            <dt>{t('network.group')}</dt>
            <dd>{groupLabel}</dd>
            <dt>{t('network.degree')}</dt>
            <dd>{fmt.number(node.degree)}</dd>
          </dl>
          <div className="kring-actions">
            <AppLink to={recordPath(workspaceId, node.type, node.id)}>{t('network.open', { name: node.label })}</AppLink>
            <Button purpose="secondary" onClick={() => onCentre(node.id)}>
              {t('network.centreHere')}
            </Button>
            {pinned ? (
              <Button purpose="subtle" onClick={onClear}>
                {t('network.clearSelection')}
              </Button>
            ) : null}
          </div>
        </>
      ) : (
        <p>{t('network.panelEmpty')}</p>
      )}
    </aside>
  );
}
