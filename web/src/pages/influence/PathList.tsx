import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { Paths } from '../../api/types.ts';
import { useFormat } from '../../i18n/format.ts';
import { formatMetric } from '../analytics/analytics-query.ts';
import { useTieWords } from './use-tie-words.ts';

/** The k best paths, best first, each hop as a sentence: the accessible equivalent of the picture. */
export function PathList({ workspaceId, answer }: { workspaceId: string; answer: Paths }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const words = useTieWords(workspaceId);
  if (answer.from.id === answer.to.id) return <Paragraph>{t('influence.sameNode')}</Paragraph>;
  if (answer.paths.length === 0) return <Paragraph>{t('influence.noPath', { from: answer.from.name, to: answer.to.name })}</Paragraph>;
  return (
    <ol className="kring-path-list">
      {answer.paths.map((path, i) => {
        const nodes = new Map(path.nodes.map((n) => [n.id, n]));
        return (
          <li key={path.nodes.map((n) => n.id).join('>')}>
            <Heading level={3}>{t('influence.pathTitle', { n: i + 1, count: path.hops.length })}</Heading>
            <Paragraph className="kring-muted">{t('influence.pathLength', { length: formatMetric(path.length, fmt.locale) })}</Paragraph>
            <ol>
              {path.hops.map((hop) => (
                <li key={`${hop.from}>${hop.to}`}>{words.hop(hop, nodes)}</li>
              ))}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}
