import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { useRelationTypes } from '../../lib/use-relation-types.ts';
import { hopWords, inSentence, tieDetails, type Hop, type NodeRef, type TieDetail } from './hop-words.ts';

/** Turns hops and ties into sentences in the chosen language, with the workspace's relation labels. */
export function useTieWords(workspaceId: string) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const relations = useRelationTypes(workspaceId);
  const detail = (d: TieDetail) =>
    d.key === 'strength'
      ? t('influence.strength', { strength: d.strength })
      : d.key === 'since'
        ? t('influence.since', { year: d.year })
        : t('influence.lastContact', { date: fmt.date(d.date) });
  const viaLabel = (via: string) => {
    if (via === 'affiliation' || via === 'colleague' || via === 'unit_of') return t('influence.tieNoStrength');
    return inSentence(relations.label(via));
  };
  return {
    /** "Annelies werkt samen met Bram, sterkte 4, sinds 2020". */
    hop: (hop: Hop, nodes: ReadonlyMap<string, NodeRef>) => {
      const words = hopWords(hop, nodes, relations.label);
      return [t(`influence.${words.key}`, words.vars), ...words.details.map(detail)].join(', ');
    },
    /** "werkt samen met, sterkte 4" for a tie in a table cell. */
    tie: (tie: { via: string; strength: number | null; since: string | null; lastInteraction: string | null }) =>
      [viaLabel(tie.via), ...tieDetails(tie).map(detail)].join(', '),
  };
}
